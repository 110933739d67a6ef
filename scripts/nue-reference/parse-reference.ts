// Entry point of the reference parser: the whole nue-api-reference.txt as data.
import path from 'node:path';
import type { NueReference } from './model.js';
import { parseAreaOperations } from './operations.js';
import { readDocLines, toParagraphs } from './paragraphs.js';
import { findProductAreas } from './product-areas.js';
import { parseAreaSchemas } from './schemas.js';

export const referenceFileName = 'nue-api-reference.txt';

export function parseNueReference(docsFolder: string): NueReference {
  const file = path.join(docsFolder, referenceFileName);
  const lines = readDocLines(file);
  const areas = findProductAreas(lines);
  const reference: NueReference = { file, areas, tags: [], operations: [], schemas: [] };
  for (const area of areas) {
    const areaLines = lines.slice(area.firstLine - 1, area.lastLine);
    const operationParagraphs = toParagraphs(areaLines.filter((l) => l.line < area.schemasLine));
    const { tags, operations } = parseAreaOperations(area, operationParagraphs);
    reference.tags.push(...tags);
    reference.operations.push(...operations);
    reference.schemas.push(...parseAreaSchemas(area, toParagraphs(areaLines.filter((l) => l.line >= area.schemasLine))));
  }
  return reference;
}
