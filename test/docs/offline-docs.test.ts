// The docs must open offline: every request a page makes stays on file:, data: or blob:, none
// fails, and the console stays clean. The HTTP API pages render their API's title and operations,
// each with its code samples in the right panel (the call through creditline first, curl to switch
// to); the guides render with links that lead to pages of the docs (other guides, their headings,
// the references); the TypeScript reference (TypeDoc) renders every entry point; and the index links
// them all.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDocs } from '../../scripts/html-docs/build-pages.js';
import { guideFiles } from '../../scripts/html-docs/guides.js';
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

  /** The links of a page that stay in the docs, as files of the docs folder with their anchors. */
  async function localLinks(page: Page): Promise<Array<{ file: string; anchor: string }>> {
    const hrefs = await page.locator('a[href]').evaluateAll((anchors) => anchors.map((a) => (a as unknown as { href: string }).href));
    return hrefs
      .filter((href) => href.startsWith('file:'))
      .map((href) => {
        const url = new URL(href);
        return { file: fileURLToPath(url), anchor: decodeURIComponent(url.hash.slice(1)) };
      });
  }

  /** The links of a page that lead nowhere: to a file the docs do not have, or to an id its page does not have. */
  async function brokenLinks(page: Page): Promise<string[]> {
    const broken: string[] = [];
    for (const { file, anchor } of await localLinks(page)) {
      const shown = `${path.relative(outputDir, file)}${anchor ? `#${anchor}` : ''}`;
      if (!file.startsWith(`${outputDir}${path.sep}`) || !existsSync(file)) broken.push(shown);
      else if (anchor && !(await idsOf(file)).has(anchor)) broken.push(shown);
    }
    return broken;
  }

  const ids = new Map<string, Set<string>>();
  /** The element ids of a page, as Chromium renders it. */
  async function idsOf(file: string): Promise<Set<string>> {
    const known = ids.get(file);
    if (known) return known;
    const page = await browser.newPage();
    await page.goto(`file://${file}`, { waitUntil: 'load' });
    const found = new Set(await page.locator('[id]').evaluateAll((elements) => elements.map((element) => element.id)));
    await page.close();
    ids.set(file, found);
    return found;
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

  it('index.html says what creditline is, how to install it, and links every guide and reference', async () => {
    const { page, remote, failed, consoleErrors } = await openOffline('index.html');
    const links = await page.locator('a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
    const guides = guideFiles().map((file) => `guides/${path.basename(file, '.md')}.html`);
    expect(guides).toContain('guides/clients.html');
    expect(links).toEqual([...guides, 'api/index.html', 'nue.html', 'xovi.html', 'maileon.html']);
    expect(await brokenLinks(page)).toEqual([]);
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
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('every guide renders from its markdown, and every link on it leads to a page and heading of the docs', async () => {
    const pages = readdirSync(path.join(outputDir, 'guides')).sort();
    expect(pages).toEqual(
      guideFiles()
        .map((file) => `${path.basename(file, '.md')}.html`)
        .sort(),
    );
    for (const file of pages) {
      const { page, remote, failed, consoleErrors } = await openOffline(`guides/${file}`);
      expect(await page.locator('main h1').count(), file).toBe(1);
      const links = await localLinks(page);
      // Every guide reaches the index and the TypeScript reference from its navigation.
      expect(links.map((link) => path.relative(outputDir, link.file))).toEqual(expect.arrayContaining(['index.html', path.join('api', 'index.html')]));
      expect(await brokenLinks(page), file).toEqual([]);
      expect(remote, file).toEqual([]);
      expect(failed, file).toEqual([]);
      expect(consoleErrors, file).toEqual([]);
      await page.close();
    }
  }, 120_000);

  it("a guide's links to other guides and their headings take the reader there", async () => {
    const { page } = await openOffline('guides/clients.html');
    const html = await page.content();
    expect(html).toContain('href="credentials.html#masking"');
    expect(html).toContain('href="../api/index.html"');
    await page.locator('main a[href="paging.html"]').first().click();
    await expect.poll(() => page.url()).toMatch(/guides\/paging\.html$/);
    expect(await page.locator('main h1').textContent()).toBe('Paging');
    await page.close();
  });

  it('the TypeScript reference renders every entry point, its factories and its errors, offline, with links that lead somewhere', async () => {
    for (const [file, heading] of [
      ['api/index.html', 'creditline'],
      ['api/modules/creditline.html', 'Module creditline'],
      ['api/modules/creditline_nue.html', 'Module creditline/nue'],
      ['api/modules/creditline_xovi.html', 'Module creditline/xovi'],
      ['api/modules/creditline_maileon.html', 'Module creditline/maileon'],
      ['api/modules/creditline_validate.html', 'Module creditline/validate'],
      ['api/modules/creditline_sandbox.html', 'Module creditline/sandbox'],
      ['api/functions/creditline_nue.createNueClient.html', 'Function createNueClient'],
      ['api/classes/creditline.ApiError.html', 'Class ApiError'],
      ['api/interfaces/creditline.CommonClientOptions.html', 'Interface CommonClientOptions'],
    ] as const) {
      const { page, remote, failed, consoleErrors } = await openOffline(file);
      expect(await page.locator('h1').first().textContent(), file).toContain(heading);
      const backToIndex = await page
        .locator('a', { hasText: 'Docs index' })
        .first()
        .evaluate((a) => (a as unknown as { href: string }).href);
      expect(fileURLToPath(backToIndex), file).toBe(path.join(outputDir, 'index.html'));
      expect(await brokenLinks(page), file).toEqual([]);
      expect(remote, file).toEqual([]);
      expect(failed, file).toEqual([]);
      expect(consoleErrors, file).toEqual([]);
      await page.close();
    }
    // Every error of the guide's table has its page, with the doc comment of its source.
    const { page } = await openOffline('api/classes/creditline_nue.NueAuthError.html');
    const text = (await page.locator('body').textContent()) ?? '';
    expect(text).toContain('Nue did not accept the credentials');
    expect(text).toContain('requestId');
    await page.close();
  }, 120_000);
});
