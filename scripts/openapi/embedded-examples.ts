// Every example the bundled spec carries, with the JSON pointer of the schema it must satisfy:
// media-type `example`/`examples` of request bodies and responses (operations and shared
// components), parameter examples (of a parameter given as `content`, its media type's), and
// schema `examples`.
import type { Json, OpenApiDocument } from './document.js';
import { escapePointer } from './json-pointer.js';
import { operationEntries } from './operations.js';

export interface EmbeddedExample {
  /** Where the example sits, for messages. */
  where: string;
  /** JSON pointer of the schema the example must satisfy. */
  schemaPointer: string;
  value: unknown;
}

function mediaExamples(media: Json, pointer: string, where: string): EmbeddedExample[] {
  if (!media.schema) return [];
  const schemaPointer = `${pointer}/schema`;
  const found: EmbeddedExample[] = [];
  if ('example' in media) found.push({ where, schemaPointer, value: media.example });
  for (const [name, example] of Object.entries((media.examples ?? {}) as Record<string, Json>)) {
    if ('value' in example) found.push({ where: `${where} (${name})`, schemaPointer, value: example.value });
  }
  return found;
}

function contentExamples(holder: Json | undefined, pointer: string, where: string): EmbeddedExample[] {
  const content = (holder?.content ?? {}) as Record<string, Json>;
  return Object.entries(content).flatMap(([type, media]) => mediaExamples(media, `${pointer}/content/${escapePointer(type)}`, `${where} ${type}`));
}

export function embeddedExamples(document: OpenApiDocument): EmbeddedExample[] {
  const found: EmbeddedExample[] = [];
  for (const { path, method, operation } of operationEntries(document)) {
    const base = `/paths/${escapePointer(path)}/${method}`;
    const label = `${method.toUpperCase()} ${path}`;
    found.push(...contentExamples(operation.requestBody as Json | undefined, `${base}/requestBody`, `${label} request`));
    for (const [status, response] of Object.entries((operation.responses ?? {}) as Record<string, Json>)) {
      found.push(...contentExamples(response, `${base}/responses/${status}`, `${label} ${status}`));
    }
    ((operation.parameters ?? []) as Json[]).forEach((parameter, index) => {
      const where = `${label} parameter ${String(parameter.name)}`;
      if ('example' in parameter) found.push({ where, schemaPointer: `${base}/parameters/${index}/schema`, value: parameter.example });
      found.push(...contentExamples(parameter, `${base}/parameters/${index}`, where));
    });
  }
  const components = document.components ?? {};
  for (const [name, response] of Object.entries((components.responses ?? {}) as Record<string, Json>)) {
    found.push(...contentExamples(response, `/components/responses/${escapePointer(name)}`, `response ${name}`));
  }
  for (const [name, parameter] of Object.entries((components.parameters ?? {}) as Record<string, Json>)) {
    const pointer = `/components/parameters/${escapePointer(name)}`;
    if ('example' in parameter) found.push({ where: `parameter ${name}`, schemaPointer: `${pointer}/schema`, value: parameter.example });
    found.push(...contentExamples(parameter, pointer, `parameter ${name}`));
  }
  for (const [name, schema] of Object.entries((components.schemas ?? {}) as Record<string, Json>)) {
    for (const [index, value] of ((schema.examples ?? []) as unknown[]).entries()) {
      found.push({ where: `schema ${name} example ${index + 1}`, schemaPointer: `/components/schemas/${escapePointer(name)}`, value });
    }
  }
  return found;
}
