// Starting the benchmark's processes. Each measurement and each server gets a process of its own:
// a server that shared the event loop (or the heap) with the client it serves would be measured
// too. Measuring processes get --expose-gc: mitata collects garbage before each client's round and
// the paging run reads the heap after a full GC (without it mitata allocates 1 GiB to force one).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import type { CallsResult, PagingResult } from './results.js';

/** Runs a measuring process to its end (under `node`, default this one) and returns the JSON of its last stdout line. */
export async function runMeasurement<Result extends CallsResult | PagingResult>(file: string, args: string[], node = process.execPath): Promise<Result> {
  const child = spawn(node, ['--expose-gc', file, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
  });
  const [code] = (await once(child, 'close')) as [number | null];
  const last = output.trimEnd().split('\n').at(-1) ?? '';
  if (code !== 0 || !last.startsWith('{')) throw new Error(`${file} ${args.join(' ')} failed (exit ${code})`);
  return JSON.parse(last) as Result;
}

/**
 * Runs `use` with a server process started from `file`, which prints its origin once ready, and
 * stops the server afterwards. The server ends when its stdin closes, so that it cannot outlive a
 * benchmark that was interrupted either.
 */
export async function withServer<T>(file: string, args: string[], use: (origin: string) => Promise<T>): Promise<T> {
  const child = spawn(process.execPath, [file, ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = once(child, 'exit');
  try {
    const origin = await Promise.race([
      new Promise<string>((resolve) => child.stdout.setEncoding('utf8').once('data', (line: string) => resolve(line.trim()))),
      exited.then(([code]) => Promise.reject(new Error(`${file} exited with ${code} before it was ready`))),
    ]);
    return await use(origin);
  } finally {
    child.stdin.end();
    await exited;
  }
}
