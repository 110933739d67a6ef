// A drift summary as text for a terminal or a pull request: one block per proposed edit, the
// file and place first, then what the spec says against what was seen, how often, and where.
import type { DriftSighting, DriftSummary, ProposedEdit } from './summarize.js';

export function renderDriftSummary(summary: DriftSummary): string {
  const { edits, reports, skipped } = summary;
  const total = edits.reduce((sum, edit) => sum + edit.count, 0);
  const head =
    edits.length === 0
      ? `No spec edits: ${reports} reports read.`
      : `${edits.length} proposed spec ${plural(edits.length, 'edit')} from ${reports} ${plural(reports, 'report')} (${total} ${plural(total, 'sighting')}); inferred parts of the spec first.`;
  const left = skipped.slice(0, 20).map(({ file, line, problem }) => `${file}:${line} (${problem})`);
  const skippedLine = skipped.length > 0 ? [`Lines that are not reports, left out: ${left.join(', ')}${skipped.length > 20 ? ', …' : ''}.`] : [];
  return `${[head, ...skippedLine, ...edits.map(renderEdit)].join('\n\n')}\n`;
}

function renderEdit(edit: ProposedEdit): string {
  const source = edit.source === 'evidence' ? `evidence ${edit.evidence}` : edit.source;
  return [
    `${edit.file}${edit.at ? ` ${edit.at}` : ''}  [${source}]`,
    `  ${edit.property ? `${edit.property}: ` : ''}${edit.kind}: the spec says ${edit.expected}; seen ${edit.seen}, ${edit.count} ${plural(edit.count, 'time')}`,
    `  → ${edit.proposal}`,
    ...edit.seenIn.slice(0, 5).map((sighting) => `  seen in ${renderSighting(sighting)}`),
    ...(edit.seenIn.length > 5 ? [`  … and ${edit.seenIn.length - 5} more places`] : []),
  ].join('\n');
}

function renderSighting(sighting: DriftSighting): string {
  const operation = `${sighting.api} ${sighting.operationId ?? ''} (${sighting.method} ${sighting.path})`.replace('  ', ' ');
  const where = `${sighting.direction === 'request' ? 'request' : `answer ${sighting.status ?? ''}`} ${sighting.in}${sighting.pointer ? ` ${sighting.pointer}` : ''}`;
  return `${operation}, ${where} ×${sighting.count}`;
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}
