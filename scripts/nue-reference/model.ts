// What the Nue API reference (a widdershins text dump) says, as plain data.
// Every item keeps the 1-based line number it came from, so that the spec can point back
// to the docs and coverage can name the line of a miss.

export type AreaSlug = 'tenants-and-users' | 'metadata' | 'lifecycle-manager' | 'revenue-manager';

export interface DocLine {
  line: number;
  text: string;
}

export interface ProductArea {
  slug: AreaSlug;
  /** The area's title as printed, without the version ("Tenants and Users"). */
  title: string;
  firstLine: number;
  /** The line "Schemas" that ends the operations and starts the schema section. */
  schemasLine: number;
  lastLine: number;
}

/** A row of a `Name Type Required Restrictions Description` or `Name In Type Required Description` table. */
export interface TableRow {
  line: number;
  /** Number of `»` marks: 0 for a top-level row. */
  depth: number;
  name: string;
  /** Only in parameter tables. */
  in?: string;
  type: string;
  required: boolean;
  restrictions?: string;
  /** Joined with newlines when the docs wrap it over several lines; "none" is kept as printed. */
  description: string;
}

export interface EnumValue {
  line: number;
  property: string;
  value: string;
}

/** A JSON block as printed; `value` is undefined when the block does not parse. */
export interface DocExample {
  line: number;
  /** The caption printed above the block ("Sample Billing Schedule", "200 Response"). */
  title?: string;
  raw: string;
  value?: unknown;
  parses: boolean;
}

export interface DocResponse {
  line: number;
  /** "200", "404", "default". */
  status: string;
  meaning: string;
  description: string;
  /** "None", "Inline", "string", or a schema name. */
  schema: string;
}

export interface ResponseSchemaTable {
  line: number;
  status: string;
  rows: TableRow[];
  enums: EnumValue[];
}

export interface ResponseExample {
  line: number;
  /** The status the caption names ("400 Response"), or undefined for a named example. */
  status?: string;
  title: string;
  example?: DocExample;
}

export interface CodeSample {
  line: number;
  /** The request URL of the curl sample, e.g. https://api.nue.io/v1/orders/{orderId}:cancel */
  url: string;
  /** Headers of the curl sample, in order, e.g. ["Content-Type", "application/json"]. */
  headers: Array<[string, string]>;
}

export interface DocTag {
  area: AreaSlug;
  name: string;
  line: number;
  description: string;
}

export interface DocOperation {
  area: AreaSlug;
  tag: string;
  /** The heading above "Code samples"; undefined where the docs print none. */
  heading?: string;
  headingLine: number;
  method: string;
  /** The path of the `METHOD /path` line, without the /v1 the code samples show. */
  docPath: string;
  methodLine: number;
  codeSample: CodeSample;
  description: string;
  bodyExamples: DocExample[];
  parameters: TableRow[];
  parameterEnums: EnumValue[];
  responseExamples: ResponseExample[];
  responses: DocResponse[];
  responseSchemas: ResponseSchemaTable[];
  /** Text the structure did not explain, kept so that nothing is silently dropped. */
  unparsed: DocLine[];
}

export interface DocSchema {
  area: AreaSlug;
  name: string;
  line: number;
  example?: DocExample;
  description: string;
  /** Plain properties table; empty for allOf schemas. */
  properties: TableRow[];
  /** `allOf - discriminator: Base.property` followed by tables joined by "and". */
  allOf?: { line: number; discriminator?: { schema: string; property: string }; parts: TableRow[][] };
  enums: EnumValue[];
  unparsed: DocLine[];
}

export interface NueReference {
  file: string;
  areas: ProductArea[];
  tags: DocTag[];
  operations: DocOperation[];
  schemas: DocSchema[];
}

/** The separate credit-stats page: just what coverage needs to count. */
export interface CreditStatsPage {
  file: string;
  method: string;
  path: string;
  parameters: Array<{ name: string; in: string }>;
  /** Captions of the documented responses, in order ("successfully retrieved credit statistics"). */
  responses: string[];
}
