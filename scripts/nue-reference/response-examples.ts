// Which response a printed example belongs to.
import type { DocExample, DocOperation } from './model.js';

/**
 * "NNN Response" names its status; a named example belongs to the response whose description
 * it repeats ("webhook endpoint url invalid"), otherwise to the success response.
 */
export function examplesByStatus(operation: DocOperation): Map<string, DocExample[]> {
  const success = operation.responses.find((r) => r.status.startsWith('2')) ?? operation.responses.find((r) => r.status === 'default');
  const byStatus = new Map<string, DocExample[]>();
  for (const entry of operation.responseExamples) {
    if (!entry.example) continue;
    const described = operation.responses.find((r) => r.description.toLowerCase() === entry.title.toLowerCase());
    const status = entry.status ?? described?.status ?? success?.status;
    if (!status) continue;
    // "200 Response" only names the status; other captions are the example's summary.
    const { title: _caption, ...value } = entry.example;
    const example: DocExample = entry.status ? value : { ...value, title: entry.title };
    byStatus.set(status, [...(byStatus.get(status) ?? []), example]);
  }
  return byStatus;
}
