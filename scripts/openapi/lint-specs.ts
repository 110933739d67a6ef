// Redocly's part of `npm run spec:lint`: every API of the project linted,
// one summary line each, the findings of any API that has some, and a verdict: the specs promise
// 0 errors and 0 warnings (Redocly itself fails only on errors).
import { formatFinding, type LintResult, lintApi, lintSummary, type RedoclyProject } from './redocly.js';

/** Lints every API, prints the results; true when there is no error and no warning. */
export async function lintSpecs(project: RedoclyProject, print: (line: string) => void = console.log): Promise<boolean> {
  let passed = true;
  for (const api of project.apis) {
    let result: LintResult;
    try {
      result = await lintApi(project, api);
    } catch (error) {
      // The root file itself does not parse (a broken file it refers to is a finding instead).
      print(`${api.name}: ${error instanceof Error ? error.message : String(error)}`);
      passed = false;
      continue;
    }
    print(lintSummary(result));
    if (result.totals.errors + result.totals.warnings > 0) {
      passed = false;
      for (const finding of result.findings) print(`  ${formatFinding(finding)}`);
    }
  }
  if (!passed) print('spec:lint: every Redocly finding must be fixed (or accepted, with a reason, in .redocly.lint-ignore.yaml)');
  return passed;
}
