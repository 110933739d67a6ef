// The installed package behaves the same on every runtime the README names: one scenario
// (scenario.mjs) on Node with only web globals, Bun, Deno and workerd, against servers on
// 127.0.0.1 started here (scenario-servers.ts). Each vendor's first call, Maileon's second page by
// its Link header, a 500 that echoes the key (typed, the key masked), an abort, an attempt
// timeout, a refused connection and a body cut off mid-way (each a typed NetworkError, the GET
// retried once). Node 20/22/24 come from CI running `npm test` on each. A runtime that is not
// installed is skipped here, loudly; in CI (CI=true) its test fails instead.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageOf } from '../maileon/fake-maileon.js';
import { type InstalledProjects, installByName } from '../package/support/install-by-name.js';
import { INSTALL_HINT, RUNTIMES } from './runtimes.js';
import { SCENARIO_KEYS, useScenarioServers } from './scenario-servers.js';

let work: string;
let installed: InstalledProjects | undefined;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'creditline-runtimes-'));
  installed = await installByName(work, { scenario: [] });
}, 240_000);

afterAll(async () => {
  await installed?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the same scenario on every runtime', () => {
  for (const runtime of RUNTIMES) {
    const location = runtime.variable ? process.env[runtime.variable] : process.execPath;
    const skip = !location && process.env.CI !== 'true';
    if (skip)
      console.warn(`${runtime.name} is not installed (${runtime.variable} is not set): its run of the scenario is skipped. To install it: ${INSTALL_HINT}`);

    it.skipIf(skip)(
      `${runtime.name}: first calls, paging, masked 500, abort, timeout, refused and cut-off connections typed and retried`,
      { timeout: 90_000 },
      async () => {
        if (!location) throw new Error(`${runtime.variable} is not set: CI runs the scenario on ${runtime.name}; .ci/run installs it (${INSTALL_HINT})`);
        const servers = await useScenarioServers();
        const report = (await runtime.run(location, installed!.project('scenario'), servers.config)) as Record<string, unknown>;

        /** The step ended in the typed error `name`; the label says what it ended in, so a raw error shows its message. */
        const expectTyped = (step: string, label: string, name: string, more: object = {}) => {
          const { error } = (report[step] ?? {}) as { error?: { name?: string; message?: string } };
          const endedIn = error ? `${error.name}: ${error.message}` : 'no error';
          expect.soft(report[step], `${label}, ended in ${endedIn}`).toMatchObject({ error: { name, typed: true, ...more } });
        };
        expect.soft(report.xoviCreditsLeft, 'XOVI getCreditState').toEqual({ value: 5280 });
        expect.soft(report.maileonPages, 'Maileon listContingents, page by page').toEqual({ value: [[1, 2], [3]] });
        expect.soft(servers.maileon.requests.map(pageOf), 'Maileon pages asked for').toEqual([1, 2]);
        expect.soft(report.nuePools, 'Nue listAccountCreditPools with an API key').toEqual({ value: ['pool-1', 'pool-2'] });
        expect.soft(report.nueStats, 'Nue credit-stats').toEqual({ value: 999 });
        expectTyped('echoed500', 'a 500 echoing the key', 'NueApiError', { status: 500, message: expect.stringContaining('invalid api key ***') });
        expectTyped('aborted', 'the caller aborts', 'AbortError');
        expectTyped('timedOut', 'no answer within timeout.attemptMs', 'TimeoutError', { kind: 'attempt' });
        expectTyped('refused', 'a refused connection', 'NetworkError');
        expect.soft(report.refusedLog, 'the refused GET, retried once').toMatchObject([{ level: 'debug', method: 'GET', attempt: 1 }]);
        expectTyped('cutOff', 'a body cut off mid-way', 'NetworkError');
        expect.soft(servers.cutOff.requests, 'the cut-off GET, sent twice').toHaveLength(2);
        // Values, messages, String(error), stacks, JSON and log lines: no key anywhere.
        expect.soft(SCENARIO_KEYS.filter((key) => JSON.stringify(report).includes(key))).toEqual([]);
        if (runtime.withoutNodeGlobals)
          expect.soft(report.nodeGlobals, 'Node-only globals are missing there').toEqual({ Buffer: 'undefined', process: 'undefined' });
      },
    );
  }
});
