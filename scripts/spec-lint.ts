// `npm run spec:lint [-- --root <folder>]`: every API of redocly.yaml through three checks, each
// run to the end; exits 1 when any of them finds a problem.
//   1. Redocly lint of the sources with redocly.yaml's rules: no error and no warning (accepted
//      findings live in .redocly.lint-ignore.yaml, each with its reason);
//   2. the operationId rule of spec/STYLE.md (openapi/operation-id-rule.ts) on each bundle;
//   3. Spectral's `spectral:oas` ruleset (.spectral.yaml) on each bundle: no error, warnings
//      counted. Spectral reads bundles: it cannot check the split sources' fragments alone.
// The bundles are made in memory and written to a temporary folder for Spectral; the ones the
// package ships are `npm run generate`'s. `--root` checks a copy of the repository (the tests do).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { OpenApiDocument } from './openapi/document.js';
import { lintSpecs } from './openapi/lint-specs.js';
import { operationIdProblems } from './openapi/operation-id-rule.js';
import { listOperations } from './openapi/operations.js';
import { apiRootFile, bundleSpecText, loadRedoclyProject } from './openapi/redocly.js';
import { spectralReport } from './openapi/run-spectral.js';
import { rootArgument } from './root-argument.js';

const project = await loadRedoclyProject(rootArgument('spec:lint'));
let passed = await lintSpecs(project);

const bundles = mkdtempSync(path.join(tmpdir(), 'creditline-spec-lint-'));
try {
  const bundled: { name: string; file: string }[] = [];
  for (const api of project.apis) {
    let json: string;
    try {
      ({ json } = await bundleSpecText(project, apiRootFile(project, api)));
    } catch (error) {
      console.log(`${api.name}: ${error instanceof Error ? error.message : String(error)}`);
      passed = false;
      continue;
    }
    const operations = listOperations(JSON.parse(json) as OpenApiDocument);
    const problems = operationIdProblems(operations);
    console.log(`${api.name}: ${operations.length} operations, ${problems.length} operationId problem(s) (spec/STYLE.md)`);
    for (const problem of problems) console.log(`  ${problem}`);
    if (problems.length > 0) passed = false;
    const file = path.join(bundles, `${api.name}.json`);
    writeFileSync(file, json);
    bundled.push({ name: api.name, file });
  }
  if (bundled.length > 0) {
    const spectral = await spectralReport(bundled, project.root);
    for (const line of spectral.lines) console.log(line);
    if (!spectral.passed) passed = false;
  }
} finally {
  rmSync(bundles, { recursive: true, force: true });
}

if (!passed) {
  console.error('spec:lint failed: fix the spec (and record the decision in its CURATION.md)');
  process.exit(1);
}
