// The spec half of `npm run build`, in this one process with the bundles kept in memory: Redocly
// lint (lint:spec), the bundles written to dist/openapi (bundle), the operationId rule on the Nue
// bundle (spec:operation-ids), the types and validation specs (generate --from-bundle). Spectral
// (lint:spectral) starts as soon as the bundles are on disk and runs beside the rest.
import path from 'node:path';
import { type ApiBundle, bundleApis } from '../openapi/bundle-apis.js';
import { writeGeneratedFiles } from '../openapi/generate-types.js';
import { lintSpecs } from '../openapi/lint-specs.js';
import { operationIdProblems } from '../openapi/operation-id-rule.js';
import { listOperations } from '../openapi/operations.js';
import type { RedoclyProject } from '../openapi/redocly.js';
import { bundlePath } from '../openapi/redocly-apis.js';
import { spectralReport } from '../openapi/run-spectral.js';
import { besideNice, inProcessStep, printOutcome, type StepOutcome } from './steps.js';

export interface SpecSteps {
  outcomes: StepOutcome[];
  /** Every API's bundle, when the steps got that far. */
  bundles: ApiBundle[];
  /** lint:spectral, still running when the other steps are done. */
  spectral?: Promise<StepOutcome>;
}

/** Runs the steps in order and stops at the first that fails, as `&&` did. */
export async function runSpecSteps(project: RedoclyProject): Promise<SpecSteps> {
  const outcomes: StepOutcome[] = [];
  const result: SpecSteps = { outcomes, bundles: [] };
  const step = async (name: string, work: Parameters<typeof inProcessStep>[1]) => {
    const outcome = await inProcessStep(name, work);
    printOutcome(outcome);
    outcomes.push(outcome);
    return outcome.passed;
  };

  if (!(await step('lint:spec', (print) => lintSpecs(project, print)))) return result;
  const bundled = await step('bundle', async (print) => {
    result.bundles = await bundleApis(project, undefined, print);
    return true;
  });
  if (!bundled) return result;
  result.spectral = inProcessStep('lint:spectral', async (print) => {
    const bundles = project.apis.map((api) => ({ name: api.name, file: bundlePath(api.name, 'json') }));
    const { lines, passed } = await spectralReport(bundles, { nice: besideNice });
    for (const line of lines) print(line);
    return passed;
  });
  const nue = result.bundles.find((bundle) => bundle.api === 'nue');
  const idsChecked = await step('spec:operation-ids', async (print) => {
    if (!nue) return true;
    const operations = listOperations(nue.document);
    const problems = operationIdProblems(operations);
    for (const problem of problems) print(problem);
    print(`${path.relative(project.root, bundlePath('nue', 'json'))}: ${operations.length} operations, ${problems.length} operationId problem(s)`);
    return problems.length === 0;
  });
  if (!idsChecked) return result;
  await step('generate', async (print) => {
    for (const { api, document } of result.bundles) {
      const entry = project.apis.find((a) => a.name === api)!;
      const { written } = await writeGeneratedFiles(project.root, entry, document);
      for (const file of written) print(`generated ${file}`);
    }
    return true;
  });
  return result;
}
