// The package exactly as `npm publish` would upload it, made from the sources of this work tree
// without touching dist/: compiled with tsconfig.build.json and the specs bundled into a folder of
// its own, next to the manifest and the other files `files` names, then `npm pack`ed. So the
// package tests need no earlier build, and never test a stale one.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundleAll } from '../../../scripts/openapi/bundle-apis.js';
import { repoRoot } from '../../../scripts/repo-root.js';

export interface PackageManifest {
  name: string;
  version: string;
  files: string[];
  exports: Record<string, unknown>;
  dependencies?: Record<string, string>;
}

export interface PackedPackage {
  manifest: PackageManifest;
  /** The .tgz `npm pack` wrote. */
  tarball: string;
  /** Every path in the tarball, relative to the package root. */
  files: string[];
  remove(): void;
}

export const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as PackageManifest;

export function packPackage(): PackedPackage {
  const stage = mkdtempSync(path.join(tmpdir(), 'creditline-package-'));
  const remove = () => rmSync(stage, { recursive: true, force: true });
  try {
    execFileSync(path.join(repoRoot, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.build.json', '--outDir', path.join(stage, 'dist')], {
      cwd: repoRoot,
      stdio: 'pipe',
    });
    bundleAll(path.join(stage, 'dist', 'openapi'));
    // What npm adds whatever `files` says (the manifest, README, LICENSE), and what `files` names
    // outside dist/ (dist/ was just built above).
    for (const file of ['package.json', 'README.md', 'LICENSE', ...manifest.files.filter((f) => !f.startsWith('dist/'))]) {
      if (existsSync(path.join(repoRoot, file))) cpSync(path.join(repoRoot, file), path.join(stage, file), { recursive: true });
    }
    const [packed] = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', stage], { cwd: stage, encoding: 'utf8', env: npmEnv() }),
    ) as Array<{ filename: string; files: Array<{ path: string }> }>;
    return { manifest, tarball: path.join(stage, packed!.filename), files: packed!.files.map((f) => f.path).sort(), remove };
  } catch (error) {
    remove();
    throw error;
  }
}

/**
 * The environment for an npm the tests run: this process's, less every npm_* setting that
 * `npm test` passes down (a registry, a cache, a user config), plus `extra`.
 */
export function npmEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
  return { ...env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false', ...extra };
}
