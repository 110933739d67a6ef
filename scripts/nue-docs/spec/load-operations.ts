// The operations of a spec, flattened: method, path, operationId and whether the success
// response is an array (the operationId rule needs that for GET).
import { bundleSpec, type OpenApiDocument } from './bundle-spec.js';
import { deref, type Json } from './resolve-ref.js';

export const httpMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;


export interface OperationEntry {
  path: string;
  method: (typeof httpMethods)[number];
  /** The Path Item, for its path-level parameters. */
  item: Json;
  operation: Json;
}

/** Every operation of the document, in path then method order: the one walk all spec tools share. */
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
  returnsArray: boolean;
}

/** Path-level then operation-level parameters, `$ref`s resolved. */
export function operationParameters(document: OpenApiDocument, entry: OperationEntry): Json[] {
  return [...((entry.item.parameters ?? []) as Json[]), ...((entry.operation.parameters ?? []) as Json[])].map((p) => deref(document, p)!);
}

/** The first 2xx response, or `default` when there is none. */
export function successResponse(document: OpenApiDocument, operation: Json): Json | undefined {
  const responses = (operation.responses ?? {}) as Record<string, Json>;
  const status = Object.keys(responses).sort().find((s) => s.startsWith('2')) ?? (responses.default ? 'default' : undefined);
  return status ? deref(document, responses[status]) : undefined;
}

export function listOperations(document: OpenApiDocument): SpecOperation[] {
  return operationEntries(document).map((entry) => {
    const success = successResponse(document, entry.operation);
    const media = Object.values((success?.content ?? {}) as Record<string, Json>)[0];
    const schema = deref(document, media?.schema as Json | undefined);
    const operationId = entry.operation.operationId;
    return { ...entry, ...(typeof operationId === 'string' ? { operationId } : {}), returnsArray: schema?.type === 'array' };
  });
}

export function loadOperations(rootFile: string): SpecOperation[] {
  return listOperations(bundleSpec(rootFile));
}
