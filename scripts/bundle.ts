// `npm run bundle`: every API of redocly.yaml bundled into dist/openapi/<api>.json and .yaml
// (see openapi/bundle-apis.ts), the form users feed to other tools.
import { bundleAll } from './openapi/bundle-apis.js';

bundleAll();
