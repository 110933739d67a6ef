// After `compile`: the package as a user installs it. Packs the tarball npm would publish,
// unpacks it into a throw-away project's node_modules (its dependencies linked from this
// repository's, so no network is needed), then
//   - type-checks a consumer that imports every entry point and relies on the generated types
//     (a wrong parameter must be an error, an answer's field must have the spec's type), and
//   - imports every entry point with plain Node, outside this repository.
// Catches what a green build in the work tree hides: files missing from "files", .d.ts files
// that point at sources which are not shipped, exports that resolve only through tsconfig paths,
// an entry point without its factory.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from './openapi/redocly-apis.js';

const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
  name: string;
  dependencies?: Record<string, string>;
  exports: Record<string, unknown>;
};
/** The function each entry point must export. */
const factories: Record<string, string> = {
  '.': 'readCreditBalances',
  './nue': 'createNueClient',
  './xovi': 'createXoviClient',
  './maileon': 'createMaileonClient',
};
const project = mkdtempSync(path.join(tmpdir(), 'creditline-consumer-'));

const consumer = `
import { readCreditBalances, isApiError } from 'creditline';
import { createMaileonClient } from 'creditline/maileon';
import { createNueClient, type NueComponents } from 'creditline/nue';
import { createXoviClient } from 'creditline/xovi';

export async function typed(): Promise<void> {
  const nue = createNueClient({ auth: { apiKey: 'k' } });
  const { data } = await nue.GET('/customers/{customerId}/credit-stats', { params: { path: { customerId: 'c' }, query: { accountPoolIds: ['p'] } } });
  const balance: number | undefined = data?.data?.summary?.totalBalance;
  // @ts-expect-error the spec says customerId is a string
  await nue.GET('/customers/{customerId}/credit-stats', { params: { path: { customerId: 1 }, query: { accountPoolIds: ['p'] } } });
  for await (const pool of nue.listAccountCreditPools({ customerId: 'c' })) void pool.balance;
  // @ts-expect-error no such path in the spec
  await nue.GET('/v1/no-such-path');
  const order: NueComponents['schemas']['ErrorMessage'] = { message: 'x' };
  const state = await createXoviClient({ apiKey: 'k' }).getCreditState();
  const left: number | undefined = state.creditsleft;
  for await (const contingent of createMaileonClient({ apiKey: 'k' }).listContingents({ nlAccountId: 1 })) void contingent;
  void [balance, order, left, readCreditBalances, isApiError];
}
`;

try {
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', project], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }),
  ) as Array<{ filename: string; files: unknown[] }>;
  const tarball = path.join(project, packed[0]!.filename);
  const installed = path.join(project, 'node_modules', 'creditline');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
  for (const dependency of [...Object.keys(manifest.dependencies ?? {}), '@types/node']) {
    const target = path.join(project, 'node_modules', dependency);
    mkdirSync(path.dirname(target), { recursive: true });
    symlinkSync(path.join(repoRoot, 'node_modules', dependency), target, 'dir');
  }

  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  writeFileSync(path.join(project, 'consumer.ts'), consumer);
  writeFileSync(
    path.join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, types: ['node'] },
      files: ['consumer.ts'],
    }),
  );
  execFileSync(path.join(repoRoot, 'node_modules', '.bin', 'tsc'), ['-p', project], { cwd: project, stdio: 'inherit' });

  const expected = Object.keys(manifest.exports).map(
    (subpath) => [subpath === '.' ? manifest.name : `${manifest.name}/${subpath.slice(2)}`, factories[subpath] ?? ''] as const,
  );
  const entries = expected.map(([entry]) => entry);
  const runtime = `for (const [entry, factory] of ${JSON.stringify(expected)}) {
    const m = await import(entry);
    if (factory && typeof m[factory] !== 'function') throw new Error(entry + ' does not export the function ' + factory);
  }`;
  execFileSync(process.execPath, ['--input-type=module', '-e', runtime], { cwd: project, stdio: 'inherit' });
  console.log(`package: ${packed[0]!.files.length} files in ${packed[0]!.filename}; a consumer type-checks against it and Node imports ${entries.join(', ')}`);
} finally {
  rmSync(project, { recursive: true, force: true });
}
