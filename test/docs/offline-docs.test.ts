// The HTML reference must open offline: every request a page makes stays on file:, data:
// or blob:, none fails, and the page renders its API's title and operations, each with its
// code samples in the right panel: the call through creditline first, curl to switch to.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDocs } from '../../scripts/html-docs/build-pages.js';
import { bundleAll } from '../../scripts/openapi/bundle-apis.js';
import { nueOperationCount } from '../nue-spec/support/bundled-spec.js';
import { chromiumAvailable, launchChromium } from '../support/browser.js';

// CI installs Chromium; on a developer machine without it this file is skipped, loudly.
const runInBrowser = chromiumAvailable || process.env.CI === 'true';
if (!runInBrowser) console.warn('offline-docs: /usr/bin/chromium is missing (apt-get install -y chromium); skipping the browser check');

describe.runIf(runInBrowser)('HTML docs offline', () => {
  let outputDir: string;
  let browser: Browser;

  beforeAll(async () => {
    outputDir = mkdtempSync(path.join(tmpdir(), 'creditline-docs-'));
    bundleAll();
    await writeDocs(outputDir);
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(outputDir, { recursive: true, force: true });
  });

  async function openOffline(file: string, hash = '') {
    const page = await browser.newPage();
    const remote: string[] = [];
    const failed: string[] = [];
    const consoleErrors: string[] = [];
    page.on('request', (request) => {
      if (!/^(file|data|blob|about):/.test(request.url())) remote.push(request.url());
    });
    page.on('requestfailed', (request) => failed.push(`${request.url()} ${request.failure()?.errorText ?? ''}`));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await page.goto(`file://${path.join(outputDir, file)}${hash}`, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    return { page, remote, failed, consoleErrors };
  }

  for (const [api, title, operation] of [
    ['xovi', 'XOVI Suite API', 'getCreditstate'],
    ['maileon', 'Maileon Partner API', 'Get List of Contingents'],
    ['nue', 'Nue API', 'Revenue Manager'],
  ] as const) {
    it(`${api}.html renders with no network request`, async () => {
      const { page, remote, failed, consoleErrors } = await openOffline(`${api}.html`);
      await expect.poll(() => page.locator('h1').first().textContent()).toContain(title);
      expect(await page.getByText(operation).count()).toBeGreaterThan(0);
      expect(remote).toEqual([]);
      expect(failed).toEqual([]);
      expect(consoleErrors).toEqual([]);
      await page.close();
    });
  }

  // An operation's address is #/<tag>/<operationId>, lower-cased.
  for (const [api, hash, typescript, curl] of [
    [
      'xovi',
      '#/user/getcreditstate',
      "const { data } = await xovi.GET('/user/getCreditstate/{key}/{format}', {",
      'curl "https://suite.xovi.net/api/user/getCreditstate/$XOVI_API_KEY/json"',
    ],
    ['maileon', '#/prepaids/listcontingents', 'const maileon = createMaileonClient({ apiKey: process.env.MAILEON_API_KEY! });', 'key=$MAILEON_API_KEY'],
    ['nue', '#/credits/getcustomercreditstats', "const { data } = await nue.GET('/customers/{customerId}/credit-stats', {", '-H "nue-api-key: $NUE_API_KEY"'],
  ] as const) {
    it(`${api}.html shows an operation's TypeScript sample, and curl`, async () => {
      const { page, remote, failed, consoleErrors } = await openOffline(`${api}.html`, hash);
      // The operation's panel, held on to: its text changes with the language.
      const shown = page.locator('.panel-request-samples').filter({ hasText: typescript });
      await expect.poll(() => shown.count(), { timeout: 15_000 }).toBe(1);
      const panel = (await shown.elementHandle())!;
      await (await panel.$('button:has-text("creditline")'))!.click();
      await page.getByRole('menuitem', { name: 'curl' }).click();
      await expect.poll(() => panel.$eval('code', (code) => code.textContent)).toContain(curl);
      expect(remote).toEqual([]);
      expect(failed).toEqual([]);
      expect(consoleErrors).toEqual([]);
      await page.close();
    });
  }

  it('index.html says what creditline is, how to install it, and links every API reference', async () => {
    const { page, remote, failed } = await openOffline('index.html');
    const links = await page.locator('a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
    expect(links).toEqual(['nue.html', 'xovi.html', 'maileon.html']);
    const text = (await page.locator('body').textContent()) ?? '';
    expect(text).toContain('Typed OpenAPI specs and clients for the Nue, XOVI and Maileon APIs');
    expect(text).toContain('npm install creditline');
    expect(text).toMatch(new RegExp(`Nue API\\s+version 1\\.0 · ${nueOperationCount} operations`));
    expect(text).toMatch(/XOVI Suite API — credits and limits\s+version 1\.0 · 6 operations/);
    expect(text).toMatch(/Maileon Partner API — prepaid settings and contingents\s+version 1\.0 · 7 operations/);
    await page.locator('a', { hasText: 'XOVI' }).click();
    await expect.poll(() => page.url()).toContain('xovi.html');
    expect(remote).toEqual([]);
    expect(failed).toEqual([]);
    await page.close();
  });
});
