// A call the spec has no operation for: only an untyped call (`client.request` with a path of its
// own) gets here, and its path may hold ids, so only the segments some path of the spec spells
// out are kept; the others become `*`.
import { type CallShape, type DriftReport, reportsOf } from './drift-report.js';
import type { SpecDocument } from './spec/spec-document.js';

export function undocumentedOperation(document: SpecDocument, call: CallShape): DriftReport[] {
  const known = new Set(Object.keys(document.paths).flatMap((template) => template.split('/')));
  const path = call.path
    .split('/')
    .map((segment) => (known.has(segment) ? segment : '*'))
    .join('/');
  const finding = {
    kind: 'undocumented-operation',
    pointer: '',
    expected: 'an operation of the spec',
    seen: `${call.method} ${path}`,
    specPointer: '/paths',
  } as const;
  return reportsOf({ ...call, path }, [{ in: 'path', finding }]);
}
