// Named schemas and their properties: every documented name is a component of the bundled
// spec, and every row of its table (nested inline objects and allOf parts included) is there.
import type { NueReference } from '../nue-reference/model.js';
import { toRowTree } from '../nue-reference/row-tree.js';
import type { Json, OpenApiDocument } from '../openapi/document.js';
import { type CoverageItem, item } from './items.js';
import { nestedRowItems } from './row-items.js';

export function checkSchemas(reference: NueReference, document: OpenApiDocument, fileName: string): CoverageItem[] {
  const items: CoverageItem[] = [];
  const components = (document.components?.schemas ?? {}) as Record<string, Json>;
  const source = (line: number) => `${fileName}:${line}`;
  const named = new Set<string>();
  const requiredUnsettled = unsettledRequiredFlags(reference);
  for (const definition of reference.schemas) {
    const context = { enums: definition.enums, requiredUnsettled };
    const schema = components[definition.name];
    if (!named.has(definition.name)) items.push(item('schemas', definition.name, source(definition.line), schema ? undefined : 'no such component'));
    named.add(definition.name);
    if (definition.allOf) {
      for (const part of definition.allOf.parts) {
        const root = toRowTree(part)[0];
        if (!root) continue;
        if (root.row.type !== 'object') {
          const refs = ((schema?.allOf ?? []) as Json[]).map((p) => p.$ref);
          items.push(
            item(
              'schema properties',
              `${definition.name} allOf ${root.row.type}`,
              source(root.row.line),
              refs.some((r) => typeof r === 'string' && r.endsWith(`/${root.row.type}`)) ? undefined : 'not among allOf',
            ),
          );
        } else items.push(...nestedRowItems(document, root.children, schema, definition.name, source, context));
      }
    } else {
      items.push(...nestedRowItems(document, toRowTree(definition.properties), schema, definition.name, source, context));
    }
  }
  return items;
}

/** `Schema.property` keys whose required flag differs between two definitions of one schema (CURATION.md A21). */
function unsettledRequiredFlags(reference: NueReference): Set<string> {
  const flags = new Map<string, Set<boolean>>();
  for (const definition of reference.schemas) {
    const rows = definition.allOf ? definition.allOf.parts.flat() : definition.properties;
    for (const row of rows.filter((r) => r.depth === 0 || definition.allOf)) {
      const key = `${definition.name}.${row.name}`;
      flags.set(key, (flags.get(key) ?? new Set()).add(row.required));
    }
  }
  return new Set([...flags].filter(([, values]) => values.size > 1).map(([key]) => key));
}
