// The spec as `creditline/validate` checks answers against it, written by `npm run generate` as
// generated/<api>.validation.ts next to the types. It is the bundle minus what only people read
// (descriptions, examples, doc sources: most of Nue's megabyte), with objects closed as the
// example check closes them (closed-objects.ts), so that a property the spec does not list is
// drift. `x-inferred` and `x-evidence` stay: the drift summary marks what they mark.
//
// A TypeScript module holding the JSON as one string, not a .json file: the package ships only
// .js and .d.ts under dist/generated, every bundler and browser loads a plain module (JSON
// modules need import attributes), and JSON.parse of a string is V8's fastest way to a big object.
import { closeObjects } from './closed-objects.js';
import type { OpenApiDocument } from './document.js';
import type { ApiEntry } from './redocly-apis.js';

/** Keywords for readers only. Tags and security are dropped too: validation does not look at them. */
const FOR_READERS = new Set(['description', 'summary', 'example', 'examples', 'externalDocs', 'tags', 'servers', 'security', 'securitySchemes']);
const KEPT_EXTENSIONS = new Set(['x-inferred', 'x-evidence']);

/** Keywords whose value is a map of names (properties, status codes, media types, components): every name stays. */
const MAPS = new Set([
  'properties',
  'patternProperties',
  '$defs',
  'dependentSchemas',
  'mapping',
  'paths',
  'responses',
  'content',
  'headers',
  'encoding',
  'schemas',
  'parameters',
  'requestBodies',
]);
/** Values that are data, not schema: never walked. */
const DATA = new Set(['enum', 'const', 'default']);

function strip(node: unknown, isMap: boolean): unknown {
  if (Array.isArray(node)) return node.map((item) => strip(item, false));
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (isMap) out[key] = strip(value, false);
    else if (FOR_READERS.has(key) || (key.startsWith('x-') && !KEPT_EXTENSIONS.has(key))) continue;
    else out[key] = DATA.has(key) ? value : strip(value, MAPS.has(key));
  }
  return out;
}

export function validationSpec(document: OpenApiDocument): OpenApiDocument {
  return strip(closeObjects(document), false) as OpenApiDocument;
}

/** Where the validation spec of an API goes: beside its types (`generated/nue.ts` → `generated/nue.validation.ts`). */
export function validationSpecOutput(api: ApiEntry): string {
  return api.typesOutput.replace(/\.ts$/, '.validation.ts');
}

export function validationSpecModule(document: OpenApiDocument): string {
  return `// Written by \`npm run generate\` from the bundled spec (scripts/openapi/validation-spec.ts): what
// creditline/validate checks answers against. Do not edit.
export const validationSpecJson: string = ${JSON.stringify(JSON.stringify(validationSpec(document)))};
`;
}
