// Prism, the mock server our users run too, started on a bundled spec for one test file and
// always stopped again (the caller's afterAll), also when the test fails.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { repoRoot } from '../../../scripts/repo-root.js';

const prismBin = path.join(repoRoot, 'node_modules', '.bin', 'prism');

export interface PrismServer {
  origin: string;
  /** Everything Prism printed, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * `prism mock --errors`: a request that violates the spec is answered with an error (422, or the
 * operation's own 400), a valid one with the operation's documented success response.
 */
export async function startPrism(specFile: string, timeoutMs = 60_000): Promise<PrismServer> {
  const port = await freePort();
  let output = '';
  const child = spawn(prismBin, ['mock', '--host', '127.0.0.1', '--port', String(port), '--errors', specFile], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const server: PrismServer = { origin: `http://127.0.0.1:${port}`, output: () => output, stop: () => stopProcess(child) };
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Prism did not start within ${timeoutMs} ms:\n${output}`)), timeoutMs);
      const check = () => {
        if (/Prism is listening/.test(output)) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout!.on('data', check);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`Prism exited with ${code}:\n${output}`));
      });
    });
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}
