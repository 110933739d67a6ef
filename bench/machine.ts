// The head of BENCHMARKS.md: the one command, and what the run measured on. The load average is
// there because the figures depend on it: on a shared machine, read the spreads too.
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';

const versionOf = (name: string) => JSON.parse(readFileSync(new URL(`../node_modules/${name}/package.json`, import.meta.url), 'utf8')).version as string;
const [cpu] = cpus();

console.log(`# Benchmarks

\`npm run -s bench > BENCHMARKS.md\` builds the package (\`dist/\`) and measures it as users get it (\`creditline/xovi\`
and its siblings resolve to \`dist/\` through package.json's \`exports\`: tsx runs them with bench/tsconfig.dist.json (\`TSX_TSCONFIG_PATH\`), without the
\`paths\` that point the tests at \`src/\`); \`npm run bench\` prints this page.

- Machine: ${cpus().length}× ${cpu?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${process.platform}, Node ${process.version}
- Load average at the start (1, 5, 15 min): ${loadavg()
  .map((load) => load.toFixed(2))
  .join(', ')}
- Compared with: openapi-fetch ${versionOf('openapi-fetch')}, axios ${versionOf('axios')}
`);
