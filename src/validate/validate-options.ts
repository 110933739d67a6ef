// What `withValidation` takes, checked once when it is applied, so that a typo shows at start-up
// and not as silence in staging.
import { ConfigurationError } from '../core/errors.js';
import { DRIFT_KINDS, type DriftKind, type DriftReport } from './drift-report.js';

/** The APIs whose specs creditline ships. */
export type ValidatedApi = 'nue' | 'xovi' | 'maileon';

/** `report`: hand each difference to `onDrift` and let the call go on; `throw`: also fail the call with SpecDriftError. */
export type ValidationMode = 'report' | 'throw';

export interface ValidateOptions {
  /** Check every answer. `throw` fails a 2xx answer that differs; other answers end as they would (their ApiError), after `onDrift`. */
  responses: ValidationMode;
  /** Also check what the client sends (parameters and JSON bodies); `throw` fails the call before anything is sent. */
  requests?: ValidationMode;
  /** Receives every difference, in either mode (a collector's `onDrift`, a logger). Needed when a mode is `report`. */
  onDrift?: (report: DriftReport) => void;
  /** Kinds of difference to leave out, e.g. `['unknown-property']` while the spec is known to list only some properties. */
  ignore?: DriftKind[];
}

const API_NAMES: readonly string[] = ['nue', 'xovi', 'maileon'] satisfies ValidatedApi[];
const MODES: readonly string[] = ['report', 'throw'] satisfies ValidationMode[];

export function checkValidateOptions(api: ValidatedApi, options: ValidateOptions): void {
  if (!API_NAMES.includes(api)) throw new ConfigurationError('withValidation: api', `must be one of ${API_NAMES.join(', ')}, got ${String(api)}`);
  if (!options || !MODES.includes(options.responses))
    throw new ConfigurationError('withValidation: responses', `must be 'report' or 'throw', got ${String(options?.responses)}`);
  if (options.requests !== undefined && !MODES.includes(options.requests))
    throw new ConfigurationError('withValidation: requests', `must be 'report' or 'throw' when given, got ${String(options.requests)}`);
  if (options.onDrift !== undefined && typeof options.onDrift !== 'function') throw new ConfigurationError('withValidation: onDrift', 'must be a function');
  if ((options.responses === 'report' || options.requests === 'report') && !options.onDrift)
    throw new ConfigurationError('withValidation: onDrift', "is needed when a mode is 'report': without it the differences would go nowhere");
  const unknown = (options.ignore ?? []).filter((kind) => !DRIFT_KINDS.includes(kind));
  if (unknown.length > 0) throw new ConfigurationError('withValidation: ignore', `names kinds that do not exist: ${unknown.join(', ')}`);
}
