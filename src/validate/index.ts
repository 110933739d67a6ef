/**
 * Drift reports: {@link withValidation} checks what a client receives (and sends) against the spec
 * it was made from, and turns the differences into reports, which {@link createDriftCollector}
 * gathers. Opt-in and its own entry point: Ajv and the specs load only here, and only for the APIs
 * a program validates. Like every entry point, it also exports the shared errors and option types.
 *
 * @module creditline/validate
 */
export * from '../core/index.js';
export { createDriftCollector, type DriftCollector } from './drift-collector.js';
export { DRIFT_KINDS, type DriftKind, type DriftLocation, type DriftReport } from './drift-report.js';
export { isSpecDriftError, SpecDriftError } from './errors/spec-drift-error.js';
export type { ValidatedApi, ValidateOptions, ValidationMode } from './validate-options.js';
export { type ValidatableClient, withValidation } from './with-validation.js';
