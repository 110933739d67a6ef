// XOVI in the sandbox: the credit state (operation getCreditstate) in both key placements, as the
// client sends them (spec/xovi/CURATION.md X1): `/user/getCreditstate/{key}/{format}` and
// `/user/getCreditstate?key=…&format=…`. Any key is accepted, but there must be one; the answers
// are the spec's JSON and XML examples, and a missing key or an unknown format is XOVI's
// "param missing" envelope (code 80).
import { json, type SandboxAnswer, type SandboxRoutes } from './sandbox-route.js';
import type { SpecExamples } from './spec-examples.js';

const PATH_FORM = /^\/user\/getCreditstate\/([^/]*)\/([^/]*)$/;
const QUERY_FORM = '/user/getCreditstate';
const PARAM_MISSING = 80;

export function xoviRoutes(examples: SpecExamples): SandboxRoutes {
  const [success] = examples('getCreditstate', '200');
  const [xml] = examples('getCreditstate', '200', 'application/xml');
  const paramMissing = examples('getCreditstate', '4XX').find((envelope) => (envelope as { apiErrorCode?: unknown }).apiErrorCode === PARAM_MISSING);
  const missing = (name: string): SandboxAnswer => json(400, { ...(paramMissing as object), paramname: name });

  return (request) => {
    const pathForm = PATH_FORM.exec(request.path);
    if (request.method !== 'GET' || (!pathForm && request.path !== QUERY_FORM)) return undefined;
    const key = pathForm ? decodeURIComponent(pathForm[1] ?? '') : request.query.get('key');
    const format = pathForm ? decodeURIComponent(pathForm[2] ?? '') : (request.query.get('format') ?? 'json');
    if (!key) return missing('key');
    if (format === 'json') return json(200, success);
    if (format === 'xml') return { status: 200, headers: { 'content-type': 'application/xml' }, body: String(xml) };
    return missing('format');
  };
}
