// The draft is built with document-internal references (#/components/schemas/X); in the split
// spec every file points at the file that holds the component, relative to itself.
import path from 'node:path';
import type { JsonSchema } from './type-schema.js';

export function relativizeRefs(document: unknown, fromFile: string, componentFiles: Map<string, string>): unknown {
  const relative = (ref: string) => {
    const target = componentFiles.get(ref);
    if (!target) return ref;
    const result = path.posix.relative(path.posix.dirname(fromFile), target);
    return result.startsWith('.') ? result : `./${result}`;
  };
  const walk = (value: unknown, key?: string): unknown => {
    if (Array.isArray(value)) return value.map((v) => walk(v));
    if (value === null || typeof value !== 'object') return value;
    const object = value as JsonSchema;
    const result: JsonSchema = {};
    for (const [k, v] of Object.entries(object)) {
      if (k === '$ref' && typeof v === 'string') result[k] = relative(v);
      else if (key === 'discriminator' && k === 'mapping' && v && typeof v === 'object') {
        result[k] = Object.fromEntries(Object.entries(v as Record<string, string>).map(([value, ref]) => [value, relative(ref)]));
      } else if ((k === 'example' || k === 'examples') && key !== 'properties') result[k] = v;
      else result[k] = walk(v, k);
    }
    return result;
  };
  return walk(document);
}
