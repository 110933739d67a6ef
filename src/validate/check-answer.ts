// An answer against the spec of its operation: is the status documented, and does the body fit
// what the spec documents for that status (check-body.ts).
import { type Body, checkBody } from './check-body.js';
import { type CallShape, type DriftReport, reportsOf } from './drift-report.js';
import type { CompiledSpec } from './spec/compiled-spec.js';
import { documentedStatuses, findOperation, findResponse } from './spec/operation-lookup.js';
import { undocumentedOperation } from './undocumented-operation.js';

/** The method and path template of a call. */
export type Call = Pick<CallShape, 'method' | 'path'>;

export interface Answer {
  status: number;
  /** The Content-Type header (null: none); undefined when not known, as for the body an ApiError carries. */
  contentType: string | null | undefined;
  body: Body;
}

export function checkAnswer(spec: CompiledSpec, call: Call, answer: Answer): DriftReport[] {
  // Status 0 is a browser's opaque redirect: there is no answer to look at.
  if (answer.status === 0) return [];
  const operation = findOperation(spec.document, call.method, call.path);
  const shape: CallShape = { ...call, api: spec.api, operationId: operation?.operationId, direction: 'response', status: answer.status };
  if (!operation) return undocumentedOperation(spec.document, shape);
  const response = findResponse(spec.document, operation, answer.status);
  if (!response) {
    const expected = `one of ${documentedStatuses(operation).join(', ')}`;
    const finding = { kind: 'undocumented-status', pointer: '', expected, seen: String(answer.status), specPointer: `${operation.pointer}/responses` } as const;
    return reportsOf(shape, [{ in: 'status', finding }]);
  }
  // An answer to HEAD has no body, whatever the spec documents for GET's.
  return call.method === 'HEAD' ? [] : reportsOf(shape, checkBody(spec, response, answer.contentType, answer.body));
}
