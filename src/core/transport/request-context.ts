// openapi-fetch knows the spec's path template (`schemaPath`) only in middleware; the
// transport sees just the Request. A middleware records it here so errors can name it.
import type { Middleware } from 'openapi-fetch';

const pathTemplates = new WeakMap<Request, string>();

export function pathTemplateOf(request: Request): string | undefined {
  return pathTemplates.get(request);
}

export function rememberPathTemplate(request: Request, pathTemplate: string): void {
  pathTemplates.set(request, pathTemplate);
}

export const recordPathTemplate: Middleware = {
  onRequest({ request, schemaPath }) {
    rememberPathTemplate(request, schemaPath);
    return undefined;
  },
};
