// Pins what each entry point exports, types included. Widening the public API is a decision:
// it shows up here as a failing test and a diff of this file.
import { describe, expect, it } from 'vitest';
import { type EntryPoint, exportedNames } from './entry-exports.js';

/** The shared runtime every entry point exports: errors with their guards, and option and result types. */
const SHARED = [
  'AbortError',
  'ApiError',
  'ApiErrorDetails',
  'CallOptions',
  'CallOverrides',
  'CommonClientOptions',
  'ConfigurationError',
  'CreditlineError',
  'FetchFunction',
  'LogEntry',
  'Logger',
  'NetworkError',
  'Page',
  'PageTotals',
  'PagedResult',
  'PaginationError',
  'PaginationProblem',
  'PagingOptions',
  'RequestDescription',
  'RequestError',
  'ResponseParseError',
  'RetryOptions',
  'TimeoutError',
  'TimeoutKind',
  'TimeoutOptions',
  'isAbortError',
  'isApiError',
  'isConfigurationError',
  'isCreditlineError',
  'isNetworkError',
  'isPaginationError',
  'isRequestError',
  'isResponseParseError',
  'isTimeoutError',
];

const OWN: Record<EntryPoint, string[]> = {
  creditline: [
    'CreditBalance',
    'CreditBalanceFailure',
    'CreditBalanceReport',
    'CreditBalanceSources',
    'CreditBalanceWarning',
    'CreditKind',
    'CreditVendor',
    'MaileonBalanceSource',
    'NueBalanceSource',
    'ReadCreditBalancesOptions',
    'XoviBalanceSource',
    'readCreditBalances',
  ],
  'creditline/nue': [
    'ListAccountCreditPoolsOptions',
    'ListCreditFlowsOptions',
    'NueAccountCreditPool',
    'NueCreditFlow',
    'NueCreditFlowInclude',
    'NueApiError',
    'NueApiKeyAuth',
    'NueAuth',
    'NueAuthError',
    'NueAuthOptions',
    'NueAuthProblem',
    'NueAuthStrategy',
    'NueAuthenticationResult',
    'NueBasicAuth',
    'NueBearerAuth',
    'NueChallenge',
    'NueChallengeError',
    'NueClient',
    'NueClientOptions',
    'NueComponents',
    'NueErrorMessage',
    'NueGraphql',
    'NueGraphqlEndpoint',
    'NueGraphqlError',
    'NueGraphqlErrorEntry',
    'NueGraphqlOptions',
    'NueGraphqlRequest',
    'NueJobError',
    'NueJobFailure',
    'NueJobKind',
    'NueJobProgress',
    'NueJobRef',
    'NueJobResult',
    'NueJobTimeoutError',
    'NueJobs',
    'NueLoggedOutError',
    'NuePasswordAuth',
    'NuePaths',
    'NueTenantChoice',
    'NueUserMappedTenant',
    'TenantChoiceError',
    'TenantChoiceProblem',
    'WaitForJobOptions',
    'createNueClient',
    'isNueApiError',
    'isNueAuthError',
    'isNueChallengeError',
    'isNueGraphqlError',
    'isNueJobError',
    'isNueJobTimeoutError',
    'isNueLoggedOutError',
    'isTenantChoiceError',
  ],
  'creditline/xovi': [
    'CreditState',
    'KeywordLimits',
    'XoviAuthError',
    'XoviAuthProblem',
    'XoviClient',
    'XoviClientOptions',
    'XoviComponents',
    'XoviCostError',
    'XoviError',
    'XoviErrorDetails',
    'XoviKeyPlacement',
    'XoviLimit',
    'XoviParamError',
    'XoviPaths',
    'createXoviClient',
    'isXoviAuthError',
    'isXoviCostError',
    'isXoviError',
    'isXoviParamError',
  ],
  'creditline/maileon': [
    'Contingent',
    'ContingentOptions',
    'ContingentStatus',
    'CreateContingentOptions',
    'ListContingentsOptions',
    'MaileonClient',
    'MaileonClientOptions',
    'MaileonComponents',
    'MaileonError',
    'MaileonPaths',
    'MaileonProblem',
    'PrepaidStatus',
    'PrepaidStatusChange',
    'PrepaidStatusOptions',
    'UpdateContingentOptions',
    'UpdatePrepaidStatusOptions',
    'createMaileonClient',
    'isMaileonError',
  ],
  'creditline/sandbox': ['Sandbox', 'SandboxOptions', 'startSandbox'],
  'creditline/validate': [
    'DRIFT_KINDS',
    'DriftCollector',
    'DriftKind',
    'DriftLocation',
    'DriftReport',
    'SpecDriftError',
    'ValidatableClient',
    'ValidateOptions',
    'ValidatedApi',
    'ValidationMode',
    'createDriftCollector',
    'isSpecDriftError',
    'withValidation',
  ],
};

/** The sandbox is a tool beside the clients, not a client: it has none of their errors or options. */
const WITHOUT_SHARED: ReadonlySet<EntryPoint> = new Set(['creditline/sandbox']);

const RUNTIME_MODULES: Record<EntryPoint, () => Promise<Record<string, unknown>>> = {
  creditline: () => import('creditline'),
  'creditline/nue': () => import('creditline/nue'),
  'creditline/xovi': () => import('creditline/xovi'),
  'creditline/maileon': () => import('creditline/maileon'),
  'creditline/sandbox': () => import('creditline/sandbox'),
  'creditline/validate': () => import('creditline/validate'),
};

/** An answer as the vendors' errors are made from it. */
const ANSWER = { method: 'GET', pathTemplate: '/x', url: 'https://api.example/x', status: 401, statusText: 'Unauthorized', body: {}, requestId: undefined };

describe('every error that carries an HTTP answer is an ApiError, in every entry point', () => {
  it("the vendors' own errors and the shared ApiError share one shape and one guard", async () => {
    const xovi = await import('creditline/xovi');
    const nue = await import('creditline/nue');
    const maileon = await import('creditline/maileon');
    const envelope = { ...ANSWER, apiErrorMessage: 'cost error', apiErrorCode: 1, credits: undefined };
    const answered = [
      new xovi.XoviError(envelope),
      new xovi.XoviAuthError('invalid-key', envelope),
      new xovi.XoviCostError(envelope),
      new xovi.XoviParamError(envelope, 'key'),
      new nue.NueApiError(ANSWER),
      new nue.NueAuthError('unauthorized', ANSWER, 'Nue answered with 401 Unauthorized'),
      new nue.NueGraphqlError(ANSWER, { endpoint: 'orders', operationName: undefined, errors: [{ message: 'no' }], data: undefined }),
      new maileon.MaileonError('contingent-not-found', ANSWER),
    ];
    for (const entry of Object.keys(RUNTIME_MODULES) as EntryPoint[]) {
      if (WITHOUT_SHARED.has(entry)) continue;
      const { isApiError, ApiError } = (await RUNTIME_MODULES[entry]()) as {
        isApiError: (e: unknown) => boolean;
        ApiError: abstract new (...args: never[]) => unknown;
      };
      for (const error of answered) {
        expect(isApiError(error), `${entry}: isApiError(${error.name})`).toBe(true);
        expect(error).toBeInstanceOf(ApiError);
        expect(error).toMatchObject({ method: 'GET', pathTemplate: '/x', url: 'https://api.example/x', status: 401, statusText: 'Unauthorized', body: {} });
      }
      expect(isApiError(new nue.NueLoggedOutError()), `${entry}: a logged-out client sent nothing`).toBe(false);
    }
  });
});

describe('public API', () => {
  const names = exportedNames();

  for (const entry of Object.keys(OWN) as EntryPoint[]) {
    it(`${entry} exports exactly its pinned names, types included`, () => {
      expect(names[entry]).toEqual([...(WITHOUT_SHARED.has(entry) ? [] : SHARED), ...OWN[entry]].sort());
    });

    it(`${entry} exports no internals at run time, and every error class has its guard`, async () => {
      const runtime = Object.keys(await RUNTIME_MODULES[entry]()).sort();
      expect(runtime.every((name) => names[entry].includes(name))).toBe(true);
      for (const name of runtime.filter((n) => /^[A-Z]\w*Error$/.test(n))) expect(runtime).toContain(`is${name}`);
      for (const internal of ['createCoreClient', 'Redactor', 'paginate', 'parseLinkHeader', 'requireNonEmptyString', 'jobIdOf', 'DEFAULT_RETRY']) {
        expect(runtime).not.toContain(internal);
      }
    });
  }
});
