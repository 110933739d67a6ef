// The root file of the split spec: an index of tags, paths and components that $ref the
// per-operation and per-schema files.

import { serverUrl } from '../nue-reference/request-path.js';
import type { TagEntry } from './tags.js';
import type { JsonSchema } from './type-schema.js';

export const securitySchemes: JsonSchema = {
  bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'The `token` returned by `POST /auth/token`; it expires after one hour.' },
  basicAuth: { type: 'http', scheme: 'basic', description: 'A Nue user name and password, always together with the `apiAccessKey` header.' },
  apiAccessKey: {
    type: 'apiKey',
    in: 'header',
    name: 'apiAccessKey',
    description: "The tenant's API access key. Requests without it, or with a wrong one, get 401.",
  },
};

/** Introduction › Authentication: a JWT or Basic credentials, always with the apiAccessKey header. */
export const defaultSecurity = [
  { bearerAuth: [], apiAccessKey: [] },
  { basicAuth: [], apiAccessKey: [] },
];

export interface RootInput {
  tags: TagEntry[];
  areaOrder: string[];
  /** path → method → file (relative to the root) */
  paths: Map<string, Map<string, string>>;
  schemas: Map<string, string>;
  responses: Map<string, string>;
  parameters: Map<string, string>;
}

export function rootDocument(input: RootInput): JsonSchema {
  const refs = (entries: Map<string, string>) => Object.fromEntries([...entries].map(([name, file]) => [name, { $ref: file }]));
  return {
    openapi: '3.1.0',
    info: {
      title: 'Nue API',
      version: '1.0',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: serverUrl, description: 'Nue production' }],
    security: defaultSecurity,
    tags: input.tags.map((t) => ({
      name: t.name,
      ...(t.displayName ? { 'x-displayName': t.displayName } : {}),
      ...(t.description ? { description: t.description } : {}),
    })),
    'x-tagGroups': input.areaOrder.map((title) => ({ name: title, tags: input.tags.filter((t) => t.area.title === title).map((t) => t.name) })),
    paths: Object.fromEntries(
      [...input.paths].map(([path, methods]) => [path, Object.fromEntries([...methods].map(([method, file]) => [method, { $ref: file }]))]),
    ),
    components: {
      securitySchemes,
      schemas: refs(input.schemas),
      responses: refs(input.responses),
      parameters: refs(input.parameters),
    },
  };
}
