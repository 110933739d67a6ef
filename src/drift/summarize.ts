// `creditline drift` and `npm run spec:drift`: collected reports (JSON Lines) turned into the spec
// edits they call for. Reports of one spec place and kind become one edit, whichever operations
// showed it, with the count summed and where it was seen; the edits on inferred parts of the spec
// (`x-inferred`) come first, since those are the likely culprits.
import type { DriftKind, DriftLocation, DriftReport } from '../validate/drift-report.js';
import { compiledSpec } from '../validate/spec/compiled-spec.js';
import { escapeSegment, pointerSegments } from '../validate/spec/spec-document.js';
import type { ValidatedApi } from '../validate/validate-options.js';
import { proposalFor } from './proposal.js';
import { type Provenance, provenanceAt } from './provenance.js';
import { type DriftReportFile, readDriftReports, type SkippedLine } from './read-reports.js';
import { specFileFinder } from './spec-files.js';

/** Where an edit's difference was seen: one operation, status and place in the message. */
export type DriftSighting = Pick<DriftReport, 'api' | 'operationId' | 'method' | 'path' | 'direction' | 'status' | 'in' | 'pointer' | 'count'>;

export type ProposedEdit = {
  /** The file to edit: `spec/nue/paths/<area>/<operationId>.yaml`, `spec/nue/components/schemas/<area>/<Name>.yaml`, `spec/xovi/openapi.yaml`, … */
  file: string;
  /** JSON pointer inside that file. */
  at: string;
  /** The property or parameter it is about, when there is one. */
  property: string | undefined;
  kind: DriftKind;
  /** What the spec says. */
  expected: string;
  /** What the API sent (or the client sent, for requests), by type and shape. */
  seen: string;
  /** How many answers or requests showed it, over all sightings. */
  count: number;
  /** What to change, in a sentence. */
  proposal: string;
  seenIn: DriftSighting[];
} & Provenance;

export interface DriftSummary {
  edits: ProposedEdit[];
  /** Distinct reports read. */
  reports: number;
  /** The input lines that were not reports: file, line, what is wrong with it. */
  skipped: SkippedLine[];
}

const SOURCE_ORDER = { inferred: 0, evidence: 1, docs: 2 } as const;
const PARAMETERS: readonly DriftLocation[] = ['path', 'query', 'header'];
const KNOWN_APIS: readonly string[] = ['nue', 'xovi', 'maileon'] satisfies ValidatedApi[];

/**
 * `specRoot`: the folder of the spec sources (this repository's `spec/`); without it, or for an
 * API it has no folder for, edits name places in the bundled spec the package ships. A file with
 * lines but no report in it is a DriftInputError (read-reports.ts).
 */
export async function summarizeDrift(files: DriftReportFile[], specRoot?: string): Promise<DriftSummary> {
  const { reports, skipped } = readDriftReports(files);
  const findFile = specFileFinder(specRoot);
  const edits = new Map<string, ProposedEdit>();
  for (const report of reports) {
    const document = KNOWN_APIS.includes(report.api) ? (await compiledSpec(report.api as ValidatedApi)).document : { paths: {} };
    const place = findFile(report.api, document, report.specPointer);
    const property = propertyOf(report);
    const key = JSON.stringify([place.file, place.at, property, report.direction, report.kind, report.expected, report.seen]);
    const { api, operationId, method, path, direction, status, in: location, pointer, count } = report;
    const sighting: DriftSighting = {
      api,
      ...(operationId === undefined ? {} : { operationId }),
      method,
      path,
      direction,
      ...(status === undefined ? {} : { status }),
      in: location,
      pointer,
      count,
    };
    const known = edits.get(key);
    if (known) {
      known.count += count;
      known.seenIn.push(sighting);
      continue;
    }
    edits.set(key, {
      ...place,
      property,
      kind: report.kind,
      expected: report.expected,
      seen: report.seen,
      count,
      proposal: proposalFor({ ...report, property }),
      seenIn: [sighting],
      ...provenanceAt(document, provenancePointer(report)),
    });
  }
  const sorted = [...edits.values()].sort((a, b) => SOURCE_ORDER[a.source] - SOURCE_ORDER[b.source] || b.count - a.count || a.file.localeCompare(b.file));
  for (const edit of sorted) edit.seenIn.sort((a, b) => b.count - a.count);
  return { edits: sorted, reports: reports.length, skipped };
}

/** The property a body difference is about (the last named step of its pointer), or the parameter's name. */
function propertyOf(report: DriftReport): string | undefined {
  const segments = pointerSegments(report.pointer);
  if (PARAMETERS.includes(report.in)) return segments[0];
  if (report.in !== 'body') return undefined;
  return report.kind === 'unknown-property' ? segments.at(-1) : [...segments].reverse().find((segment) => segment !== '*');
}

/** A missing property's mark sits on the property itself (`…/properties/<name>`), inside its object's. */
function provenancePointer(report: DriftReport): string {
  if (report.kind !== 'missing-property' || !report.specPointer.endsWith('/required')) return report.specPointer;
  const name = pointerSegments(report.pointer).at(-1) ?? '';
  return `${report.specPointer.slice(0, -'/required'.length)}/properties/${escapeSegment(name)}`;
}
