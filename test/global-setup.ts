// Runs once per `vitest` run: bundles the Nue spec a single time for every test file that
// reads it (contract, examples, operationIds, calls-every-operation) instead of once per file.
import type { TestProject } from 'vitest/node';
import { bundleNueSpec } from './nue-spec/support/bundled-spec.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The bundled Nue spec (JSON), removed after the run. */
    nueBundleFile: string;
  }
}

export default function setup(project: TestProject): () => void {
  const spec = bundleNueSpec();
  project.provide('nueBundleFile', spec.file);
  return () => spec.remove();
}
