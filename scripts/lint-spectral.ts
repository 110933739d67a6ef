// `npm run lint:spectral`: Spectral's OpenAPI ruleset (`spectral:oas`, .spectral.yaml) over the
// bundle of every API of redocly.yaml in dist/openapi, the specs as the package ships them and
// the docs are built from them; `npm run build` runs it on the bundles it just wrote. Any error
// fails; warnings are counted (the sources' own rules are Redocly's, `npm run lint:spec`).
import { bundlePath, readApis } from './openapi/redocly-apis.js';
import { spectralReport } from './openapi/run-spectral.js';

const { lines, passed } = await spectralReport(readApis().map((api) => ({ name: api.name, file: bundlePath(api.name, 'json') })));
for (const line of lines) console.log(line);
if (!passed) process.exit(1);
