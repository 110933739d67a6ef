// The sandbox's data: the answer examples of the bundled specs (dist/openapi/<api>.json, written by
// `npm run bundle` and shipped in the package), found by operationId. Nothing is copied here, so
// an example changed in spec/ is what the sandbox serves after the next bundle.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CreditVendor } from '../balances/credit-balance.js';
import { packageRoot } from '../package-files.js';
import { follow, type SpecDocument } from '../validate/spec/spec-document.js';

type JsonObject = Record<string, unknown>;

/** Every example value of one answer of an operation (`example`, then each of `examples`), in the spec's order. */
export type SpecExamples = (operationId: string, status: string, mediaType?: string) => unknown[];

export function readSpecExamples(api: CreditVendor): SpecExamples {
  const file = path.join(packageRoot(), 'dist', 'openapi', `${api}.json`);
  let document: JsonObject;
  try {
    document = JSON.parse(readFileSync(file, 'utf8')) as JsonObject;
  } catch (error) {
    throw new Error(`creditline sandbox: cannot read the bundled ${api} spec ${file} (written by \`npm run bundle\`)`, { cause: error });
  }
  const operations = operationsById(document);
  /** The node itself or what its local `$ref` chain points at (bundles keep shared answers and examples in components). */
  const deref = (node: unknown): JsonObject | undefined => (isObject(node) ? follow(document as SpecDocument, { node, pointer: '' }).node : undefined);

  return (operationId, status, mediaType = 'application/json') => {
    const operation = operations.get(operationId);
    const content = deref(deref(deref(deref(operation?.responses)?.[status])?.content)?.[mediaType]);
    const values: unknown[] = content && 'example' in content ? [content.example] : [];
    for (const example of Object.values(deref(content?.examples) ?? {})) {
      const resolved = deref(example);
      if (resolved && 'value' in resolved) values.push(resolved.value);
    }
    if (values.length === 0) throw new Error(`creditline sandbox: the ${api} spec has no ${mediaType} example of ${operationId} ${status}`);
    return values;
  };
}

function operationsById(document: JsonObject): Map<string, JsonObject> {
  const operations = new Map<string, JsonObject>();
  for (const item of Object.values(isObject(document.paths) ? document.paths : {})) {
    for (const operation of Object.values(isObject(item) ? item : {})) {
      if (isObject(operation) && typeof operation.operationId === 'string') operations.set(operation.operationId, operation);
    }
  }
  return operations;
}

function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
