#!/usr/bin/env node
// The `creditline` command (package.json "bin"). The process is all this file knows about; the
// command itself is in run-cli.ts.
// Stryker disable all: the process entry point; its behaviour is tested through child processes (test/cli), where mutants cannot be switched on
import { runCli } from './run-cli.js';

// `creditline credits | head -1`: a reader that stops early is no error of ours; anything else is.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

process.exitCode = await runCli(process.argv.slice(2), { env: process.env, stdout: process.stdout, stderr: process.stderr });
