// Runs once per `vitest` run: bundles the Nue spec a single time for every test file that
// reads it (contract, examples, operationIds, calls-every-operation) instead of once per file.
// The sandbox (test/cli) serves the bundles in dist/openapi, as the installed package does; when
// no `npm run generate` has written them yet, they are bundled here, once.
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { bundleAll } from '../scripts/openapi/bundle-apis.js';
import { bundlePath, readApis } from '../scripts/openapi/redocly-apis.js';
import { bundleNueSpec } from './nue-spec/support/bundled-spec.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The bundled Nue spec (JSON), removed after the run. */
    nueBundleFile: string;
  }
}

export default function setup(project: TestProject): () => void {
  if (!readApis().every((api) => existsSync(bundlePath(api.name, 'json')))) bundleAll();
  const spec = bundleNueSpec();
  project.provide('nueBundleFile', spec.file);
  return () => spec.remove();
}
