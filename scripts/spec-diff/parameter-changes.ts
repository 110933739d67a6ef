// What the diff says about parameters beyond Redocly's rules. Once parameters are paired by
// identity (keyed-parameters.ts), a parameter that switched between `schema` and `content` (a value
// now sent JSON-encoded, as Nue's `accountPoolIds` became) shows only as "content added" and
// "schema removed", which Redocly rates an addition: its value travels differently, so it is
// breaking (`parameter-encoding-changed`). And a change inside a parameter (its schema's maximum)
// is named by the parameter, since Redocly's message names only the keyword.
import type { Json, OpenApiDocument } from '../openapi/document.js';
import { escapePointer } from '../openapi/json-pointer.js';
import { deref } from '../openapi/resolve-ref.js';
import type { SpecChange } from './compare-specs.js';
import { parameterIdentity, parameterLists } from './keyed-parameters.js';

interface PlacedParameter {
  parameter: Json;
  pointer: string;
}

/** Every parameter by identity, `$ref`s followed, with the pointer of its place in the list. */
function parametersByIdentity(document: OpenApiDocument): Map<string, PlacedParameter> {
  const found = new Map<string, PlacedParameter>();
  for (const { path, method, list } of parameterLists(document)) {
    const holder = `#/paths/${escapePointer(path)}${method ? `/${method}` : ''}/parameters`;
    list.forEach((item, index) => {
      const parameter = deref(document, item);
      if (parameter) found.set(parameterIdentity(path, method, parameter), { parameter, pointer: `${holder}/${index}` });
    });
  }
  return found;
}

const label = (parameter: Json) => `\`${String(parameter.name)}\` ${String(parameter.in)} parameter`;

function described(parameter: Json): string {
  const media = Object.keys((parameter.content ?? {}) as Json);
  return parameter.content === undefined ? '`schema`' : `\`content\` (${media.join(', ')})`;
}

/** Parameters of both documents that changed between `schema` and `content`: breaking. */
export function encodingChanges(before: OpenApiDocument, after: OpenApiDocument): SpecChange[] {
  const old = parametersByIdentity(before);
  return [...parametersByIdentity(after)].flatMap(([identity, now]): SpecChange[] => {
    const then = old.get(identity);
    if (!then || (then.parameter.content === undefined) === (now.parameter.content === undefined)) return [];
    const message = `${label(now.parameter)} is now given as ${described(now.parameter)} instead of ${described(then.parameter)}: its value is encoded differently.`;
    return [{ impact: 'major', rule: 'parameter-encoding-changed', message, pointer: now.pointer }];
  });
}

/**
 * Names the parameter in front of the message of a change inside one (not of the parameter as a
 * whole), unless the message names it already; other changes stay as they are.
 */
export function parameterNamer(after: OpenApiDocument): (change: SpecChange) => SpecChange {
  // Redocly points into the newer spec wherever the thing is still there, as a parameter with a change inside it is.
  const parameters = new Map([...parametersByIdentity(after).values()].map((placed) => [placed.pointer, placed.parameter]));
  return (change) => {
    const place = /^(#\/paths\/[^/]+(?:\/[a-z]+)?\/parameters\/\d+)\/./.exec(change.pointer)?.[1];
    const parameter = place === undefined ? undefined : parameters.get(place);
    if (!parameter || change.message.includes(`\`${String(parameter.name)}\``)) return change;
    return { ...change, message: `${label(parameter)}: ${change.message.charAt(0).toLowerCase()}${change.message.slice(1)}` };
  };
}
