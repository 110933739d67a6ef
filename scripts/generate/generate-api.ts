// Everything `npm run generate` writes for one API of redocly.yaml, from one bundle of its spec
// (Redocly's library, openapi/redocly.ts):
//   - generated/<api>.ts, the types (openapi/generate-types.ts);
//   - generated/<api>.validation.ts, the spec creditline/validate checks answers against;
//   - the API's calls file (code-samples/calls-file.ts), the docs' TypeScript samples that
//     `npm run typecheck` compiles;
//   - dist/openapi/<api>.json and .yaml, the bundles the package ships.
// `npm run dev` writes through here too, so the files are the same bytes whichever wrote them.
// A file whose text would not change is left alone.
import path from 'node:path';
import { callsFilePath, renderCallsFile } from '../code-samples/calls-file.js';
import { writeBundleFiles } from '../openapi/bundle-apis.js';
import type { OpenApiDocument } from '../openapi/document.js';
import { generatedTypes } from '../openapi/generate-types.js';
import { apiRootFile, bundleSpecText, type RedoclyProject } from '../openapi/redocly.js';
import type { ApiEntry } from '../openapi/redocly-apis.js';
import { withParameterSchemasFromContent } from '../openapi/typed-content-parameters.js';
import { validationSpecModule, validationSpecOutput } from '../openapi/validation-spec.js';
import { writeIfChanged } from '../openapi/write-if-changed.js';

export interface GeneratedApi {
  /** The files whose text changed, relative to the project's root, the types first. */
  changed: string[];
  /** What Redocly warned about while bundling (it still bundles). */
  warnings: string[];
}

/** Bundles the API and writes its files; throws a BundleError, writing nothing, when the spec does not bundle. */
export async function generateApi(project: RedoclyProject, api: ApiEntry): Promise<GeneratedApi> {
  const { root } = project;
  const { json, warnings } = await bundleSpecText(project, apiRootFile(project, api));
  const bundle = JSON.parse(json) as OpenApiDocument;
  // The types read parameters given as JSON `content` as typed by their content schema
  // (typed-content-parameters.ts says why). The validation spec is the bundle as it ships, so that
  // a drift report's specPointer names a place of dist/openapi/<api>.json.
  const typed = withParameterSchemasFromContent(bundle);
  const changed: string[] = [];
  const write = (file: string, text: string) => {
    if (writeIfChanged(path.resolve(root, file), text)) changed.push(path.relative(root, path.resolve(root, file)));
  };
  // The types first: they are what someone editing the spec waits for.
  write(api.typesOutput, await generatedTypes(typed));
  write(validationSpecOutput(api), validationSpecModule(bundle));
  write(callsFilePath(api.name, root), renderCallsFile(bundle, api.name));
  changed.push(...writeBundleFiles(api.name, json, bundle, path.join(root, 'dist', 'openapi')).map((file) => path.relative(root, file)));
  return { changed, warnings };
}
