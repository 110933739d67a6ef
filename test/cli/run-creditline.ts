// Runs the `creditline` command from the sources as a child process (`node --import tsx
// src/cli/main.ts …`), with only the environment a test gives it: nothing of the developer's or
// CI's own (a real NUE_API_KEY there must never reach a test server or an assertion). Async, so
// that the test servers in this process can answer the child.
// With CREDITLINE_CLI_IN_PROCESS set (the mutation run, vitest.mutation.config.ts, where a mutant
// is switched on in this process only), the same runs go through runCli here instead: the same
// arguments and environment, streams that record, a terminal emulated by isTTY and Node's own
// hasColors() for that environment.
import { type ChildProcessWithoutNullStreams, execFile, spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import tty from 'node:tty';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../src/cli/run-cli.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const COMMAND = [process.execPath, '--import', 'tsx', path.join(repoRoot, 'src/cli/main.ts')];

/** A test that runs children: generous, since a loaded CI machine starts each in seconds rather than half of one. */
export const CHILD_TIMEOUT_MS = 60_000;

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** True in the mutation run, where the command runs in this process (no child, no pipes of its own). */
export const inProcess = process.env.CREDITLINE_CLI_IN_PROCESS === '1';

/** The command on pipes: what cron and CI see. */
export function creditline(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  if (inProcess) return runInProcess(args, env);
  const [node = '', ...nodeArgs] = COMMAND;
  return new Promise((resolve, reject) => {
    execFile(node, [...nodeArgs, ...args], { cwd: repoRoot, env: baseEnv(env), encoding: 'utf8', timeout: CHILD_TIMEOUT_MS }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error);
      else resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

/**
 * The command writing into a pipe whose reader is gone before it writes (`creditline credits |
 * head -0`): its exit code and what it printed on stderr. Child processes only.
 */
export function creditlineIntoClosedPipe(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stderr: string }> {
  const [node = '', ...nodeArgs] = COMMAND;
  const child = spawn(node, [...nodeArgs, ...args], { cwd: repoRoot, env: baseEnv(env), stdio: ['ignore', 'pipe', 'pipe'], timeout: CHILD_TIMEOUT_MS });
  child.stdout.destroy();
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

/** The command as a child process on pipes, left running: for `creditline serve`, which runs until stopped. */
export function spawnCreditline(args: string[], env: Record<string, string> = {}): ChildProcessWithoutNullStreams {
  const [node = '', ...nodeArgs] = COMMAND;
  return spawn(node, [...nodeArgs, ...args], { cwd: repoRoot, env: baseEnv(env), stdio: 'pipe' });
}

/** util-linux `script`, which runs a command on a pseudo-terminal (Debian: package bsdutils). */
export const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

/** The command on a terminal (a pseudo-terminal from `script`): stdout and stderr arrive as one text, lines ending in \n. */
export function creditlineOnTerminal(args: string[], env: Record<string, string> = {}): Promise<{ code: number; output: string }> {
  if (inProcess) return runInProcess(args, env, true).then(({ code, stdout }) => ({ code, output: stdout }));
  const quoted = [...COMMAND, ...args].map((arg) => `'${arg.replaceAll("'", `'\\''`)}'`).join(' ');
  return new Promise((resolve, reject) => {
    execFile('script', ['-qec', quoted, '/dev/null'], { cwd: repoRoot, env: baseEnv(env), encoding: 'utf8', timeout: CHILD_TIMEOUT_MS }, (error, stdout) => {
      if (error && typeof error.code !== 'number') reject(error);
      else resolve({ code: error ? Number(error.code) : 0, output: stdout.replaceAll('\r\n', '\n') });
    });
  });
}

async function runInProcess(args: string[], env: Record<string, string>, terminal = false): Promise<CliRun> {
  const fullEnv = baseEnv(env);
  let stdout = '';
  let stderr = '';
  const stream = (record: (text: string) => void) =>
    terminal
      ? { write: record, isTTY: true, hasColors: () => (tty.WriteStream.prototype.hasColors as (env: object) => boolean).call({}, fullEnv) }
      : { write: record };
  // On a terminal both streams are one screen, as `script` shows it.
  const out = stream((text) => (stdout += text));
  const err = terminal ? out : stream((text) => (stderr += text));
  const code = await runCli(args, { env: fullEnv, stdout: out, stderr: err });
  return { code, stdout, stderr };
}

export function baseEnv(env: Record<string, string>): Record<string, string> {
  return { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', ...env };
}
