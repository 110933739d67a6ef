// Where each schema object of the document sits (Ajv hands back the very objects it was given,
// so the schema an error comes from names its place in the spec), and which names the spec uses
// for properties anywhere: a key outside that set in a body is data (a map key, an id) and is
// never copied into a report.
import { escapeSegment, type Json, type SpecDocument } from './spec-document.js';

export interface SchemaIndex {
  /** The JSON pointer of an object of the document, or undefined for one that is not in it. */
  pointerOf(node: object): string | undefined;
  /** Whether some schema of the spec lists a property of this name. */
  isDeclaredName(name: string): boolean;
}

export function indexSchemas(document: SpecDocument): SchemaIndex {
  const pointers = new WeakMap<object, string>();
  const names = new Set<string>();
  const walk = (node: unknown, pointer: string): void => {
    if (!node || typeof node !== 'object' || pointers.has(node)) return;
    pointers.set(node, pointer);
    if (Array.isArray(node)) return node.forEach((item, index) => walk(item, `${pointer}/${index}`));
    const object = node as Json;
    if (object.properties && typeof object.properties === 'object' && !Array.isArray(object.properties))
      for (const name of Object.keys(object.properties)) names.add(name);
    for (const [key, value] of Object.entries(object))
      if (key !== 'enum' && key !== 'const' && key !== 'default') walk(value, `${pointer}/${escapeSegment(key)}`);
  };
  walk(document, '');
  return { pointerOf: (node) => pointers.get(node), isDeclaredName: (name) => names.has(name) };
}
