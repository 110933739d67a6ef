// How long the commands people wait for take, as whole processes: the `creditline` CLI (package.json
// "bin", the built file a user's `creditline` runs) against `node -e 0`, the least any Node
// program takes, taking turns (take-turns.ts); and `npm run generate`, the spec-to-types loop.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { ms, section, spread } from './table.js';
import { takeTurns } from './take-turns.js';

const ROUNDS = 10;
const GENERATE_RUNS = 3;
const root = fileURLToPath(new URL('..', import.meta.url));
const cli = JSON.parse(readFileSync(`${root}package.json`, 'utf8')).bin.creditline as string;
const run = (command: string, args: string[]) => () => promisify(execFile)(command, args, { cwd: root });

const commands: [name: string, args: string[], target: string][] = [
  ['`node -e 0`', ['-e', '0'], ''],
  ['`creditline --version`', [cli, '--version'], '`node -e 0` + 30 ms'],
  ['`creditline --help`', [cli, '--help'], '`node -e 0` + 30 ms'],
  ['`creditline credits --sandbox`', [cli, 'credits', '--sandbox'], '300 ms'],
];
const times = await takeTurns(
  commands.map(([, args]) => run(process.execPath, args)),
  ROUNDS,
  1,
);
const rows = commands.map(([name, , target], index) => {
  const aboveNode = times[index]!.map((time, round) => time - times[0]![round]!);
  return [name, spread(times[index]!, ms), index === 0 ? '' : spread(aboveNode, ms), target];
});
const [generate] = await takeTurns([run('npm', ['run', '--silent', 'generate'])], GENERATE_RUNS, 1);
rows.push(['`npm run generate`', spread(generate!, ms), '', '']);

section(
  'Commands',
  `Wall time of the whole process, median (p25–p75) of ${ROUNDS} runs (${GENERATE_RUNS} for \`npm run generate\`) after one to warm up; "above" is taken run by run.`,
  ['command', 'wall time', 'above `node -e 0`', 'target'],
  rows,
);
