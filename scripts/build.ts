// `npm run build`: every check and output of the project, each step started as soon as what it
// reads is there, and no more at once than two cores carry well:
//   - `npm run check` (Biome, knip) reads only the sources: it starts at once, in its own process;
//   - in this process (build/spec-steps.ts): lint:spec → bundle → spec:operation-ids → generate,
//     Redocly's library and openapi-typescript sharing the bundles in memory; the first failure
//     stops this chain. lint:spectral (a Spectral process) starts once the bundles are written;
//   - after generate, `typecheck` (the longest step) in its own process, and beside it `compile`
//     followed by the HTML docs (from the bundles in memory, one Redocly CLI process per page).
//     The build's compile is `compile:emit` (tsc --noCheck): typecheck checks the same files with
//     the same options, and checking them twice cost the build about 4 s of CPU; the output is
//     the same byte for byte. (Starting typecheck before generate, on the types generated/ held,
//     saved a second or two when no spec had changed, and cost ten when one had: not done.)
// The steps beside the two the build waits for (this process's chain, then typecheck) run at a
// lower CPU priority, so that those two get a core when the machine is busy. Each step prints its
// output when it ends; the build exits 1 when any step fails, and ends with the time of each.
import path from 'node:path';
import { besideNice, runSpecSteps } from './build/spec-steps.js';
import { inProcessStep, printOutcome, printTimings, type StepOutcome, scriptStep } from './build/steps.js';
import { writeDocs } from './html-docs/build-pages.js';
import { loadRedoclyProject } from './openapi/redocly.js';
import { repoRoot } from './openapi/redocly-apis.js';

const started = performance.now();
const reported = async (step: Promise<StepOutcome>) => {
  const outcome = await step;
  printOutcome(outcome);
  return outcome;
};

const check = reported(scriptStep('check', { nice: besideNice }));
const specs = await runSpecSteps(await loadRedoclyProject());
const later: Promise<StepOutcome | StepOutcome[]>[] = [check];
if (specs.spectral) later.push(reported(specs.spectral));
const specsDone = specs.outcomes.every((outcome) => outcome.passed) && specs.outcomes.some((outcome) => outcome.name === 'generate');
if (specsDone) {
  const bundles = new Map(specs.bundles.map((bundle) => [bundle.api, bundle.document]));
  const docs = () =>
    inProcessStep('docs', async (print) => {
      for (const file of await writeDocs({ root: repoRoot, outputDir: path.join(repoRoot, 'docs'), bundles, nice: besideNice }))
        print(`wrote ${path.relative(repoRoot, file)}`);
      return true;
    });
  later.push(reported(scriptStep('typecheck')), (async () => [await reported(scriptStep('compile:emit', { nice: besideNice })), await reported(docs())])());
}
const outcomes = [...specs.outcomes, ...(await Promise.all(later)).flat()];

printTimings(outcomes, performance.now() - started);
if (!(specsDone && outcomes.every((outcome) => outcome.passed))) process.exit(1);
