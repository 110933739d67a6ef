// Redocly's library (@redocly/openapi-core) in this process: what `redocly lint` and
// `redocly bundle` did, one CLI process per API and step, now done by the functions the CLI itself
// calls, with redocly.yaml (its rules, each API's settings) and .redocly.lint-ignore.yaml loaded
// once. `npm run spec:lint`, `generate` and `dev` (and so the build) share it; the bundles
// are byte for byte what `redocly bundle --ext json` writes (same top-level key order, same
// JSON), and lint reports the same findings and totals.
//
// Only the HTML docs still take the CLI (run-redocly.ts): `build-docs` is Redoc rendered with
// React, which the CLI carries inside its own bundle and the library does not have.
import path from 'node:path';
import {
  BaseResolver,
  bundle,
  type Config,
  type Document,
  getLineColLocation,
  getTotals,
  lint,
  loadConfig,
  type NormalizedProblem,
  type Source,
} from '@redocly/openapi-core';
import { repoRoot } from '../repo-root.js';
import type { OpenApiDocument } from './document.js';
import { type ApiEntry, readApis } from './redocly-apis.js';

/** Errors, warnings, and findings accepted in .redocly.lint-ignore.yaml. */
export interface LintTotals {
  errors: number;
  warnings: number;
  ignored: number;
}

/** A folder with a redocly.yaml (this repository, or a copy of it), its APIs and loaded config. */
export interface RedoclyProject {
  root: string;
  apis: ApiEntry[];
  config: Config;
  /** Files parsed by earlier lints and bundles of this project (see ParsedFileCache). */
  parsedFiles: ParsedFileCache;
}

export async function loadRedoclyProject(root = repoRoot): Promise<RedoclyProject> {
  const apis = readApis(root);
  const config = await loadConfig({ configPath: path.join(root, 'redocly.yaml') });
  return { root, apis, config, parsedFiles: new Map() };
}

/** The absolute root file of an API of the project. */
export function apiRootFile(project: RedoclyProject, api: ApiEntry): string {
  return path.resolve(project.root, api.root);
}

/**
 * The config the CLI would use for `rootFile`: the settings of the API whose root it is (found by
 * path, as `redocly bundle <file>` does), else the top-level ones.
 */
function configFor(project: RedoclyProject, rootFile: string): Config {
  const api = project.apis.find((a) => apiRootFile(project, a) === path.resolve(rootFile));
  return project.config.forAlias(api?.name);
}

/**
 * Parsed YAML by file, so that a lint and a bundle of the same files, or a second bundle after
 * one file changed (`npm run dev`), parse only what changed. Each run gets its own deep copy:
 * bundling rewrites the parsed documents in place. Keyed by path and checked against the file's
 * text, so a stale entry is never used.
 */
type ParsedFileCache = Map<string, { body: string; parsed: unknown }>;

class CachingResolver extends BaseResolver {
  constructor(
    config: Config,
    private readonly parsedFiles: ParsedFileCache,
  ) {
    super(config.resolve);
  }

  override parseDocument(source: Source, isRoot?: boolean): Document {
    const known = this.parsedFiles.get(source.absoluteRef);
    if (known?.body === source.body) return { source, parsed: structuredClone(known.parsed) };
    const document = super.parseDocument(source, isRoot);
    this.parsedFiles.set(source.absoluteRef, { body: source.body, parsed: structuredClone(document.parsed) });
    return document;
  }
}

/** A finding where it is: the file relative to the project root, its line and column, its JSON pointer. */
export interface Finding {
  severity: 'error' | 'warn';
  ruleId: string;
  message: string;
  file: string;
  pointer: string;
  line: number;
  col: number;
}

function finding(problem: NormalizedProblem, root: string): Finding {
  const { severity, ruleId, message } = problem;
  const location = problem.location[0];
  if (!location) return { severity, ruleId, message, file: '', pointer: '', line: 0, col: 0 };
  const { start } = getLineColLocation(location);
  const file = path.relative(root, location.source.absoluteRef);
  return { severity, ruleId, message, file, pointer: location.pointer ?? '', line: start.line, col: start.col };
}

/** A finding as a line: `spec/nue/paths/x.yaml:3:1  error  operation-summary  message`. */
export function formatFinding({ severity, ruleId, message, file, line, col }: Finding): string {
  return `${file}:${line}:${col}  ${severity === 'warn' ? 'warning' : 'error'}  ${ruleId}  ${message}`;
}

export interface LintResult {
  api: string;
  totals: LintTotals;
  /** The findings not accepted in .redocly.lint-ignore.yaml, errors first. */
  findings: Finding[];
}

/** `redocly lint <api>`: redocly.yaml's rules for that API, minus the accepted findings. */
export async function lintApi(project: RedoclyProject, api: ApiEntry): Promise<LintResult> {
  const rootFile = apiRootFile(project, api);
  const config = configFor(project, rootFile);
  const problems = await lint({ ref: rootFile, config, externalRefResolver: new CachingResolver(config, project.parsedFiles) });
  const shown = problems.filter((problem) => !problem.ignored).sort((a, b) => severityRank(a) - severityRank(b));
  return { api: api.name, totals: getTotals(problems), findings: shown.map((problem) => finding(problem, project.root)) };
}

const severityRank = (problem: NormalizedProblem) => (problem.severity === 'error' ? 0 : 1);

/** The line `npm run spec:lint` prints per API for Redocly's lint. */
export function lintSummary({ api, totals }: LintResult): string {
  const ignored = totals.ignored > 0 ? `, ${totals.ignored} accepted in .redocly.lint-ignore.yaml` : '';
  return `${api}: ${totals.errors} errors, ${totals.warnings} warnings${ignored}`;
}

/** A bundle that Redocly refused (it writes none with errors), with its findings. */
export class BundleError extends Error {
  constructor(
    rootFile: string,
    readonly findings: string[],
  ) {
    super(`bundling ${rootFile} failed:\n${findings.map((line) => `  ${line}`).join('\n')}`);
    this.name = 'BundleError';
  }
}

export interface BundledSpecText {
  /** The bundle as `redocly bundle --ext json` writes it. */
  json: string;
  /** Warnings Redocly printed while bundling (it still writes the bundle). */
  warnings: string[];
}

/** `redocly bundle <rootFile> --ext json`, in memory. Throws a BundleError on errors. */
export async function bundleSpecText(project: RedoclyProject, rootFile: string): Promise<BundledSpecText> {
  const config = configFor(project, rootFile);
  const resolver = new CachingResolver(config, project.parsedFiles);
  const { bundle: result, problems } = await bundle({ ref: path.resolve(rootFile), config, externalRefResolver: resolver });
  const findings = problems.filter((problem) => !problem.ignored).map((problem) => formatFinding(finding(problem, project.root)));
  if (getTotals(problems).errors > 0) throw new BundleError(path.relative(project.root, rootFile), findings);
  return {
    json: JSON.stringify(sortTopLevelKeys(result.parsed as OpenApiDocument), null, 2),
    warnings: findings,
  };
}

/** The CLI orders a bundle's top-level keys so (its `sortTopLevelKeys`); the rest keep their order. */
const topLevelOrder = ['openapi', 'info', 'jsonSchemaDialect', 'servers', 'security', 'tags', 'externalDocs', 'paths', 'webhooks', 'x-webhooks', 'components'];

function sortTopLevelKeys(document: OpenApiDocument): OpenApiDocument {
  const sorted: Record<string, unknown> = {};
  for (const key of topLevelOrder) if (Object.hasOwn(document, key)) sorted[key] = document[key];
  return Object.assign(sorted, document) as OpenApiDocument;
}
