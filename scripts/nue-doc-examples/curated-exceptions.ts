// The doc examples that are known not to validate, as CURATION.md lists them: the rows of the
// table under the heading "Doc examples that do not validate", whose first column names the
// docs line ("line 22499").
import { readFileSync } from 'node:fs';

export const exceptionsHeading = 'Doc examples that do not validate';

export interface ExampleException {
  line: number;
  reason: string;
}

export function readExampleExceptions(curationFile: string): ExampleException[] {
  const text = readFileSync(curationFile, 'utf8');
  const start = text.indexOf(`## ${exceptionsHeading}`);
  if (start < 0) return [];
  const section = text.slice(start).split(/\n## /)[0]!;
  return section
    .split('\n')
    .filter((row) => /^\|\s*line \d+/.test(row))
    .map((row) => {
      const cells = row.split('|').map((c) => c.trim());
      return { line: Number(/line (\d+)/.exec(cells[1]!)![1]), reason: cells.slice(2).filter(Boolean).join(' — ') };
    });
}
