// `npm run build`: every check and output of the project, each step started as soon as what it
// reads is there. The build is CPU-bound on two cores (about 36 s of CPU), so the order is about
// keeping the two steps it waits for longest busy:
//   - `npm run check` (Biome, knip) reads only the sources: it starts at once, in its own process,
//     before this process loads Redocly and the type generator;
//   - `typecheck:emit` (scripts/typecheck-and-emit.ts: typecheck and compile in one program)
//     starts at once too, loads the compiler and parses every file, and waits for the types;
//   - in this process (build/spec-steps.ts): lint:spec → bundle → spec:operation-ids → generate,
//     Redocly's library and openapi-typescript sharing the bundles in memory; the first failure
//     stops this chain (and tells typecheck:emit to end). lint:spectral (a Spectral process)
//     starts once the bundles are written;
//   - after generate, typecheck:emit re-parses what changed and checks and emits; beside it the
//     HTML docs (from the bundles in memory, one Redocly CLI process per page).
// Tried and not kept: starting a whole typecheck before generate, on the types generated/ held
// (a spec edit threw it away: 34.8 s); a separate `compile` process beside typecheck (the files
// parsed twice, the compiler loaded twice: about 3 s of CPU).
// This process and typecheck:emit run through scripts/run-bundled.mjs (no tsx hooks on the imports).
// The steps beside this process's chain and typecheck:emit run at a lower CPU priority, so that
// those two get a core when the machine is busy. Each step prints its output when it ends; the
// build exits 1 when any step fails, and ends with the time of each and the whole (imports included).
import path from 'node:path';
import { besideNice, inProcessStep, printOutcome, printTimings, type StepOutcome, scriptStep } from './build/steps.js';

const reported = async (step: Promise<StepOutcome>) => {
  const outcome = await step;
  printOutcome(outcome);
  return outcome;
};

// Started before this process loads Redocly and the type generator (about 2 s): neither needs them.
const check = reported(scriptStep('check', { nice: besideNice }));
let specsGenerated: (done: boolean) => void = () => {};
const typecheck = scriptStep('typecheck:emit', { args: ['--after-go'], go: new Promise((resolve) => (specsGenerated = resolve)) });

const { runSpecSteps } = await import('./build/spec-steps.js');
const { writeDocs } = await import('./html-docs/build-pages.js');
const { loadRedoclyProject } = await import('./openapi/redocly.js');
const { repoRoot } = await import('./openapi/redocly-apis.js');

const specs = await runSpecSteps(await loadRedoclyProject());
const later: Promise<StepOutcome | StepOutcome[]>[] = [check];
if (specs.spectral) later.push(reported(specs.spectral));
const specsDone = specs.outcomes.every((outcome) => outcome.passed) && specs.outcomes.some((outcome) => outcome.name === 'generate');
specsGenerated(specsDone);
if (specsDone) {
  const bundles = new Map(specs.bundles.map((bundle) => [bundle.api, bundle.document]));
  const docs = inProcessStep('docs', async (print) => {
    for (const file of await writeDocs({ root: repoRoot, outputDir: path.join(repoRoot, 'docs'), bundles, nice: besideNice }))
      print(`wrote ${path.relative(repoRoot, file)}`);
    return true;
  });
  later.push(reported(typecheck), reported(docs));
}
const outcomes = [...specs.outcomes, ...(await Promise.all(later)).flat()];

// The whole time since this process started, its imports included.
printTimings(outcomes, performance.now());
if (!(specsDone && outcomes.every((outcome) => outcome.passed))) process.exit(1);
