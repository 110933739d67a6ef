// Turns the parsed reference into the files of a split spec (root index, one file per
// operation, per schema, per shared response and parameter), in memory.
import type { DocOperation, NueReference } from '../nue-reference/model.js';
import { requestPath } from '../nue-reference/request-path.js';
import { allowedVerbs } from '../openapi/operation-id-rule.js';
import type { CuratedNames } from './curated-names.js';
import { curatedDescription } from './descriptions.js';
import { findDiscriminators } from './discriminators.js';
import { buildNamedSchemas } from './named-schemas.js';
import { allowNullsShownInExamples } from './nulls-in-examples.js';
import { operationDocument, parameterObject } from './operation-document.js';
import { fitParameterRows, unifyTemplates } from './path-templates.js';
import { proposeOperationId } from './propose-operation-id.js';
import { relativizeRefs } from './relative-refs.js';
import { rootDocument } from './root-document.js';
import { findSharedParameters, findSharedResponses, sharedParameterKey, sharedResponseKey } from './shared-components.js';
import { buildTags, tagFor } from './tags.js';
import type { JsonSchema } from './type-schema.js';
import { findUndocumentedSchemas } from './undocumented-schemas.js';

export interface Draft {
  /** File path relative to the spec folder → content. */
  files: Map<string, JsonSchema>;
  /** Things a curator has to look at (name clashes, merged schemas). */
  notes: string[];
}

/** The response used where an operation documents no 4xx (Introduction › Errors). */
export const inferredUnauthorized = {
  name: 'InferredUnauthorized',
  document: {
    description:
      'Unauthorized: no valid API key, access token or user credentials were provided (the Introduction: a request without a valid apiAccessKey gets 401).',
    'x-inferred': true,
  },
};

export function buildDraft(reference: NueReference, curatedNames: CuratedNames = new Map()): Draft {
  const notes: string[] = [];
  const files = new Map<string, JsonSchema>();
  const tags = buildTags(reference.tags, reference.areas);
  const discriminators = findDiscriminators(reference.schemas);
  const schemaDescriptions = new Map<string, string>();
  for (const s of reference.schemas) if (!schemaDescriptions.has(s.name) && curatedDescription(s.description)) schemaDescriptions.set(s.name, s.description);
  const context = { refTo: (name: string) => `#/components/schemas/${name}`, schemaDescription: (name: string) => schemaDescriptions.get(name), enums: [] };

  const componentFiles = new Map<string, string>();
  const schemaIndex = new Map<string, string>();
  const responseIndex = new Map<string, string>();
  const parameterIndex = new Map<string, string>();
  /** Registers the file of a component under its `#/components/...` pointer and in its kind's index. */
  const componentFile = (kind: 'schemas' | 'responses' | 'parameters', name: string, file: string) => {
    componentFiles.set(`#/components/${kind}/${name}`, file);
    ({ schemas: schemaIndex, responses: responseIndex, parameters: parameterIndex })[kind].set(name, file);
    return file;
  };
  const named = buildNamedSchemas(reference.schemas, context, discriminators);
  for (const schema of named) {
    componentFile('schemas', schema.name, `components/schemas/${schema.area}/${schema.name}.yaml`);
    for (const note of schema.mergeNotes) notes.push(`schema ${schema.name} (${schema.definitions.map((d) => `${d.area}:${d.line}`).join(', ')}): ${note}`);
  }

  for (const schema of findUndocumentedSchemas(reference)) {
    files.set(componentFile('schemas', schema.name, `components/schemas/${schema.area}/${schema.name}.yaml`), schema.schema);
    notes.push(
      `schema ${schema.name} (line ${schema.line}) is referenced but not described${schema.example ? `; properties from the example at line ${schema.example.line}` : ''}`,
    );
  }

  const paths = reference.operations.map(requestPath);
  const unified = unifyTemplates(paths);
  const operations: Array<{ doc: DocOperation; path: string }> = reference.operations.map((doc, i) => {
    const { path, renames } = unified.get(paths[i]!)!;
    return { doc: { ...doc, parameters: fitParameterRows(doc.parameters, path, renames) }, path };
  });

  const sharedResponses = findSharedResponses(operations.map((o) => o.doc));
  for (const shared of sharedResponses.values()) {
    const file = componentFile('responses', shared.component, `components/responses/${shared.component}.yaml`);
    const schema = shared.response.schema === 'None' ? undefined : shared.response.schema === 'Inline' ? {} : { $ref: context.refTo(shared.response.schema) };
    files.set(file, { description: shared.response.description, ...(schema ? { content: { 'application/json': { schema } } } : {}) });
  }
  files.set(componentFile('responses', inferredUnauthorized.name, `components/responses/${inferredUnauthorized.name}.yaml`), inferredUnauthorized.document);

  const sharedParameters = findSharedParameters(operations.map((o) => o.doc));
  for (const shared of sharedParameters.values()) {
    const file = componentFile('parameters', shared.component, `components/parameters/${shared.component}.yaml`);
    const owner = operations.find((o) => o.doc.parameters.includes(shared.row))!;
    files.set(file, parameterObject(shared.row, owner.doc.parameterEnums, context));
  }

  const usedIds = new Set<string>();
  const pathIndex = new Map<string, Map<string, string>>();
  for (const { doc, path } of operations) {
    const key = `${doc.method} ${path}`;
    const returnsArray = doc.responseSchemas.some((t) => (t.status.startsWith('2') || t.status === 'default') && t.rows[0]?.type.startsWith('['));
    let operationId =
      curatedNames.get(key) ??
      proposeOperationId(allowedVerbs({ method: doc.method, path, returnsArray }).verbs[0] ?? doc.method.toLowerCase(), doc.heading, path);
    if (usedIds.has(operationId)) {
      let n = 2;
      while (usedIds.has(`${operationId}${n}`)) n++;
      notes.push(`operationId ${operationId} is taken; ${key} (line ${doc.methodLine}) is named ${operationId}${n}`);
      operationId = `${operationId}${n}`;
    }
    usedIds.add(operationId);
    const tag = tagFor(tags, doc.area, doc.tag);
    const document = operationDocument(doc, operationId, {
      ...context,
      areaTitle: tag.area.title,
      tagName: tag.name,
      sharedParameter: (row, operation) => {
        const shared = sharedParameters.get(sharedParameterKey(row, operation));
        return shared ? `#/components/parameters/${shared.component}` : undefined;
      },
      sharedResponse: (response) => {
        const shared = sharedResponses.get(sharedResponseKey(response));
        return shared ? `#/components/responses/${shared.component}` : undefined;
      },
      fallback4xx: { status: '401', component: `#/components/responses/${inferredUnauthorized.name}` },
    });
    const file = `paths/${doc.area}/${operationId}.yaml`;
    files.set(file, document);
    const methods = pathIndex.get(path) ?? new Map<string, string>();
    methods.set(doc.method.toLowerCase(), file);
    pathIndex.set(path, methods);
  }

  for (const schema of named) {
    const file = schemaIndex.get(schema.name)!;
    files.set(file, schema.schema);
  }

  const root = rootDocument({
    tags,
    areaOrder: reference.areas.map((a) => a.title),
    paths: pathIndex,
    schemas: schemaIndex,
    responses: responseIndex,
    parameters: parameterIndex,
  });
  files.set('openapi.yaml', root as JsonSchema);
  for (const note of allowNullsShownInExamples(files, componentFiles)) notes.push(note);
  for (const [file, content] of files) if (file !== 'openapi.yaml') files.set(file, relativizeRefs(content, file, componentFiles) as JsonSchema);
  return { files, notes };
}
