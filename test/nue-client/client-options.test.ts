// createNueClient's option checks: each malformed option is a ConfigurationError naming it,
// before anything is sent and without the secrets it was given; well-formed ones are taken.
import { createNueClient, isConfigurationError, type NueClientOptions } from 'creditline/nue';
import { describe, expect, it } from 'vitest';
import { NUE_API_KEY } from './fake-nue-credits.js';
import { KEY_SOLO, PASSWORD, thrown } from './fixtures.js';

const BASE = 'http://127.0.0.1:9';
const STATIC_TOKEN = 'static-jwt-eyJhbGciOi.payload.sig';

/** The ConfigurationError createNueClient throws for `auth`, or undefined when it takes it. */
function configError(auth: unknown): { option?: string; message?: string } | undefined {
  try {
    createNueClient({ baseUrl: BASE, auth } as NueClientOptions);
  } catch (error) {
    expect(isConfigurationError(error), JSON.stringify(auth)).toBe(true);
    return error as { option: string; message: string };
  }
  return undefined;
}

describe('createNueClient options', () => {
  it.each([
    ['no options', undefined, 'createNueClient: options'],
    ['options that are not an object', 'auth', 'createNueClient: options'],
    ['a clock that is not a function', { auth: { apiKey: 'k' }, now: 5 }, 'createNueClient: now'],
  ])('rejects %s', (_name, options, option) => {
    const error = thrown(() => createNueClient(options as never));
    expect(isConfigurationError(error)).toBe(true);
    expect(error).toMatchObject({ option });
  });
});

describe('createNueClient auth options', () => {
  it('names the option at fault', () => {
    const cases: Array<[unknown, string]> = [
      ['a-key', 'createNueClient: auth'],
      [42, 'createNueClient: auth'],
      [{}, 'createNueClient: auth'],
      [{ apiKey: 'k', password: PASSWORD }, 'createNueClient: auth'],
      [{ apiKey: 'k', username: 'u' }, 'createNueClient: auth'],
      [{ apiKey: '' }, 'createNueClient: auth.apiKey'],
      [{ password: PASSWORD }, 'createNueClient: auth.username'],
      [{ username: 'u' }, 'createNueClient: auth.password'],
      [{ username: '', password: PASSWORD }, 'createNueClient: auth.username'],
      [{ username: 'u', password: PASSWORD, apiAccessKey: '' }, 'createNueClient: auth.apiAccessKey'],
      [{ bearerToken: '', apiAccessKey: KEY_SOLO }, 'createNueClient: auth.bearerToken'],
      [{ basic: null, apiAccessKey: KEY_SOLO }, 'createNueClient: auth.basic'],
      [{ basic: 'dXNlcjpwYXNz', apiAccessKey: KEY_SOLO }, 'createNueClient: auth.basic'],
      [{ basic: { token: '' }, apiAccessKey: KEY_SOLO }, 'createNueClient: auth.basic.token'],
      [{ basic: { username: '', password: PASSWORD }, apiAccessKey: KEY_SOLO }, 'createNueClient: auth.basic.username'],
      [{ basic: { token: 'dXNlcjpwYXNz' } }, 'createNueClient: auth.apiAccessKey'],
    ];
    for (const [auth, option] of cases) expect(configError(auth), JSON.stringify(auth)).toMatchObject({ option });
  });

  it('lists the accepted shapes, and counts the strategies of a mix', () => {
    expect(configError('a-key')?.message).toContain('{ apiKey }');
    expect(configError({ apiKey: 'k', bearerToken: 't', apiAccessKey: KEY_SOLO })?.message).toContain('got 2');
  });

  it('refuses a blank or non-scalar tenant, and takes a tenant name or number', () => {
    for (const tenant of ['', '   ', true, {}, null]) {
      expect(configError({ username: 'u', password: PASSWORD, tenant }), String(tenant)).toMatchObject({ option: 'createNueClient: auth.tenant' });
    }
    for (const tenant of ['Acme EU', 0, 102]) expect(configError({ username: 'u', password: PASSWORD, tenant })).toBeUndefined();
  });

  it('refuses a negative or non-finite refresh skew, and takes 0', () => {
    for (const refreshSkewSeconds of [-1, Number.NaN, Number.POSITIVE_INFINITY]) {
      const error = configError({ username: 'u', password: PASSWORD, refreshSkewSeconds });
      expect(error, String(refreshSkewSeconds)).toMatchObject({ option: 'createNueClient: auth.refreshSkewSeconds' });
      expect(error?.message).toContain(String(refreshSkewSeconds));
    }
    expect(configError({ username: 'u', password: PASSWORD, refreshSkewSeconds: 0 })).toBeUndefined();
  });

  it('refuses incomplete or mixed auth options with a ConfigurationError naming the option', () => {
    const attempts: Array<[unknown, string]> = [
      [undefined, 'createNueClient: auth'],
      [{ bearerToken: STATIC_TOKEN }, 'createNueClient: auth.apiAccessKey'],
      [{ basic: { username: 'u' }, apiAccessKey: KEY_SOLO }, 'createNueClient: auth.basic.password'],
      [{ username: 'u', password: '' }, 'createNueClient: auth.password'],
      [{ username: 'u', password: PASSWORD, bearerToken: STATIC_TOKEN, apiAccessKey: KEY_SOLO }, 'createNueClient: auth'],
    ];
    for (const [auth, option] of attempts) {
      const error = thrown(() => createNueClient({ auth } as NueClientOptions));
      expect(isConfigurationError(error), option).toBe(true);
      expect(error).toMatchObject({ option });
      expect(String(error)).not.toContain(PASSWORD);
      expect(String(error)).not.toContain(STATIC_TOKEN);
    }
  });

  it('rejects an empty key and a mix of strategies with a ConfigurationError', () => {
    for (const auth of [{ apiKey: '' }, { apiKey: NUE_API_KEY, bearerToken: 't', apiAccessKey: 'k' }]) {
      const error = thrown(() => createNueClient({ auth: auth as NueClientOptions['auth'] }));
      expect(isConfigurationError(error)).toBe(true);
      expect((error as Error).message).toContain('auth');
    }
  });
});
