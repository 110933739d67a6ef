// Debian's Prometheus (package `prometheus`: /usr/bin/prometheus and /usr/bin/promtool), which
// .ci/run installs. Where a binary is missing, a developer's run skips the tests that need it with
// a line saying how to install it; CI fails instead, so that a missing install cannot pass as green.
import { existsSync } from 'node:fs';

export const PROMETHEUS = '/usr/bin/prometheus';
export const PROMTOOL = '/usr/bin/promtool';

/** Whether `binary` is there; throws in CI when it is not. */
export function hasBinary(binary: string): boolean {
  if (existsSync(binary)) return true;
  const install = "Debian's package prometheus: apt-get install -y prometheus";
  if (process.env.CI === 'true') throw new Error(`${binary} is missing in CI: .ci/run installs ${install}`);
  console.warn(`skipped: ${binary} is missing (${install})`);
  return false;
}
