// No leaked socket, timer or listener: a process that pages through faults and aborts a call
// ends by itself once its servers are closed (exit-campaign.ts never calls process.exit).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const here = path.dirname(fileURLToPath(import.meta.url));

it('a process that paged through faults and aborted a call exits by itself', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'exit-campaign.ts')], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const code = await new Promise<number | string>((resolve) => {
    const hang = setTimeout(() => {
      child.kill('SIGKILL');
      resolve('still running after 15 s');
    }, 15_000);
    child.on('exit', (exitCode) => {
      clearTimeout(hang);
      resolve(exitCode ?? 'killed');
    });
  });
  expect(code, stderr).toBe(0);
  expect(JSON.parse(stdout)).toMatchObject({ items: 2_000, abortName: 'AbortError' });
  expect(JSON.parse(stdout).faults).toBeGreaterThan(0);
}, 30_000);
