// `npm run typecheck` and `npm run compile` in one TypeScript program, for `npm run build`: the
// files of tsconfig.json are parsed and checked once, and the package's own files (those of
// tsconfig.build.json: src/ and generated/) are then emitted to dist/ from the same program.
// As two processes the build parsed src/, generated/ and their libraries twice and loaded the
// compiler twice, about 3 s of CPU on a 2-core machine. The diagnostics are tsc's: those of
// `tsc -p tsconfig.json` for every file, plus the declaration diagnostics of the emitted files
// (which `tsc -p tsconfig.build.json` reports); the output is that of `npm run compile`.
//
// With `--after-go`, the compiler is loaded and every file parsed at once, and the program is
// made again, re-parsing only the files that changed, when a line `go` arrives on stdin: the
// build starts it before the types are generated, so that loading and parsing (about 3 s) is
// done by then. Stdin closing without `go` ends it quietly (an earlier step failed).
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type * as TypeScript from 'typescript';
import { repoRoot } from './openapi/redocly-apis.js';

// Through require: the compiler is CommonJS, and loading it through tsx's ESM hooks takes twice as long.
const ts = createRequire(import.meta.url)('typescript') as typeof TypeScript;

function readConfig(file: string): TypeScript.ParsedCommandLine {
  const parsed = ts.getParsedCommandLineOfConfigFile(path.join(repoRoot, file), undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  });
  if (!parsed) throw new Error(`cannot read ${file}`);
  return parsed;
}

/** A compiler host that hands out the same parsed file again while the file's text is unchanged. */
function reusingHost(options: TypeScript.CompilerOptions): TypeScript.CompilerHost {
  const host = ts.createCompilerHost(options);
  const parse = host.getSourceFile.bind(host);
  const parsed = new Map<string, TypeScript.SourceFile>();
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreateNewSourceFile) => {
    const known = parsed.get(fileName);
    if (known && !shouldCreateNewSourceFile && host.readFile(fileName) === known.text) return known;
    const file = parse(fileName, languageVersion, onError, shouldCreateNewSourceFile);
    if (file) parsed.set(fileName, file);
    return file;
  };
  return host;
}

/** Resolves true on a line `go`, false when stdin ends first. */
function toldToGo(): Promise<boolean> {
  return new Promise((resolve) => {
    const lines = createInterface({ input: process.stdin });
    lines.on('line', (line) => {
      if (line.trim() === 'go') {
        resolve(true); // before close(), whose 'close' event would answer false
        lines.close();
      }
    });
    lines.on('close', () => resolve(false));
  });
}

const makeProgram = (old?: TypeScript.Program) => {
  const checked = readConfig('tsconfig.json');
  const emitted = readConfig('tsconfig.build.json');
  const program = ts.createProgram({ rootNames: checked.fileNames, options: emitted.options, host, ...(old ? { oldProgram: old } : {}) });
  return { checked, emitted, program };
};

const host = reusingHost(readConfig('tsconfig.build.json').options);
let { checked, emitted, program } = makeProgram();
if (process.argv.includes('--after-go')) {
  if (!(await toldToGo())) process.exit(0);
  ({ checked, emitted, program } = makeProgram(program));
}

const emittedFiles = new Set(emitted.fileNames.map((file) => path.resolve(file)));
const ownFiles = program.getSourceFiles().filter((file) => emittedFiles.has(path.resolve(file.fileName)));
const diagnostics = [
  ...checked.errors,
  ...emitted.errors,
  ...program.getOptionsDiagnostics(),
  ...program.getGlobalDiagnostics(),
  ...program.getSyntacticDiagnostics(),
  ...program.getSemanticDiagnostics(),
  ...ownFiles.flatMap((file) => program.getDeclarationDiagnostics(file)),
];

const outDir = emitted.options.outDir!;
if (diagnostics.length === 0) {
  for (const folder of ['src', 'generated']) rmSync(path.join(outDir, folder), { recursive: true, force: true });
  for (const file of ownFiles) diagnostics.push(...program.emit(file).diagnostics);
}

const formatHost: TypeScript.FormatDiagnosticsHost = {
  getCanonicalFileName: (file) => file,
  getCurrentDirectory: () => repoRoot,
  getNewLine: () => '\n',
};
if (diagnostics.length > 0) {
  console.error(ts.formatDiagnosticsWithColorAndContext(ts.sortAndDeduplicateDiagnostics(diagnostics), formatHost));
  console.error(`${diagnostics.length} error(s)`);
  process.exit(1);
}
console.log(`checked ${checked.fileNames.length} files, emitted ${ownFiles.length} to ${path.relative(repoRoot, outDir)}/`);
