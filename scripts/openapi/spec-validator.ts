// Validates values against schemas of a bundled OpenAPI 3.1 document with Ajv (JSON Schema
// 2020-12, the dialect of OpenAPI 3.1) and ajv-formats. The whole document is registered, so a
// schema is addressed by its JSON pointer and its #/components references resolve.
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { OpenApiDocument } from './document.js';

const documentId = 'https://creditline.invalid/spec.json';

/** OpenAPI's number and binary formats say how a value is stored or sent, not what is valid. */
const openApiFormats = ['int32', 'int64', 'float', 'double', 'binary', 'byte', 'password'];

export type Validate = (pointer: string, value: unknown) => string[];

export function createSpecValidator(document: OpenApiDocument): Validate {
  // strict: false because OpenAPI adds keywords JSON Schema does not know (discriminator,
  // example, x-…) and the document around the schemas is not a schema at all.
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats.default(ajv);
  for (const format of openApiFormats) ajv.addFormat(format, true);
  ajv.addSchema({ ...document, $id: documentId });
  return (pointer, value) => {
    const validate = ajv.getSchema(`${documentId}#${pointer}`);
    if (!validate) return [`no schema at ${pointer}`];
    if (validate(value)) return [];
    return (validate.errors ?? []).map(
      (e: ErrorObject) =>
        `${e.instancePath || '(root)'} ${e.message ?? ''}${e.params && 'unevaluatedProperty' in e.params ? ` (${String(e.params.unevaluatedProperty)})` : ''}`,
    );
  };
}
