// The package as a user meets it: packed from this work tree (support/packed-package.ts),
// published to a registry on 127.0.0.1 that has nothing else (support/local-registry.ts), with
// the tarballs of its runtime dependencies, and installed by name into fresh projects: a
// TypeScript one with NodeNext resolution and Node's types, one with Bundler resolution and the
// DOM's, a plain Node ESM one, and a browser app bundled by esbuild. publint and attw (ESM-only
// profile) read the tarball. Last, the installed entry points run in a Node that has only the web
// platform's globals and no built-in modules (support/web-only-node.ts).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { formatMessage } from 'publint/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/repo-root.js';
import { contingentPages, MAILEON_KEY, useFakeMaileon } from '../maileon/fake-maileon.js';
import { CUSTOMER, NUE_API_KEY, pool, useFakeNueCredits } from '../nue-client/fake-nue-credits.js';
import { refusedOrigin } from '../support/http-server.js';
import { useFakeXovi, XOVI_KEY } from '../xovi/fake-xovi.js';
import { BROWSER_APP, codeEntryPoints, ENTRY_FACTORIES, nodeConsumer, SPEC_APIS, TYPED_CONSUMER, typedConsumerConfig } from './support/consumers.js';
import { type InstalledProjects, installByName } from './support/install-by-name.js';
import { manifest } from './support/packed-package.js';
import { NODE_ONLY_GLOBALS, runWebOnly } from './support/web-only-node.js';

const run = promisify(execFile);
const bin = (name: string) => path.join(repoRoot, 'node_modules', '.bin', name);
const PROJECTS = ['nodenext', 'bundler', 'node-esm', 'browser'] as const;
type Project = (typeof PROJECTS)[number];

let work: string;
let setup: InstalledProjects | undefined;
const project = (name: Project) => path.join(work, name);

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'creditline-installed-'));
  setup = await installByName(work, Object.fromEntries(PROJECTS.map((name) => [name, name === 'nodenext' ? ['@types/node'] : []])));
}, 240_000);

afterAll(async () => {
  await setup?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('holds the compiled code, its types, the bundled specs and the docs; no source maps, no TypeScript sources, nothing `files` leaves out', () => {
    const files = setup!.packed.files;
    for (const file of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'guides/clients.md', 'dist/src/index.js', 'dist/src/index.d.ts'])
      expect(files).toContain(file);
    for (const api of SPEC_APIS) expect(files).toEqual(expect.arrayContaining([`dist/openapi/${api}.json`, `dist/openapi/${api}.yaml`]));
    const named = (file: string) => manifest.files.some((entry) => file === entry || file.startsWith(`${entry}/`));
    expect(files.filter((file) => !named(file) && !['package.json', 'README.md', 'LICENSE'].includes(file))).toEqual([]);
    expect(files.filter((file) => file.endsWith('.map') || (file.endsWith('.ts') && !file.endsWith('.d.ts')))).toEqual([]);
    expect(files.filter((file) => /^dist\/(src|generated)\//.test(file) && !/\.(js|d\.ts)$/.test(file))).toEqual([]);
  });

  it('has no source map references left in its code or types', () => {
    const installed = path.join(project('node-esm'), 'node_modules', manifest.name);
    const mapped = setup!.packed.files.filter(
      (file) => /\.(js|d\.ts)$/.test(file) && readFileSync(path.join(installed, file), 'utf8').includes('sourceMappingURL'),
    );
    expect(mapped).toEqual([]);
  });

  it('passes publint (strict: warnings count)', async () => {
    const { publint } = await import('publint');
    const tarball = readFileSync(setup!.packed.tarball);
    const { messages, pkg } = await publint({
      pack: { tarball: tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.byteLength) },
      strict: true,
    });
    expect(messages.map((message) => `${message.type}: ${formatMessage(message, pkg) ?? message.code}`)).toEqual([]);
  });

  it('has types that resolve for every entry point (attw, ESM-only profile)', async () => {
    // By its name, with this repository's binaries first on PATH; no @types lookup (that would need the npm registry).
    const env = { ...process.env, PATH: `${path.join(repoRoot, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH ?? ''}` };
    const args = [setup!.packed.tarball, '--profile', 'esm-only', '--no-definitely-typed', '--format', 'ascii', '--no-color', '--no-emoji'];
    const problems = await new Promise<string>((resolve) =>
      execFile('attw', args, { env, encoding: 'utf8' }, (error, stdout, stderr) => resolve(error ? `${stdout}${stderr}` : '')),
    );
    expect(problems).toBe('');
  });
});

describe('installed by name from a registry', () => {
  it('comes with its dependencies from that registry alone', () => {
    for (const name of PROJECTS) {
      const lock = JSON.parse(readFileSync(path.join(project(name), 'package-lock.json'), 'utf8')) as {
        packages: Record<string, { version?: string; resolved?: string }>;
      };
      const installed = Object.entries(lock.packages).filter(([folder]) => folder !== '');
      expect(lock.packages[`node_modules/${manifest.name}`]?.version).toBe(manifest.version);
      expect(installed.filter(([, entry]) => !entry.resolved?.startsWith(setup!.registry.url))).toEqual([]);
    }
  });

  it('NodeNext with Node types: a TypeScript consumer compiles, and wrong calls do not', async () => {
    await typeCheck('nodenext', 'NodeNext');
  });

  it('Bundler resolution with the DOM types and no Node types: the same consumer compiles', async () => {
    await typeCheck('bundler', 'Bundler');
  });

  it('plain Node ESM: every entry point, each spec as a JSON module and a YAML file, the manifest', async () => {
    const entries = codeEntryPoints(manifest.name, manifest.exports);
    writeFileSync(path.join(project('node-esm'), 'consumer.mjs'), nodeConsumer(entries));
    const { stdout } = await run(process.execPath, ['consumer.mjs'], { cwd: project('node-esm'), encoding: 'utf8' });
    const out = JSON.parse(stdout) as {
      version: string;
      specs: Record<string, { openapi: string; title: string; paths: number }>;
      yaml: Record<string, string>;
      entries: Record<string, Record<string, string>>;
    };
    expect(out.version).toBe(manifest.version);
    for (const api of SPEC_APIS) {
      expect(out.specs[api]?.openapi).toMatch(/^3\.1\./);
      expect(out.specs[api]?.paths).toBeGreaterThan(0);
      expect(out.yaml[api]).toMatch(/^openapi: 3\.1\./);
    }
    expect(Object.keys(out.entries)).toEqual(entries);
    for (const entry of entries) expect(Object.keys(out.entries[entry] ?? {}).length, entry).toBeGreaterThan(0);
    for (const [entry, factory] of Object.entries(ENTRY_FACTORIES)) expect(out.entries[entry]?.[factory], entry).toBe('function');
  });

  it('npx creditline credits --sandbox prints all three vendors from the installed package, offline', async () => {
    const { stdout } = await run('npx', ['--no-install', 'creditline', 'credits', '--sandbox'], {
      cwd: project('node-esm'),
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: work, NO_COLOR: '1' },
    });
    for (const vendor of ['nue', 'xovi', 'maileon']) expect(stdout).toMatch(new RegExp(`^${vendor} `, 'm'));
    expect(stdout).toContain('no vendor was asked');
  });

  it('browser: esbuild bundles every entry point for the browser (a Node built-in anywhere would fail it)', async () => {
    const { build } = await import('esbuild');
    writeFileSync(path.join(project('browser'), 'app.js'), BROWSER_APP);
    const result = await build({
      entryPoints: ['app.js'],
      absWorkingDir: project('browser'),
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    });
    expect(result.errors).toEqual([]);
    const code = result.outputFiles[0]!.text;
    expect(code).toContain('api.nue.io');
    expect(code).not.toMatch(/\bnode:/);
  });
});

describe('the installed entry points in a Node with only web globals', () => {
  it('each factory, a helper of each vendor and readCreditBalances work against servers on 127.0.0.1', async () => {
    const xovi = await useFakeXovi();
    const maileon = await useFakeMaileon({ pages: contingentPages(3, 2) });
    const nue = await useFakeNueCredits({ pools: [1, 2].map(pool) });
    const refused = await refusedOrigin();
    writeFileSync(
      path.join(project('node-esm'), 'web-only.mjs'),
      `
const { readCreditBalances, isNetworkError } = await import('creditline');
const { createNueClient } = await import('creditline/nue');
const { createXoviClient } = await import('creditline/xovi');
const { createMaileonClient } = await import('creditline/maileon');
const out = { globals: {} };
for (const name of ${JSON.stringify(NODE_ONLY_GLOBALS)}) out.globals[name] = typeof globalThis[name];
const xovi = createXoviClient({ apiKey: ${JSON.stringify(XOVI_KEY)}, baseUrl: ${JSON.stringify(`${xovi.origin}/api`)} });
const maileon = createMaileonClient({ apiKey: ${JSON.stringify(MAILEON_KEY)}, baseUrl: ${JSON.stringify(maileon.origin)} });
const nue = createNueClient({ auth: { apiKey: ${JSON.stringify(NUE_API_KEY)} }, baseUrl: ${JSON.stringify(nue.origin)} });
out.xovi = (await xovi.getCreditState()).creditsleft;
out.maileon = (await maileon.listContingents({ nlAccountId: 1 }).toArray({ max: 100 })).length;
out.nuePools = (await nue.listAccountCreditPools({ customerId: ${JSON.stringify(CUSTOMER)} }).toArray({ max: 100 })).map((p) => p.id);
const { data } = await nue.GET('/customers/{customerId}/credit-stats', { params: { path: { customerId: ${JSON.stringify(CUSTOMER)} }, query: { accountPoolIds: ['pool-1'] } } });
out.nueStats = data.data.accountCreditPoolStats['pool-1'].totalBalance;
const report = await readCreditBalances({ xovi: { client: xovi }, maileon: { client: maileon, nlAccountId: 1 }, nue: { client: nue, customerId: ${JSON.stringify(CUSTOMER)} } });
out.balances = report.balances.length;
out.failures = report.failures.map((f) => String(f.error));
try {
  await createXoviClient({ apiKey: 'k', baseUrl: ${JSON.stringify(refused)}, retry: { retries: 1, baseDelayMs: 1 }, timeout: { attemptMs: 5000, totalMs: 10000 } }).getCreditState();
} catch (error) {
  out.refused = isNetworkError(error);
}
console.log(JSON.stringify(out));
`,
    );
    const result = await runWebOnly(project('node-esm'), 'web-only.mjs');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      globals: Object.fromEntries(NODE_ONLY_GLOBALS.map((name) => [name, 'undefined'])),
      xovi: 5280,
      maileon: 3,
      nuePools: ['pool-1', 'pool-2'],
      nueStats: 999,
      balances: 2 + 3 + 2, // XOVI's credits and keyword quota, 3 contingents, 2 pools
      failures: [],
      refused: true,
    });
  });

  it('is a real check: Buffer, process, a Node built-in and unref() each fail there, each for its reason', async () => {
    const attempts: Record<string, [code: string, failure: RegExp]> = {
      buffer: ["Buffer.from('x');", /Cannot read properties of undefined \(reading 'from'\)/],
      process: ['process.env.HOME;', /Cannot read properties of undefined \(reading 'env'\)/],
      builtin: ["await import('node:fs');", /web-only run: node:fs is a Node built-in/],
      bareBuiltin: ["await import('fs');", /web-only run: fs is a Node built-in/],
      unref: ['setTimeout(() => {}, 1).unref();', /unref is not a function/],
    };
    for (const [name, [code, failure]] of Object.entries(attempts)) {
      writeFileSync(path.join(project('node-esm'), `attempt-${name}.mjs`), code);
      const result = await runWebOnly(project('node-esm'), `attempt-${name}.mjs`);
      expect(result.code, name).not.toBe(0);
      expect(result.stderr, name).toMatch(failure);
    }
  });
});

async function typeCheck(name: Project, resolution: 'NodeNext' | 'Bundler'): Promise<void> {
  writeFileSync(path.join(project(name), 'consumer.ts'), TYPED_CONSUMER);
  writeFileSync(path.join(project(name), 'tsconfig.json'), typedConsumerConfig(resolution));
  const result = await run(bin('tsc'), ['-p', project(name), '--pretty', 'false'], { cwd: project(name), encoding: 'utf8' }).catch(
    (error: { stdout: string }) => ({ stdout: error.stdout }),
  );
  expect(result.stdout).toBe('');
}
