// The validation specs (generated/<api>.validation.ts). Each API is its own dynamic import, so a
// bundler splits them into chunks and an app that validates XOVI answers never downloads Nue's
// spec; compiled-spec.ts keeps what is loaded for the process.
import type { ValidatedApi } from '../validate-options.js';
import type { SpecDocument } from './spec-document.js';

const MODULES: Record<ValidatedApi, () => Promise<{ validationSpecJson: string }>> = {
  nue: () => import('../../../generated/nue.validation.js'),
  xovi: () => import('../../../generated/xovi.validation.js'),
  maileon: () => import('../../../generated/maileon.validation.js'),
};

export async function loadValidationSpec(api: ValidatedApi): Promise<SpecDocument> {
  return JSON.parse((await MODULES[api]()).validationSpecJson) as SpecDocument;
}
