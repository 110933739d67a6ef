// The developer-tools section: the tool timings and what type-checking every Nue operation costs.
import { table } from './format.js';
import type { ToolRow } from './tooling.js';
import { TYPE_CHECK_CONFIG, type TypeCheckRun } from './type-check.js';

/** `typeChecks`: the runs of tsc, or why there are none. */
export function toolsSection(tools: ToolRow[], typeChecks: TypeCheckRun[] | string): string {
  const toolTable = table(
    ['what', 'time', 'note'],
    tools.map(({ what, time, note }) => [what, time, note]),
  );
  if (typeof typeChecks === 'string') return `${toolTable}\n\nType-checking a call to every Nue operation: ${typeChecks}`;
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;
  const range = (values: number[], unit: string) =>
    values.length > 1 ? `${median(values)}${unit} (${Math.min(...values)}–${Math.max(...values)})` : `${values[0]}${unit}`;
  const checks = typeChecks.map((run) => run.checkSeconds);
  const totals = typeChecks.map((run) => run.totalSeconds);
  // tsc prints KiB; the page counts 1 MB = 1 000 000 bytes.
  const memory = typeChecks.map((run) => Math.round((run.memoryKiB * 1024) / 1e6));
  return `${toolTable}

Type-checking a call to every Nue operation (\`test/nue-spec/calls-every-operation.ts\`, one
function per operation) against the built package's declarations, as a user's project does:
\`npx tsc -p ${TYPE_CHECK_CONFIG} --extendedDiagnostics\`, ${typeChecks.length} run(s), median (min–max).

${table(['Check time', 'Total time', 'Memory used'], [[range(checks, ' s'), range(totals, ' s'), range(memory, ' MB')]])}`;
}
