// The operations of a bundled spec: the one walk over paths and methods that every spec tool
// and test shares, and the lookup of an operation by method and path template.

import { mediaSchema, successResponse } from './bodies.js';
import type { Json, OpenApiDocument } from './document.js';
import { templateShape } from './path-template.js';

export const httpMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export interface OperationEntry {
  path: string;
  method: (typeof httpMethods)[number];
  /** The Path Item, for its path-level parameters. */
  item: Json;
  operation: Json;
}

/** Every operation of the document, in path then method order. */
export function operationEntries(document: OpenApiDocument): OperationEntry[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    httpMethods.flatMap((method) => {
      const operation = item[method] as Json | undefined;
      return operation ? [{ path, method, item, operation }] : [];
    }),
  );
}

/** An operation with what the spec tools ask of it most. */
export interface SpecOperation extends OperationEntry {
  operationId?: string;
  /** The success response body is a JSON array (the operationId rule needs that for GET). */
  returnsArray: boolean;
}

export function listOperations(document: OpenApiDocument): SpecOperation[] {
  return operationEntries(document).map((entry) => {
    const schema = mediaSchema(document, successResponse(document, entry.operation));
    const operationId = entry.operation.operationId;
    return { ...entry, ...(typeof operationId === 'string' ? { operationId } : {}), returnsArray: schema?.type === 'array' };
  });
}

/**
 * The operation for `METHOD path`, placeholder names aside (a curated spec may rename one).
 * `ignoreCase` is for sources that lost their case, like the flattened credit-stats page.
 */
export function findOperation(operations: SpecOperation[], method: string, path: string, { ignoreCase = false } = {}): SpecOperation | undefined {
  const shape = (p: string) => (ignoreCase ? templateShape(p).toLowerCase() : templateShape(p));
  return operations.find((o) => o.method === method.toLowerCase() && shape(o.path) === shape(path));
}
