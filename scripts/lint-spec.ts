// `npm run lint:spec`: Redocly lint over every API in redocly.yaml, failing on warnings too.
// The specs promise 0 errors and 0 warnings, so each API's totals are checked, not only its
// errors; the findings are listed when there are any. Redocly's library runs in this process
// (openapi/redocly.ts) with redocly.yaml's rules; accepted findings live in
// .redocly.lint-ignore.yaml.
import { lintSpecs } from './openapi/lint-specs.js';
import { loadRedoclyProject } from './openapi/redocly.js';

if (!(await lintSpecs(await loadRedoclyProject()))) process.exit(1);
