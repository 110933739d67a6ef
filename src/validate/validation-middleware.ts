// The openapi-fetch middleware that checks a client's traffic against its spec. It sees every
// call of the typed client (helpers included, since they call it) with `schemaPath`, the path
// template that names the operation. Answers are read from a clone, so the caller's body stays
// unread. A non-2xx answer reaches it in two ways: as the response (with `throwOnError: false`)
// or as the ApiError our transport raised (the default), which keeps the body but not the headers.
import type { Middleware } from 'openapi-fetch';
import type { RequestDescription } from '../core/errors.js';
import { isApiError } from '../core/errors.js';
import { checkAnswer } from './check-answer.js';
import { checkRequest } from './check-request.js';
import type { DriftReport } from './drift-report.js';
import { SpecDriftError } from './errors/spec-drift-error.js';
import { compiledSpec } from './spec/compiled-spec.js';
import type { ValidatedApi, ValidateOptions, ValidationMode } from './validate-options.js';

export function validationMiddleware(api: ValidatedApi, options: ValidateOptions): Middleware {
  // Stryker disable next-line ArrayDeclaration: checkValidateOptions allows only DRIFT_KINDS in ignore, so an extra unknown name in the default set never matches a report
  const ignored = new Set(options.ignore ?? []);
  /** Hands the reports to onDrift; in `throw` mode a difference then fails the call. */
  const deliver = (reports: DriftReport[], mode: ValidationMode, request: RequestDescription) => {
    const kept = reports.filter((report) => !ignored.has(report.kind));
    for (const report of kept) options.onDrift?.(report);
    if (mode === 'throw' && kept.length > 0) throw new SpecDriftError(request, kept);
  };
  return {
    async onRequest({ request, schemaPath, params, options: client }) {
      if (!options.requests) return undefined;
      const text = request.body ? await request.clone().text() : '';
      const body = text ? { contentType: request.headers.get('content-type'), text } : undefined;
      const reports = checkRequest(await compiledSpec(api), { method: request.method, path: schemaPath }, { params, body });
      deliver(reports, options.requests, describe(request, schemaPath, client.baseUrl));
      return undefined;
    },
    async onResponse({ request, response, schemaPath, options: client }) {
      const text = await readClone(response);
      if (text === undefined) return undefined; // the body broke off: the caller's read fails too, and the core deals with it
      const answer = { status: response.status, contentType: response.headers.get('content-type'), body: { text } };
      const reports = checkAnswer(await compiledSpec(api), { method: request.method, path: schemaPath }, answer);
      // Only a 2xx answer is failed by `throw`: an error answer ends as the caller expects it to.
      // Stryker disable next-line StringLiteral: deliver compares the mode with 'throw' only, so any other string behaves as 'report'
      deliver(reports, response.ok ? options.responses : 'report', describe(request, schemaPath, client.baseUrl));
      return undefined;
    },
    async onError({ error, request, schemaPath, options: client }) {
      if (!isApiError(error)) return undefined;
      const body = error.body === undefined ? { text: '' } : typeof error.body === 'string' ? { text: error.body } : { parsed: error.body };
      const reports = checkAnswer(
        await compiledSpec(api),
        { method: request.method, path: schemaPath },
        { status: error.status, contentType: undefined, body },
      );
      // Stryker disable next-line StringLiteral: deliver compares the mode with 'throw' only, so any other string behaves as 'report'
      deliver(reports, 'report', describe(request, schemaPath, client.baseUrl));
      return undefined;
    },
  };
}

async function readClone(response: Response): Promise<string | undefined> {
  try {
    return await response.clone().text();
  } catch {
    return undefined;
  }
}

/** The call as errors name it: the URL is the base URL and the path template, with no credentials, ids or query. */
function describe(request: Request, pathTemplate: string, baseUrl: string): RequestDescription {
  let base = baseUrl;
  try {
    const url = new URL(baseUrl);
    url.username = '';
    url.password = '';
    url.search = '';
    url.hash = '';
    base = url.href;
  } catch {
    base = '';
  }
  return { method: request.method, pathTemplate, url: `${base.replace(/\/$/, '')}${pathTemplate}` };
}
