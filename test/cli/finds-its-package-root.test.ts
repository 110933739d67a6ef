// The command and the sandbox find the files the package ships (package.json, dist/openapi) from
// the place of their own code: the nearest package.json above it that is creditline's. Another
// package's manifest on the way (an application that bundles creditline) is passed over, and none
// at all is an error naming where the search began.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findPackageRoot } from '../../src/package-files.js';

describe('findPackageRoot', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'creditline-root-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const manifest = (folder: string, name: string) => {
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'package.json'), JSON.stringify({ name, version: '1.0.0' }));
  };
  const installed = path.join(root, 'app', 'node_modules', 'creditline');
  manifest(path.join(root, 'app'), 'an-app');
  manifest(installed, 'creditline');
  mkdirSync(path.join(installed, 'dist', 'src'), { recursive: true });
  const bundled = path.join(root, 'bundled-app', 'dist');
  manifest(path.join(root, 'bundled-app'), 'an-app');
  mkdirSync(bundled, { recursive: true });

  it("finds creditline's package.json above the code's folder, or in it", () => {
    expect(findPackageRoot(path.join(installed, 'dist', 'src'))).toBe(installed);
    expect(findPackageRoot(installed)).toBe(installed);
  });

  it("passes over another package's manifest and says where the search began when there is none of creditline", () => {
    expect(() => findPackageRoot(bundled)).toThrow(new Error(`creditline: no package.json of creditline above ${bundled}`));
  });
});
