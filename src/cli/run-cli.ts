// The command line to an exit code: --help, --version, `credits`, `serve` or `drift`. Each
// command's modules are loaded when it runs, so --help and --version load none of the clients, the
// validator or prom-client. A usage error prints its message and a pointer to --help (exit 2);
// anything unexpected prints its message only, masked like all output, and exits 1.
import { Redactor } from '../core/redaction/redactor.js';
import { packageVersion } from '../package-files.js';
import { parseCommandLine } from './args.js';
import type { Environment } from './configuration.js';
import { EXIT_CODES } from './exit-codes.js';
import { HELP } from './help.js';
import type { OutputStream } from './terminal.js';
import { UsageError } from './usage-error.js';

/** What a command may touch of its process: the environment and the two output streams. */
export interface CommandIo {
  env: Environment;
  stdout: OutputStream;
  stderr: OutputStream;
  /** Ends a command that runs until stopped (`creditline serve`); without it, the process' SIGTERM or SIGINT does. */
  stop?: AbortSignal;
}

export async function runCli(argv: string[], io: CommandIo): Promise<number> {
  const redactor = new Redactor();
  try {
    const invocation = parseCommandLine(argv);
    switch (invocation.command) {
      case 'help':
        io.stdout.write(HELP);
        return EXIT_CODES.ok;
      case 'version':
        io.stdout.write(`${packageVersion()}\n`);
        return EXIT_CODES.ok;
      case 'drift':
        return await (await import('./drift-command.js')).driftCommand(invocation.flags, io);
      case 'credits':
        return await (await import('./credits-command.js')).creditsCommand(invocation.flags, io, redactor);
      case 'serve':
        return await (await import('./serve-command.js')).serveCommand(invocation.flags, io, redactor);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(redactor.text(`creditline: ${error.message}\nSee creditline --help.\n`));
      return EXIT_CODES.usage;
    }
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    io.stderr.write(redactor.text(`creditline: unexpected error (a bug in creditline): ${message}\n`));
    return EXIT_CODES.unexpected;
  }
}
