// A stateful fake of the Nue API for the client tests, on the shared test server (which records
// the requests and closes at the end of the test): the auth endpoints, token expiry by a clock the
// test controls (and shares with the client), counters of logins and refreshes, job status
// endpoints that play a script, the four GraphQL endpoints, and switches that make it misbehave.
// Paths and field names follow the Nue reference.
import type { ServerResponse } from 'node:http';
import { type RecordedRequest, sendJson, sendRaw, type TestServer, useServer } from '../support/http-server.js';

export interface FakeClock {
  now(): number;
  advance(ms: number): void;
}

export function createClock(start = 1_700_000_000_000): FakeClock {
  let time = start;
  return {
    now: () => time,
    advance: (ms) => {
      time += ms;
    },
  };
}

export interface FakeTenant {
  tenantId: string;
  tenantName: string;
  tenantNumber: number;
  apiAccessKey: string;
  orgId?: string;
  orgName?: string;
}

export interface FakeUser {
  userName: string;
  password: string;
  tenants: FakeTenant[];
  /** Answer the login with this challenge instead of a token. */
  challenge?: { name: string; session: string };
}

/** What a job status endpoint answers on one poll. */
export interface ScriptedAnswer {
  status?: number;
  contentType?: string;
  /** JSON-encoded unless `raw` is set. */
  body?: unknown;
  raw?: string;
}

export interface FakeJob {
  /** One answer per poll; the last one repeats. */
  answers: ScriptedAnswer[];
  /** Runs before each poll is answered (e.g. to move the clock). */
  onPoll?: (poll: number) => void;
  polls: number;
}

export type Misbehaviour = 'html-200' | 'html-502' | 'empty-200' | 'malformed-json-200' | 'empty-500';

export interface FakeNueOptions {
  clock: FakeClock;
  users?: FakeUser[];
  /** `expiresIn` of issued tokens, in seconds (default 3600). */
  expiresIn?: number;
  /** Leave `expiresIn` out of login and refresh answers (the tokens still live `expiresIn`). */
  omitExpiresIn?: boolean;
  /** Bearer tokens accepted as they are (static-token auth), each with its tenant key. */
  staticTokens?: Array<{ token: string; apiAccessKey: string }>;
  /** Delay of login and refresh answers in ms, so that concurrent callers overlap. */
  authDelayMs?: number;
  /** Account credit pools it serves (getAccountCreditPools, paged by page and limit with pagination.total). */
  creditPools?: object[];
}

interface AccessToken {
  userName: string;
  expiresAt: number;
  revoked: boolean;
}

export const JOB_PATHS: Record<string, RegExp> = {
  import: /^\/v1\/cpq\/async\/imports\/(?!revenue-builder-data\/)([^/]+)$/,
  'revenue-builder-import': /^\/v1\/cpq\/async\/imports\/revenue-builder-data\/([^/]+)$/,
  export: /^\/v1\/cpq\/async\/exports\/([^/]+)$/,
  'change-order-in-bulk': /^\/v1\/cpq\/change-order-in-bulk\/jobs\/([^/]+)$/,
  'billing-orders-sync': /^\/v1\/billing\/orders\/sync-jobs\/([^/]+)$/,
  'billing-invoices-sync': /^\/v1\/billing\/invoices\/sync-jobs\/([^/]+)$/,
  'orders-fields-sync': /^\/v1\/orders\/fields-sync-jobs\/([^/]+)$/,
  'usage-async': /^\/v1\/usage\/async-jobs\/([^/]+)$/,
  'transaction-hub-upload': /^\/v1\/revenue\/transaction-hub\/async-job\/([^/]+)$/,
};

export const GRAPHQL_PATHS = ['/v1/async/graphql', '/v1/orders/async/graphql', '/v1/usage/async/graphql', '/v1/revenue/async/graphql'];
const ERROR_LOG_PATH = /^\/v1\/billing\/job\/([^/]+)\/error-log$/;
const CREDIT_STATS_PATH = /^\/customers\/([^/]+)\/credit-stats$/;
const CREDIT_POOLS_PATH = /^\/customers\/([^/]+)\/account-credit-pools$/;

export class FakeNue {
  readonly clock: FakeClock;
  readonly users: FakeUser[];
  expiresIn: number;
  authDelayMs: number;
  readonly staticTokens: Array<{ token: string; apiAccessKey: string }>;

  readonly counts = { logins: 0, refreshes: 0, revokes: 0, rejectedLogins: 0, rejectedRefreshes: 0, unauthorized: 0, apiRequests: 0 };
  /** Refresh answers 401 while set. */
  refreshBroken = false;
  /** Refresh answers leave `refreshToken` out while set, and the one sent stays valid (no rotation). */
  keepRefreshToken = false;
  /** The next n authenticated API requests are answered 401 whatever their token. */
  rejectNext = 0;
  /** Answer this many of the next authenticated API requests with 503 (a retryable failure after auth passed). */
  unavailableNext = 0;
  /** Answers to job status polls, by kind and job id (`kind:jobId`). */
  readonly jobs = new Map<string, FakeJob>();
  /** Billing job error logs by job id. */
  readonly errorLogs = new Map<string, string>();
  /** Answers of the GraphQL endpoints; the default echoes the request as `data`. */
  graphql: (path: string, request: { query?: string; variables?: unknown; operationName?: string }) => ScriptedAnswer = (path, request) => ({
    body: { data: { endpoint: path, ...request } },
  });
  /** Paths (exact) that answer with a broken response. */
  readonly misbehaving = new Map<string, Misbehaviour>();

  readonly #accessTokens = new Map<string, AccessToken>();
  readonly #refreshTokens = new Map<string, { userName: string; valid: boolean }>();
  #counter = 0;
  readonly #omitExpiresIn: boolean;
  readonly #creditPools: object[];
  #server!: TestServer;

  /** Starts a fake Nue that is closed when the current test finishes. */
  static async use(options: FakeNueOptions): Promise<FakeNue> {
    const fake = new FakeNue(options);
    fake.#server = await useServer((request, response) => fake.#handle(request, response));
    return fake;
  }

  private constructor(options: FakeNueOptions) {
    this.clock = options.clock;
    this.users = options.users ?? [];
    this.expiresIn = options.expiresIn ?? 3600;
    this.#omitExpiresIn = options.omitExpiresIn ?? false;
    this.authDelayMs = options.authDelayMs ?? 0;
    this.staticTokens = options.staticTokens ?? [];
    this.#creditPools = options.creditPools ?? [];
  }

  /** `http://127.0.0.1:<port>` */
  get origin(): string {
    return this.#server.origin;
  }

  /** Every request, in order. */
  get requests(): RecordedRequest[] {
    return this.#server.requests;
  }

  /** Tokens the server has issued (to check that none leaks). */
  issuedSecrets(): string[] {
    return [...this.#accessTokens.keys(), ...this.#refreshTokens.keys()];
  }

  /** Invalidates every access token at once (the server's own expiry, unknown to the client). */
  revokeAllAccessTokens(): void {
    for (const token of this.#accessTokens.values()) token.revoked = true;
  }

  isRefreshTokenValid(refreshToken: string): boolean {
    return this.#refreshTokens.get(refreshToken)?.valid ?? false;
  }

  setJob(kind: string, jobId: string, answers: ScriptedAnswer[], onPoll?: (poll: number) => void): FakeJob {
    const job: FakeJob = { answers, polls: 0, ...(onPoll ? { onPoll } : {}) };
    this.jobs.set(`${kind}:${jobId}`, job);
    return job;
  }

  requestsTo(path: string): RecordedRequest[] {
    return this.requests.filter((request) => request.path === path);
  }

  async #handle(request: RecordedRequest, res: ServerResponse): Promise<void> {
    const broken = this.misbehaving.get(request.path);
    if (broken) return misbehave(res, broken);
    if (request.method === 'POST' && request.path === '/auth/token') return this.#login(request, res);
    if (request.method === 'POST' && request.path === '/auth/refreshToken') return this.#refresh(request, res);
    if (request.method === 'POST' && request.path === '/auth/revokeToken') return this.#revoke(request, res);

    this.counts.apiRequests++;
    const denied = this.#authenticate(request);
    if (denied) {
      this.counts.unauthorized++;
      return sendJson(res, 401, { title: 'Unauthorized', message: denied, errorCode: 'UNAUTHORIZED', errorType: 'AuthenticationError' });
    }
    if (this.unavailableNext > 0) {
      this.unavailableNext--;
      return sendJson(res, 503, { title: 'Service Unavailable', message: 'try again', errorCode: 'UNAVAILABLE' });
    }

    if (request.method === 'GET' && CREDIT_POOLS_PATH.test(request.path)) {
      const page = Number(request.query.get('page') ?? '1');
      const limit = Number(request.query.get('limit') ?? '100');
      const data = this.#creditPools.slice((page - 1) * limit, page * limit);
      return sendJson(res, 200, { status: 'success', data, pagination: { total: this.#creditPools.length } });
    }
    const stats = CREDIT_STATS_PATH.exec(request.path);
    if (request.method === 'GET' && stats) {
      if (request.query.get('accountPoolIds') === '["missing"]')
        return sendJson(res, 404, { title: 'Not Found', message: 'no such pool', errorCode: 'NOT_FOUND', errorType: 'NotFound' });
      return sendJson(res, 200, { status: 'SUCCESS', data: { summary: { totalBalance: 42, consumedCredits: 8, totalGrantCredits: 50 } }, warnings: [] });
    }
    if (GRAPHQL_PATHS.includes(request.path)) {
      const body =
        request.method === 'GET'
          ? {
              query: request.query.get('query') ?? undefined,
              variables: parseJson(request.query.get('variables')),
              operationName: request.query.get('operationName') ?? undefined,
            }
          : (parseJson(request.body) as { query?: string; variables?: unknown; operationName?: string });
      return answer(res, this.graphql(request.path, body));
    }
    const log = ERROR_LOG_PATH.exec(request.path);
    if (request.method === 'GET' && log) {
      const text = this.errorLogs.get(decodeURIComponent(log[1] ?? ''));
      if (text === undefined) return sendJson(res, 404, { title: 'Not Found', message: 'no error log', errorCode: 'NOT_FOUND' });
      return sendRaw(res, 200, text, { 'content-type': 'text/csv' });
    }
    for (const [kind, pattern] of Object.entries(JOB_PATHS)) {
      const match = pattern.exec(request.path);
      if (request.method !== 'GET' || !match) continue;
      const job = this.jobs.get(`${kind}:${decodeURIComponent(match[1] ?? '')}`);
      if (!job) return sendJson(res, 404, { title: 'Not Found', message: 'Job ID not found', errorCode: 'JOB_NOT_FOUND' });
      job.polls++;
      job.onPoll?.(job.polls);
      return answer(res, job.answers[Math.min(job.polls, job.answers.length) - 1] ?? { status: 500 });
    }
    return sendJson(res, 404, { title: 'Not Found', message: `no route ${request.method} ${request.path}`, errorCode: 'NOT_FOUND' });
  }

  /** Undefined when the request may pass; else why not. */
  #authenticate(request: RecordedRequest): string | undefined {
    const authorization = header(request, 'authorization') ?? '';
    const key = header(request, 'apiaccesskey');
    if (this.rejectNext > 0) {
      this.rejectNext--;
      return `token rejected: ${authorization}`; // echoes the secret, as a careless server would
    }
    if (authorization.startsWith('Bearer ')) {
      const token = authorization.slice('Bearer '.length);
      const staticToken = this.staticTokens.find((candidate) => candidate.token === token);
      if (staticToken) return staticToken.apiAccessKey === key ? undefined : `wrong apiAccessKey ${key ?? ''}`;
      const issued = this.#accessTokens.get(token);
      if (!issued || issued.revoked) return `unknown token ${token}`;
      if (issued.expiresAt <= this.clock.now()) return `expired token ${token}`;
      return this.#keyBelongsTo(issued.userName, key) ? undefined : `wrong apiAccessKey ${key ?? ''}`;
    }
    if (authorization.startsWith('Basic ')) {
      const [userName, ...rest] = Buffer.from(authorization.slice('Basic '.length), 'base64').toString('utf8').split(':');
      const user = this.users.find((candidate) => candidate.userName === userName);
      if (!user || user.password !== rest.join(':')) return `bad basic credentials ${authorization}`;
      return this.#keyBelongsTo(user.userName, key) ? undefined : `wrong apiAccessKey ${key ?? ''}`;
    }
    return 'no credentials';
  }

  #keyBelongsTo(userName: string, key: string | undefined): boolean {
    return this.users.find((user) => user.userName === userName)?.tenants.some((tenant) => tenant.apiAccessKey === key) ?? false;
  }

  async #login(request: RecordedRequest, res: ServerResponse): Promise<void> {
    await delay(this.authDelayMs);
    const body = parseJson(request.body) as { userName?: string; password?: string; showTenants?: boolean } | undefined;
    const user = this.users.find((candidate) => candidate.userName === body?.userName);
    if (!user || user.password !== body?.password) {
      this.counts.rejectedLogins++;
      return sendJson(res, 401, {
        title: 'Unauthorized',
        message: `Bad credentials for ${body?.userName ?? '?'} with password ${body?.password ?? '?'}`,
        errorCode: 'BAD_CREDENTIALS',
      });
    }
    this.counts.logins++;
    if (user.challenge) return sendJson(res, 200, { challenge: user.challenge });
    const tenants = body?.showTenants ? user.tenants : user.tenants.slice(0, 1);
    return sendJson(res, 200, { ...this.#issue(user.userName), tenants });
  }

  async #refresh(request: RecordedRequest, res: ServerResponse): Promise<void> {
    await delay(this.authDelayMs);
    const body = parseJson(request.body) as { refreshToken?: string; userName?: string } | undefined;
    const known = this.#refreshTokens.get(body?.refreshToken ?? '');
    if (this.refreshBroken || !known?.valid || known.userName !== body?.userName || !this.#keyBelongsTo(known.userName, header(request, 'apiaccesskey'))) {
      this.counts.rejectedRefreshes++;
      return sendJson(res, 401, { title: 'Unauthorized', message: `refresh token ${body?.refreshToken ?? ''} rejected`, errorCode: 'BAD_REFRESH_TOKEN' });
    }
    this.counts.refreshes++;
    if (this.keepRefreshToken) {
      const { refreshToken: unsent, ...answer } = this.#issue(known.userName);
      this.#refreshTokens.delete(unsent);
      return sendJson(res, 200, answer);
    }
    known.valid = false; // refresh tokens rotate
    return sendJson(res, 200, this.#issue(known.userName));
  }

  #revoke(request: RecordedRequest, res: ServerResponse): void {
    const body = parseJson(request.body) as { token?: string; userName?: string } | undefined;
    const known = this.#refreshTokens.get(body?.token ?? '');
    if (!known || known.userName !== body?.userName)
      return sendJson(res, 400, { title: 'Bad Request', message: 'unknown refresh token', errorCode: 'BAD_TOKEN' });
    known.valid = false;
    this.counts.revokes++;
    sendRaw(res, 200, 'Token revoked', { 'content-type': 'text/plain' });
  }

  #issue(userName: string): { token: string; refreshToken: string; expiresIn?: number } {
    const n = ++this.#counter;
    const token = `jwt-${n}-${Math.random().toString(36).slice(2, 12)}`;
    const refreshToken = `refresh-${n}-${Math.random().toString(36).slice(2, 12)}`;
    this.#accessTokens.set(token, { userName, expiresAt: this.clock.now() + this.expiresIn * 1000, revoked: false });
    this.#refreshTokens.set(refreshToken, { userName, valid: true });
    return { token, refreshToken, ...(this.#omitExpiresIn ? {} : { expiresIn: this.expiresIn }) };
  }
}

function header(request: RecordedRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function parseJson(text: string | null): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function answer(res: ServerResponse, scripted: ScriptedAnswer): void {
  const status = scripted.status ?? 200;
  if (scripted.raw !== undefined) return sendRaw(res, status, scripted.raw, { 'content-type': scripted.contentType ?? 'text/plain' });
  if (scripted.body === undefined) return sendRaw(res, status);
  return sendJson(res, status, scripted.body, scripted.contentType ? { 'content-type': scripted.contentType } : {});
}

function misbehave(res: ServerResponse, how: Misbehaviour): void {
  const html = '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>';
  switch (how) {
    case 'html-200':
      return sendRaw(res, 200, html, { 'content-type': 'text/html' });
    case 'html-502':
      return sendRaw(res, 502, html, { 'content-type': 'text/html' });
    case 'empty-200':
      return sendRaw(res, 200, undefined, { 'content-type': 'application/json' });
    case 'malformed-json-200':
      return sendRaw(res, 200, '{"token": "half', { 'content-type': 'application/json' });
    case 'empty-500':
      return sendRaw(res, 500);
  }
}

function delay(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
