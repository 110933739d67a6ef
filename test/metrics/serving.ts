// `creditline serve` running until a test stops it: a child process from the sources, stopped by a
// signal, or, in the mutation run (CREDITLINE_CLI_IN_PROCESS, where a mutant is switched on in this
// process only), runCli in this process, stopped through io.stop. Either way it is stopped when the
// test finishes, pass or fail.
import { onTestFinished } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { baseEnv, CHILD_TIMEOUT_MS, inProcess, spawnCreditline } from '../cli/run-creditline.js';

export interface Serving {
  /** `http://127.0.0.1:<port>`, from the line of the log that says where it serves. */
  origin: string;
  /** The log (stderr) so far. */
  log(): string;
  /** Stops it (a child by `signal`) and resolves when it has ended. */
  stop(signal?: 'SIGTERM' | 'SIGINT'): Promise<{ code: number | null; stdout: string; stderr: string }>;
}

const SERVING = /creditline serve: serving (http:\/\/\S+)\/metrics/;

/** Starts `creditline serve <args>` and resolves once it serves; rejects with its output when it ends first. */
export async function serve(args: string[], env: Record<string, string> = {}, options: { child?: boolean } = {}): Promise<Serving> {
  let stdout = '';
  let stderr = '';
  let ended: { code: number | null } | undefined;
  let stop: (signal: 'SIGTERM' | 'SIGINT') => void;
  let end: Promise<unknown>;
  if (options.child ?? !inProcess) {
    const child = spawnCreditline(['serve', ...args], env);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    end = new Promise((resolve) =>
      child.on('close', (code) => {
        ended = { code };
        resolve(ended);
      }),
    );
    stop = (signal) => child.kill(signal);
    onTestFinished(() => void (ended ?? child.kill('SIGKILL')));
  } else {
    const controller = new AbortController();
    const io = { env: baseEnv(env), stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) } };
    end = runCli(['serve', ...args], { ...io, stop: controller.signal }).then((code) => (ended = { code }));
    stop = () => controller.abort();
    onTestFinished(() => controller.abort());
  }
  const deadline = Date.now() + CHILD_TIMEOUT_MS;
  let match = SERVING.exec(stderr);
  while (!match) {
    if (ended || Date.now() > deadline) throw new Error(`creditline serve did not serve (exit ${ended?.code}):\n${stdout}${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
    match = SERVING.exec(stderr);
  }
  return {
    origin: match[1] as string,
    log: () => stderr,
    stop: async (signal = 'SIGTERM') => {
      stop(signal);
      await end;
      return { code: ended?.code ?? null, stdout, stderr };
    },
  };
}
