// One difference between the spec and what a client saw, described by type and shape only: the
// fields name places in the spec and in the message, never a value that travelled, so reports can
// be logged, collected and shared. Reports of the same kind differ only in `count`.

/** Every kind of difference a {@link DriftReport} can name, for `ignore` and for reading reports back. */
export const DRIFT_KINDS = [
  'undocumented-operation',
  'undocumented-status',
  'content-type',
  'not-json',
  'missing-property',
  'unknown-property',
  'type',
  'format',
  'enum',
  'constraint',
] as const;

/**
 * - `undocumented-operation`: the spec has no such method and path;
 * - `undocumented-status`: the status is not among the operation's responses;
 * - `content-type`: a media type (or no body) the spec does not document for that status;
 * - `not-json`: a JSON media type whose body does not parse;
 * - `missing-property`: a required property is absent;
 * - `unknown-property`: a property the object's schema does not list (the spec's objects are closed, as its examples are checked);
 * - `type`, `format`, `enum`: a value of another type, format, or outside the listed values;
 * - `constraint`: any other keyword (minimum, pattern, maxItems, none of the oneOf variants, …).
 */
export type DriftKind = (typeof DRIFT_KINDS)[number];

/** Where in the message: the status line, the content type, the JSON body, or a parameter (OpenAPI's `in`). */
export type DriftLocation = 'status' | 'content-type' | 'body' | 'path' | 'query' | 'header';

/** One difference between the spec and what a client sent or received, by type and shape only: never a value. */
export interface DriftReport {
  /** The API whose spec it is: `nue`, `xovi` or `maileon`. */
  api: string;
  /** The operation's id; absent for `undocumented-operation`. */
  operationId?: string;
  /** HTTP method, upper case. */
  method: string;
  /** The spec's path template, e.g. `/customers/{customerId}/credit-stats`. */
  path: string;
  /** Whether the client sent it or received it. */
  direction: 'request' | 'response';
  /** The answer's status (responses only). */
  status?: number;
  /** What kind of difference. */
  kind: DriftKind;
  /** Where in the message. */
  in: DriftLocation;
  /**
   * JSON pointer inside `in`: into the body, or `/<parameter name>` and on into its value; '' for
   * the whole. Array indices and map keys are `*`, so that the items of a list collapse into one
   * report and no id or key travels.
   */
  pointer: string;
  /** What the spec says, e.g. `number`, `string (date-time)`, `one of "running", "expired"`, `required string`. */
  expected: string;
  /** What was seen, by type and shape only, e.g. `string (numeric)`, `absent`, `text/html`, `418`. */
  seen: string;
  /** JSON pointer into the bundled spec (dist/openapi/<api>.json) where the spec says it; `npm run spec:drift` turns it into a file under spec/. */
  specPointer: string;
  /** How many answers (or requests) showed it: 1 from the validator, summed by a collector. */
  count: number;
}

/** What one check found, before it is tied to a call. */
export type Finding = Pick<DriftReport, 'kind' | 'pointer' | 'expected' | 'seen' | 'specPointer'>;

/** The call a report is about. */
export type CallShape = Pick<DriftReport, 'api' | 'operationId' | 'method' | 'path' | 'direction' | 'status'>;

/**
 * The reports of one request or answer: each difference once (500 list items without the same
 * property are one report), with count 1, for one message.
 */
export function reportsOf(call: CallShape, located: Array<{ in: DriftLocation; finding: Finding }>): DriftReport[] {
  const reports = new Map<string, DriftReport>();
  for (const { in: location, finding } of located) {
    const report: DriftReport = {
      api: call.api,
      ...(call.operationId === undefined ? {} : { operationId: call.operationId }),
      method: call.method,
      path: call.path,
      direction: call.direction,
      ...(call.status === undefined ? {} : { status: call.status }),
      kind: finding.kind,
      in: location,
      pointer: finding.pointer,
      expected: finding.expected,
      seen: finding.seen,
      specPointer: finding.specPointer,
      count: 1,
    };
    reports.set(driftKey(report), report);
  }
  return [...reports.values()];
}

const KEY_FIELDS = ['api', 'operationId', 'method', 'path', 'direction', 'status', 'kind', 'in', 'pointer', 'expected', 'seen', 'specPointer'] as const;

/** Reports with the same key are the same difference seen again. */
export function driftKey(report: DriftReport): string {
  return JSON.stringify(KEY_FIELDS.map((field) => report[field] ?? null));
}

const LOCATIONS: readonly string[] = ['status', 'content-type', 'body', 'path', 'query', 'header'] satisfies DriftLocation[];
const KINDS: readonly string[] = DRIFT_KINDS;
const STRING_FIELDS = ['api', 'method', 'path', 'pointer', 'expected', 'seen', 'specPointer'] as const;

/**
 * What keeps a value (a line of a collector's output, parsed) from being a report: the first field
 * that is missing or wrong, by name only (the value may be anything, so it is never repeated);
 * undefined for a report.
 */
export function driftReportProblem(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return `${value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`}, not an object`;
  const report = value as Record<string, unknown>;
  const field = STRING_FIELDS.find((name) => typeof report[name] !== 'string');
  if (field) return `\`${field}\` is missing or not a string`;
  if (report.operationId !== undefined && typeof report.operationId !== 'string') return '`operationId` is not a string';
  if (report.direction !== 'request' && report.direction !== 'response') return '`direction` is not request or response';
  if (report.status !== undefined && !Number.isInteger(report.status)) return '`status` is not a whole number';
  if (!KINDS.includes(report.kind as string)) return '`kind` is not a drift kind';
  if (!LOCATIONS.includes(report.in as string)) return `\`in\` is not one of ${LOCATIONS.join(', ')}`;
  if (!Number.isInteger(report.count) || (report.count as number) < 1) return '`count` is not a whole number above 0';
  return undefined;
}

/** A report read back from JSON (a line of a collector's output), or undefined when it is not one. */
export function asDriftReport(value: unknown): DriftReport | undefined {
  if (driftReportProblem(value) !== undefined) return undefined;
  const report = value as Record<string, unknown>;
  // Only the report's own fields: whatever else a line carries is not passed on.
  const fields = Object.fromEntries(KEY_FIELDS.filter((field) => report[field] !== undefined).map((field) => [field, report[field]]));
  return { ...fields, count: report.count } as DriftReport;
}
