// A package registry on 127.0.0.1 (Verdaccio, in this process) with no uplink: it serves only
// what the test publishes to it, so an install that needs anything else fails instead of
// reaching the internet. `npm` runs against it with a user config, a cache and an environment
// of its own. Commands run asynchronously: the registry answers from this process's event loop.
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { npmEnv } from './packed-package.js';

const run = promisify(execFile);

export interface LocalRegistry {
  /** `http://127.0.0.1:<port>/` */
  url: string;
  /** Runs npm against this registry only; rejects with npm's output when it fails. */
  npm(args: string[], cwd: string): Promise<string>;
  /** Publishes a tarball made by `npm pack`. */
  publish(tarball: string): Promise<void>;
  close(): Promise<void>;
}

export async function startLocalRegistry(folder: string): Promise<LocalRegistry> {
  mkdirSync(folder, { recursive: true });
  const config = path.join(folder, 'verdaccio.yaml');
  // YAML is a superset of JSON. No `uplinks`: nothing is fetched from elsewhere.
  writeFileSync(
    config,
    JSON.stringify({
      storage: path.join(folder, 'storage'),
      auth: { htpasswd: { file: path.join(folder, 'htpasswd'), max_users: 1 } },
      uplinks: {},
      packages: { '**': { access: '$all', publish: '$authenticated' } },
      log: { type: 'stdout', format: 'pretty', level: 'error' },
      web: { enable: false },
    }),
  );
  const { runServer } = await import('verdaccio');
  const server = (await runServer(config)) as Server;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const close = () => new Promise<void>((resolve) => server.close(() => resolve()));

  try {
    // A user for publishing: npm publishes only with a token, and the registry hands one out here.
    const answer = await fetch(new URL('-/user/org.couchdb.user:ci', url), {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'ci', password: 'local-registry-password' }),
    });
    if (!answer.ok) throw new Error(`the local registry did not create a user: ${answer.status} ${await answer.text()}`);
    const { token } = (await answer.json()) as { token: string };
    const userconfig = path.join(folder, 'npmrc');
    writeFileSync(userconfig, `registry=${url}\n//${new URL(url).host}/:_authToken=${token}\n`);
    const env = npmEnv({ npm_config_userconfig: userconfig, npm_config_cache: path.join(folder, 'npm-cache'), npm_config_registry: url });

    const npm = async (args: string[], cwd: string) => {
      try {
        return (await run('npm', args, { cwd, env, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 })).stdout;
      } catch (error) {
        const { stdout, stderr } = error as { stdout?: string; stderr?: string };
        throw new Error(`npm ${args.join(' ')} failed in ${cwd}:\n${stdout ?? ''}${stderr ?? ''}`);
      }
    };
    return {
      url,
      npm,
      publish: async (tarball) => void (await npm(['publish', tarball, '--registry', url, '--ignore-scripts', '--access', 'public'], folder)),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * The tarballs of `names` and of everything they depend on, packed from this repository's
 * node_modules: what an install of the package needs from a registry besides the package.
 */
export async function packInstalledDependencies(registry: LocalRegistry, names: string[], nodeModules: string, into: string): Promise<string[]> {
  const seen = new Set<string>();
  const queue = [...names];
  const tarballs: string[] = [];
  while (queue.length > 0) {
    const name = queue.shift()!;
    if (seen.has(name)) continue;
    seen.add(name);
    const folder = path.join(nodeModules, name);
    const manifest = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    queue.push(...Object.keys(manifest.dependencies ?? {}));
    const [packed] = JSON.parse(await registry.npm(['pack', folder, '--json', '--ignore-scripts', '--pack-destination', into], into)) as Array<{
      filename: string;
    }>;
    tarballs.push(path.join(into, packed!.filename));
  }
  return tarballs;
}
