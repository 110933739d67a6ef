// What `withValidation` takes, checked once when it is applied, so that a typo shows at start-up
// and not as silence in staging: each argument and option of the wrong type or value, and an
// option it does not have, is a ConfigurationError that names it and what was given.
import { ConfigurationError } from '../core/errors.js';
import { describeValue } from './described-value.js';
import { DRIFT_KINDS, type DriftKind, type DriftReport } from './drift-report.js';

/** The APIs whose specs creditline ships. */
export type ValidatedApi = 'nue' | 'xovi' | 'maileon';

/** `report`: hand each difference to `onDrift` and let the call go on; `throw`: also fail the call with SpecDriftError. */
export type ValidationMode = 'report' | 'throw';

/** What {@link withValidation} takes; an unknown option or a value of the wrong type is a ConfigurationError. */
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

const API_NAMES: readonly unknown[] = ['nue', 'xovi', 'maileon'] satisfies ValidatedApi[];
const MODES: readonly unknown[] = ['report', 'throw'] satisfies ValidationMode[];
const OPTION_NAMES: readonly string[] = ['responses', 'requests', 'onDrift', 'ignore'] satisfies Array<keyof ValidateOptions>;
const KINDS: readonly unknown[] = DRIFT_KINDS;

const refuse = (option: string, must: string, given: unknown) => new ConfigurationError(`withValidation: ${option}`, `${must}, got ${describeValue(given)}`);

export function checkValidateOptions(client: unknown, api: unknown, given: unknown): asserts given is ValidateOptions {
  const use = client !== null && (typeof client === 'object' || typeof client === 'function') ? (client as { use?: unknown }).use : undefined;
  if (typeof use !== 'function') throw refuse('client', 'must be a client of creditline or openapi-fetch (an object with a use() method)', client);
  if (!API_NAMES.includes(api)) throw refuse('api', `must be one of ${API_NAMES.join(', ')}`, api);
  if (given === null || typeof given !== 'object' || Array.isArray(given))
    throw refuse('options', 'must be an object with responses and, when wanted, requests, onDrift and ignore', given);
  const options = given as Record<string, unknown>;
  const unknown = Object.keys(options).find((name) => !OPTION_NAMES.includes(name));
  if (unknown !== undefined) throw refuse(unknown, `is not an option (they are ${OPTION_NAMES.join(', ')})`, options[unknown]);
  if (!MODES.includes(options.responses)) throw refuse('responses', "must be 'report' or 'throw'", options.responses);
  if (options.requests !== undefined && !MODES.includes(options.requests)) throw refuse('requests', "must be 'report' or 'throw' when given", options.requests);
  if (options.onDrift !== undefined && typeof options.onDrift !== 'function')
    throw refuse('onDrift', 'must be a function (a report goes to it) when given', options.onDrift);
  if ((options.responses === 'report' || options.requests === 'report') && !options.onDrift)
    throw new ConfigurationError('withValidation: onDrift', "is needed when a mode is 'report': without it the differences would go nowhere");
  checkIgnore(options.ignore);
}

function checkIgnore(ignore: unknown): void {
  if (ignore === undefined) return;
  if (!Array.isArray(ignore)) throw refuse('ignore', `must be an array of drift kinds (${KINDS.join(', ')}) when given`, ignore);
  // A plain loop over the indices: a hole in the array is an undefined item too.
  for (let index = 0; index < ignore.length; index++) {
    const item: unknown = ignore[index];
    if (typeof item !== 'string')
      throw new ConfigurationError(
        'withValidation: ignore',
        `must hold only names of drift kinds (${KINDS.join(', ')}), got ${describeValue(item)} at index ${index}`,
      );
  }
  const unknown = (ignore as string[]).filter((kind) => !KINDS.includes(kind));
  if (unknown.length > 0)
    throw new ConfigurationError(
      'withValidation: ignore',
      `names kinds that do not exist: ${unknown.map((kind) => JSON.stringify(kind)).join(', ')} (the kinds: ${KINDS.join(', ')})`,
    );
}
