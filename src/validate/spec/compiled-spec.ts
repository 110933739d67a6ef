// One API's spec ready to check values: Ajv for JSON Schema 2020-12 (the dialect of OpenAPI 3.1)
// with ajv-formats. The whole document is registered once, and a validator is compiled the first
// time a schema is needed (one operation and status at a time), then kept for the process: a
// client that calls three operations compiles three schemas, not Nue's two hundred.
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { ValidatedApi } from '../validate-options.js';
import { loadValidationSpec } from './load-validation-spec.js';
import { indexSchemas, type SchemaIndex } from './schema-index.js';
import type { SpecDocument } from './spec-document.js';

/** OpenAPI's number and binary formats say how a value is stored or sent, not what is valid. */
const STORAGE_FORMATS = ['int32', 'int64', 'float', 'double', 'binary', 'byte', 'password'];
const DOCUMENT_ID = 'https://creditline.invalid/spec.json';

export interface CompiledSpec {
  api: ValidatedApi;
  document: SpecDocument;
  /** The validator of the schema at a pointer of the document. */
  validatorAt(pointer: string): ValidateFunction;
  /** Made on the first difference, which is when a report needs it. */
  index(): SchemaIndex;
}

function compile(api: ValidatedApi, document: SpecDocument): CompiledSpec {
  let ajv: Ajv2020 | undefined;
  let index: SchemaIndex | undefined;
  const validators = new Map<string, ValidateFunction>();
  const createAjv = () => {
    // strict: false because OpenAPI adds keywords JSON Schema does not know (discriminator, x-…);
    // verbose: errors carry their schema object and value, which the reports are made from.
    const instance = new Ajv2020({ strict: false, allErrors: true, verbose: true, validateFormats: true, logger: false });
    addFormats.default(instance);
    for (const format of STORAGE_FORMATS) instance.addFormat(format, true);
    instance.addSchema({ ...document, $id: DOCUMENT_ID });
    return instance;
  };
  return {
    api,
    document,
    validatorAt(pointer) {
      let validate = validators.get(pointer);
      // Stryker disable next-line ConditionalExpression: a cache; Ajv's getSchema hands back the same compiled validator for the same pointer
      if (!validate) {
        ajv ??= createAjv();
        validate = ajv.getSchema(`${DOCUMENT_ID}#${pointer}`);
        if (!validate) throw new Error(`creditline/validate: the ${api} spec has no schema at ${pointer}`);
        validators.set(pointer, validate);
      }
      return validate;
    },
    index: () => (index ??= indexSchemas(document)),
  };
}

const compiled = new Map<ValidatedApi, Promise<CompiledSpec>>();

export function compiledSpec(api: ValidatedApi): Promise<CompiledSpec> {
  let spec = compiled.get(api);
  // Stryker disable next-line ConditionalExpression: a cache of the loaded document; loading again gives an equal spec
  if (!spec) {
    spec = loadValidationSpec(api).then((document) => compile(api, document));
    compiled.set(api, spec);
    // A chunk that failed to load (a browser offline for a moment) is tried again next time.
    spec.catch(() => compiled.delete(api));
  }
  return spec;
}
