// Every name an entry point exports, types included, as the TypeScript compiler sees it.
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const ENTRY_POINTS = {
  creditline: 'index.ts',
  'creditline/nue': 'nue/index.ts',
  'creditline/xovi': 'xovi/index.ts',
  'creditline/maileon': 'maileon/index.ts',
  'creditline/sandbox': 'sandbox/index.ts',
  'creditline/validate': 'validate/index.ts',
} as const;

export type EntryPoint = keyof typeof ENTRY_POINTS;

export function exportedNames(): Record<EntryPoint, string[]> {
  const files = Object.fromEntries(Object.entries(ENTRY_POINTS).map(([name, file]) => [name, fileURLToPath(new URL(`../../src/${file}`, import.meta.url))]));
  const program = ts.createProgram(Object.values(files), {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const names = {} as Record<EntryPoint, string[]>;
  for (const [entry, file] of Object.entries(files) as Array<[EntryPoint, string]>) {
    const source = program.getSourceFile(file);
    const symbol = source && checker.getSymbolAtLocation(source);
    if (!symbol) throw new Error(`no module symbol for ${file}`);
    names[entry] = checker
      .getExportsOfModule(symbol)
      .map((s) => s.getName())
      .sort();
  }
  return names;
}
