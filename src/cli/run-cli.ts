// The command line to an exit code: --help, --version, `credits` or `drift`. A usage error prints its
// message and a pointer to --help (exit 2); anything unexpected prints its message only, masked
// like all output, and exits 1.
import { Redactor } from '../core/redaction/redactor.js';
import { packageVersion } from '../package-files.js';
import { parseCommandLine } from './args.js';
import { type CommandIo, creditsCommand } from './credits-command.js';
import { driftCommand } from './drift-command.js';
import { EXIT_CODES } from './exit-codes.js';
import { HELP } from './help.js';
import { UsageError } from './usage-error.js';

export async function runCli(argv: string[], io: CommandIo): Promise<number> {
  const redactor = new Redactor();
  try {
    const invocation = parseCommandLine(argv);
    if (invocation.command === 'help') io.stdout.write(HELP);
    if (invocation.command === 'version') io.stdout.write(`${packageVersion()}\n`);
    if (invocation.command === 'drift') return await driftCommand(invocation.flags, io);
    if (invocation.command !== 'credits') return EXIT_CODES.ok;
    return await creditsCommand(invocation.flags, io, redactor);
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
