// The one scenario every runtime runs against the installed package (see
// same-behaviour-on-every-runtime.test.ts): web-standard APIs and the package only, so this file
// runs unchanged on Node, Bun, Deno and workerd. No step throws: each becomes `{ value }` or
// `{ error }` in a JSON-able report, so when a runtime differs the test shows what it did instead.
import { isCreditlineError } from 'creditline';
import { createMaileonClient } from 'creditline/maileon';
import { createNueClient } from 'creditline/nue';
import { createXoviClient } from 'creditline/xovi';

/** One retry, at once: the runs should show that a call is retried, not wait for it. */
const ONE_QUICK_RETRY = { retries: 1, baseDelayMs: 1, maxDelayMs: 5 };

/**
 * @param {{ keys: { xovi: string, maileon: string, nue: string }, customerId: string,
 *   origins: Record<'xovi' | 'maileon' | 'nue' | 'echo' | 'hanging' | 'refused' | 'cutOff', string> }} config
 */
export async function run({ keys, customerId, origins }) {
  const xovi = (origin, options) => createXoviClient({ apiKey: keys.xovi, baseUrl: `${origin}/api`, ...options });
  const maileon = (origin, options) => createMaileonClient({ apiKey: keys.maileon, baseUrl: origin, ...options });
  const nue = (origin, options) => createNueClient({ auth: { apiKey: keys.nue }, baseUrl: origin, ...options });
  const stats = (client) => client.GET('/customers/{customerId}/credit-stats', { params: { path: { customerId }, query: { accountPoolIds: ['pool-1'] } } });
  const report = { nodeGlobals: { Buffer: typeof globalThis.Buffer, process: typeof globalThis.process } };

  report.xoviCreditsLeft = await outcome(async () => (await xovi(origins.xovi).getCreditState()).creditsleft);
  report.maileonPages = await outcome(async () => {
    const pages = [];
    for await (const page of maileon(origins.maileon).listContingents({ nlAccountId: 1 }).pages()) pages.push(page.items.map((item) => item.id));
    return pages;
  });
  report.nuePools = await outcome(async () => (await nue(origins.nue).listAccountCreditPools({ customerId }).toArray({ max: 100 })).map((pool) => pool.id));
  report.nueStats = await outcome(async () => (await stats(nue(origins.nue))).data.data.accountCreditPoolStats['pool-1'].totalBalance);
  report.echoed500 = await outcome(() =>
    nue(origins.echo, { retry: { retries: 0 } })
      .listAccountCreditPools({ customerId })
      .toArray({ max: 100 }),
  );
  report.aborted = await outcome(() => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    return xovi(origins.hanging).getCreditState({ signal: controller.signal });
  });
  report.timedOut = await outcome(() =>
    maileon(origins.hanging, { timeout: { attemptMs: 100 }, retry: { retries: 0 } })
      .listContingents({ nlAccountId: 1 })
      .toArray({ max: 100 }),
  );
  const refusedLog = [];
  report.refused = await outcome(() => xovi(origins.refused, { retry: ONE_QUICK_RETRY, log: (entry) => refusedLog.push(entry) }).getCreditState());
  report.refusedLog = refusedLog.map(({ level, method, url, attempt }) => ({ level, method, url, attempt }));
  report.cutOff = await outcome(() => stats(nue(origins.cutOff, { retry: ONE_QUICK_RETRY })));
  return report;
}

async function outcome(step) {
  try {
    return { value: await step() };
  } catch (error) {
    return { error: described(error) };
  }
}

/** What the test checks of an error, and every way a user could print it (secrets must be masked in each). */
function described(error) {
  return {
    name: error?.name,
    typed: isCreditlineError(error),
    message: String(error?.message),
    ...(error?.status === undefined ? {} : { status: error.status }),
    ...(error?.kind === undefined ? {} : { kind: error.kind }),
    shown: [String(error), String(error?.stack), JSON.stringify(error)],
  };
}
