// The fresh projects that install the package by name: their manifests and sources. Kept as
// text, since they import `creditline` as users do and only make sense inside such a project.

/** The function an entry point must export at run time, where the tests know it. */
export const ENTRY_FACTORIES: Record<string, string> = {
  creditline: 'readCreditBalances',
  'creditline/nue': 'createNueClient',
  'creditline/xovi': 'createXoviClient',
  'creditline/maileon': 'createMaileonClient',
};

/** The code entry points of a manifest's `exports`, by import name (not the spec files, not package.json). */
export function codeEntryPoints(name: string, exports: Record<string, unknown>): string[] {
  return Object.keys(exports)
    .filter((subpath) => !subpath.includes('*') && !/\.\w+$/.test(subpath))
    .map((subpath) => (subpath === '.' ? name : `${name}/${subpath.slice(2)}`));
}

export const SPEC_APIS = ['nue', 'xovi', 'maileon'] as const;

/**
 * A TypeScript user: every entry point, the generated types at work (a wrong parameter or path
 * must not compile, an answer's field has the spec's type) and a bundled spec imported as JSON.
 */
export const TYPED_CONSUMER = `
import { isApiError, readCreditBalances } from 'creditline';
import { createMaileonClient } from 'creditline/maileon';
import { createNueClient, type NueComponents } from 'creditline/nue';
import { createXoviClient } from 'creditline/xovi';
import xoviSpec from 'creditline/openapi/xovi.json' with { type: 'json' };

export async function typed(): Promise<void> {
  const nue = createNueClient({ auth: { apiKey: 'k' } });
  const { data } = await nue.GET('/customers/{customerId}/credit-stats', { params: { path: { customerId: 'c' }, query: { accountPoolIds: ['p'] } } });
  const balance: number | undefined = data?.data?.summary?.totalBalance;
  // @ts-expect-error the spec says customerId is a string
  await nue.GET('/customers/{customerId}/credit-stats', { params: { path: { customerId: 1 }, query: { accountPoolIds: ['p'] } } });
  for await (const pool of nue.listAccountCreditPools({ customerId: 'c' })) void pool.balance;
  // @ts-expect-error no such path in the spec
  await nue.GET('/v1/no-such-path');
  const message: NueComponents['schemas']['ErrorMessage'] = { message: 'x' };
  const state = await createXoviClient({ apiKey: 'k' }).getCreditState();
  const left: number | undefined = state.creditsleft;
  for await (const contingent of createMaileonClient({ apiKey: 'k' }).listContingents({ nlAccountId: 1 })) void contingent;
  const specVersion: string = xoviSpec.openapi;
  void [balance, message, left, readCreditBalances, isApiError, specVersion];
}
`;

/** tsconfig of the TypeScript consumers: Node's resolution with Node's types, or a bundler's with the DOM's. */
export function typedConsumerConfig(resolution: 'NodeNext' | 'Bundler'): string {
  const node = resolution === 'NodeNext';
  return JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      module: node ? 'NodeNext' : 'ESNext',
      moduleResolution: resolution,
      lib: node ? ['ES2022'] : ['ES2022', 'DOM'],
      types: node ? ['node'] : [],
      resolveJsonModule: true,
      strict: true,
      noEmit: true,
    },
    files: ['consumer.ts'],
  });
}

/**
 * Plain Node, no TypeScript: every entry point (what each exports), the specs as JSON modules and
 * as YAML files, the manifest.
 */
export const nodeConsumer = (entries: string[]) => `
import { readFile } from 'node:fs/promises';
import manifest from 'creditline/package.json' with { type: 'json' };
import nue from 'creditline/openapi/nue.json' with { type: 'json' };
import xovi from 'creditline/openapi/xovi.json' with { type: 'json' };
import maileon from 'creditline/openapi/maileon.json' with { type: 'json' };

const out = { version: manifest.version, specs: {}, yaml: {}, entries: {} };
for (const [api, spec] of Object.entries({ nue, xovi, maileon })) out.specs[api] = { openapi: spec.openapi, title: spec.info.title, paths: Object.keys(spec.paths).length };
for (const api of ${JSON.stringify(SPEC_APIS)}) {
  const text = await readFile(new URL(import.meta.resolve('creditline/openapi/' + api + '.yaml')), 'utf8');
  out.yaml[api] = text.split('\\n', 1)[0];
}
for (const entry of ${JSON.stringify(entries)}) {
  const module = await import(entry);
  out.entries[entry] = Object.fromEntries(Object.entries(module).map(([name, value]) => [name, typeof value]));
}
console.log(JSON.stringify(out));
`;

/** A browser app, bundled by esbuild: every entry point and one client of each vendor. */
export const BROWSER_APP = `
import { readCreditBalances } from 'creditline';
import { createMaileonClient } from 'creditline/maileon';
import { createNueClient } from 'creditline/nue';
import { createXoviClient } from 'creditline/xovi';

export const clients = [createNueClient({ auth: { apiKey: 'k' } }), createXoviClient({ apiKey: 'k' }), createMaileonClient({ apiKey: 'k' })];
export { readCreditBalances };
`;
