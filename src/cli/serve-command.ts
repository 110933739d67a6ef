// `creditline serve`: the configuration of `creditline credits` (environment, `_FILE` variables,
// --sandbox, --vendor and the options that choose what to read), an exporter on --listen that
// reads the vendors every --refresh, until SIGTERM or SIGINT: then it stops reading, closes the
// server and exits 0. The log (stderr) says where it serves, and each vendor failing and
// recovering, with every credential read masked.
import { CREDIT_VENDORS } from '../balances/credit-balance.js';
import { readCreditBalances } from '../balances/read-credit-balances.js';
import type { Redactor } from '../core/redaction/redactor.js';
import { hostInUrl, startExporter } from '../metrics/exporter.js';
import { packageVersion } from '../package-files.js';
import { startSandbox } from '../sandbox/start-sandbox.js';
import type { ServeFlags } from './args.js';
import { balanceSources } from './balance-sources.js';
import { readConfiguration } from './configuration.js';
import { EXIT_CODES } from './exit-codes.js';
import type { CommandIo } from './run-cli.js';
import { sandboxConfiguration } from './sandbox-configuration.js';
import { durationText } from './serve-options.js';
import { outputTo } from './terminal.js';
import { UsageError } from './usage-error.js';

export async function serveCommand(flags: ServeFlags, io: CommandIo, redactor: Redactor): Promise<number> {
  const stop = io.stop ? { signal: io.stop, dispose: () => undefined } : stopOnSignals();
  const sandbox = flags.sandbox ? await startSandbox() : undefined;
  try {
    const configuration = sandbox ? sandboxConfiguration(sandbox.baseUrls, flags) : readConfiguration(io.env, flags);
    for (const secret of configuration.secrets) redactor.addSecret(secret);
    const log = outputTo(io.stderr, io.env, redactor);
    const write = (line: string) => log.write(`${line}\n`);
    for (const { vendor, reason } of configuration.skipped) write(`skipped  ${vendor}: ${reason}`);
    const sources = balanceSources(configuration.settings);
    const exporter = await startExporter({
      read: (options) => readCreditBalances(sources, options),
      refreshMs: flags.refreshMs,
      host: flags.listen.host,
      port: flags.listen.port,
      version: packageVersion(),
      redactor,
      log: write,
    }).catch((error: NodeJS.ErrnoException) => {
      // The server's own errors (EADDRINUSE, EACCES, ENOTFOUND, …) are the address's; anything else is a bug.
      // Stryker disable next-line ConditionalExpression: nothing but the server can fail before it listens; the check keeps a future bug from passing as a usage error
      if (typeof error.code !== 'string') throw error;
      throw new UsageError(`--listen ${hostInUrl(flags.listen.host)}:${flags.listen.port}: cannot listen there (${error.code})`);
    });
    const vendors = CREDIT_VENDORS.filter((vendor) => configuration.settings[vendor]).join(', ');
    const from = sandbox ? ' from the sandbox (the examples of the bundled specs; no vendor is asked)' : '';
    write(`creditline serve: serving ${exporter.origin}/metrics, reading ${vendors} every ${durationText(flags.refreshMs)}${from}`);
    await new Promise((resolve) => (stop.signal.aborted ? resolve(undefined) : stop.signal.addEventListener('abort', resolve, { once: true })));
    await exporter.close();
    write('creditline serve: stopped');
    return EXIT_CODES.ok;
  } finally {
    stop.dispose();
    await sandbox?.close();
  }
}

// Stryker disable all: the process' own signals, tested through a child process (test/metrics/serve-process.test.ts), where mutants are not switched on
/** Aborts on the first SIGTERM or SIGINT; a second one, after dispose(), ends the process as Node does. */
function stopOnSignals(): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once('SIGTERM', stop).once('SIGINT', stop);
  return { signal: controller.signal, dispose: () => void process.off('SIGTERM', stop).off('SIGINT', stop) };
}
