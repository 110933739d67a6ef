// `npm run lint:spec`: Redocly lint over every API in redocly.yaml, failing on warnings too.
// `redocly lint` exits 0 when there are only warnings, but the specs promise 0 errors and
// 0 warnings, so each API is linted with JSON output and its totals are checked. Findings are
// shown in Redocly's own stylish format. Accepted findings live in .redocly.lint-ignore.yaml.
import { readApis } from './openapi/redocly-apis.js';
import { runRedoclyCapture } from './openapi/run-redocly.js';

interface LintTotals {
  errors: number;
  warnings: number;
  ignored: number;
}

let failed = false;
for (const api of readApis()) {
  const { stdout } = runRedoclyCapture(['lint', api.name, '--format=json']);
  const { totals } = JSON.parse(stdout) as { totals: LintTotals };
  const ignored = totals.ignored > 0 ? `, ${totals.ignored} accepted in .redocly.lint-ignore.yaml` : '';
  console.log(`${api.name}: ${totals.errors} errors, ${totals.warnings} warnings${ignored}`);
  if (totals.errors + totals.warnings > 0) {
    failed = true;
    console.log(runRedoclyCapture(['lint', api.name, '--format=stylish']).stdout);
  }
}
if (failed) {
  console.error('lint:spec: every finding must be fixed (or accepted, with a reason, in .redocly.lint-ignore.yaml)');
  process.exit(1);
}
