// The package installed as users install it: packed from this work tree (packed-package.ts),
// published with the tarballs of its runtime dependencies to a registry on 127.0.0.1 that has
// nothing else (local-registry.ts), and installed by name into fresh ESM projects.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../../scripts/repo-root.js';
import { type LocalRegistry, packInstalledDependencies, startLocalRegistry } from './local-registry.js';
import { manifest, type PackedPackage, packPackage } from './packed-package.js';

export interface InstalledProjects {
  packed: PackedPackage;
  registry: LocalRegistry;
  /** The folder of a project, `work/<name>`. */
  project(name: string): string;
  /** Stops the registry and removes the tarball (the caller removes `work`). */
  close(): Promise<void>;
}

/**
 * Installs the package into `work/<name>` for each project, with the extra packages named for it
 * (they and their dependencies are published from this repository's node_modules).
 */
export async function installByName(work: string, projects: Record<string, string[]>): Promise<InstalledProjects> {
  const packed = packPackage();
  const registry = await startLocalRegistry(path.join(work, 'registry')).catch((error: unknown) => {
    packed.remove();
    throw error;
  });
  const project = (name: string) => path.join(work, name);
  const close = async () => {
    await registry.close();
    packed.remove();
  };
  try {
    const tarballs = path.join(work, 'tarballs');
    mkdirSync(tarballs);
    const extras = Object.values(projects).flat();
    const dependencies = await packInstalledDependencies(
      registry,
      [...Object.keys(manifest.dependencies ?? {}), ...extras],
      path.join(repoRoot, 'node_modules'),
      tarballs,
    );
    for (const tarball of [...dependencies, packed.tarball]) await registry.publish(tarball);
    await Promise.all(
      Object.entries(projects).map(async ([name, extra]) => {
        mkdirSync(project(name));
        writeFileSync(path.join(project(name), 'package.json'), JSON.stringify({ name: `consumer-${name}`, private: true, type: 'module' }));
        await registry.npm(['install', manifest.name, ...extra], project(name));
      }),
    );
    return { packed, registry, project, close };
  } catch (error) {
    await close();
    throw error;
  }
}
