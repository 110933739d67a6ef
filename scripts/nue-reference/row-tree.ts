// The docs' tables nest rows with `»` marks (a property of a property is `» name`); this turns
// the flat rows into the tree they describe. The importer builds schemas from the tree and
// coverage walks it against the spec.
import type { TableRow } from './model.js';

export interface RowNode {
  row: TableRow;
  children: RowNode[];
}

export function toRowTree(rows: TableRow[], baseDepth = 0): RowNode[] {
  const roots: RowNode[] = [];
  const stack: RowNode[] = [];
  for (const row of rows) {
    const node: RowNode = { row, children: [] };
    const level = row.depth - baseDepth;
    stack.length = Math.max(0, level);
    const parent = level > 0 ? stack[level - 1] : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
    stack[level] = node;
  }
  return roots;
}
