// `npm run lint:spectral`: Spectral's OpenAPI ruleset (`spectral:oas`, .spectral.yaml) over the
// bundle of every API of redocly.yaml in dist/openapi, the specs as the package ships them and
// the docs are built from them; `npm run build` runs it right after `bundle`. Any error fails;
// warnings are counted (the sources' own rules are Redocly's, `npm run lint:spec`).
import path from 'node:path';
import { bundlePath, readApis, repoRoot } from './openapi/redocly-apis.js';
import { runSpectral } from './openapi/run-spectral.js';

const apis = readApis().map((api) => ({ name: api.name, file: bundlePath(api.name, 'json') }));
const findings = runSpectral(apis.map((api) => api.file));
let errors = 0;
for (const api of apis) {
  const own = findings.filter((finding) => path.resolve(finding.source) === api.file);
  const apiErrors = own.filter((finding) => finding.severity === 0);
  console.log(`${api.name}: ${apiErrors.length} errors, ${own.filter((finding) => finding.severity === 1).length} warnings (spectral:oas)`);
  for (const finding of apiErrors) {
    console.log(`  ${path.relative(repoRoot, api.file)}:${finding.range.start.line + 1} ${finding.code}: ${finding.message} (${finding.path.join('.')})`);
  }
  errors += apiErrors.length;
}
if (errors > 0) {
  console.error('lint:spectral: fix the spec (and record the decision in its CURATION.md)');
  process.exit(1);
}
