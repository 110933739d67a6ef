#!/usr/bin/env node
// The `creditline` command (package.json "bin"). The process is all this file knows about; the
// command itself is in run-cli.ts.
// Stryker disable all: the process entry point; its behaviour is tested through child processes (test/cli), where mutants cannot be switched on
import { setFlagsFromString } from 'node:v8';
import { runCli } from './run-cli.js';

// Node's fetch parses HTTP with a WebAssembly module, which V8 goes on optimising in the
// background after the calls are done; on Node 20 and 22 the process then waits for that work
// before it exits, far longer than the command took. The command parses a few small answers: the
// baseline compiler is enough, and the command ends when its work does. On Node 24 the flag does
// not shorten the exit and only slows the parsing, so it is left off there.
if (Number(process.versions.node.split('.')[0]) < 24) setFlagsFromString('--liftoff-only');

// `creditline credits | head -1`: a reader that stops early is no error of ours; anything else is.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

process.exitCode = await runCli(process.argv.slice(2), { env: process.env, stdout: process.stdout, stderr: process.stderr });
