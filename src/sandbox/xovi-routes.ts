// XOVI in the sandbox: the credit state (getCreditstate), the account's limits (getXoviLimits) and
// the monitoring keyword quota (getKeywordLimits), each in both key placements, as the client
// sends them (spec/xovi/CURATION.md X1): `/user/getCreditstate/{key}/{format}` and
// `/user/getCreditstate?key=…&format=…`. Any key is accepted, but there must be one; the answers
// are the spec's JSON and XML examples, and a missing key or an unknown format is XOVI's
// "param missing" envelope (code 80).
import { json, type SandboxAnswer, type SandboxRoutes } from './sandbox-route.js';
import type { SpecExamples } from './spec-examples.js';

/** Each method by its route (`service/method`) and the operationId of its path form. */
const METHODS: Record<string, string> = {
  'user/getCreditstate': 'getCreditstate',
  'user/getXoviLimits': 'getXoviLimits',
  'monitor/getKeywordLimits': 'getKeywordLimits',
};
const ROUTE = /^\/(user\/\w+|monitor\/\w+)(?:\/([^/]*)\/([^/]*))?$/;
const PARAM_MISSING = 80;

interface MethodAnswers {
  json: unknown;
  xml: string;
  paramMissing: unknown;
}

export function xoviRoutes(examples: SpecExamples): SandboxRoutes {
  const answers = new Map<string, MethodAnswers>(
    Object.entries(METHODS).map(([route, operationId]) => [
      route,
      {
        json: examples(operationId, '200')[0],
        xml: String(examples(operationId, '200', 'application/xml')[0]),
        paramMissing: examples(operationId, '4XX').find((envelope) => (envelope as { apiErrorCode?: unknown }).apiErrorCode === PARAM_MISSING),
      },
    ]),
  );

  return (request) => {
    const route = ROUTE.exec(request.path);
    const method = route && answers.get(route[1] ?? '');
    if (request.method !== 'GET' || !route || !method) return undefined;
    const pathForm = route[2] !== undefined;
    const key = pathForm ? decodeURIComponent(route[2] ?? '') : request.query.get('key');
    const format = pathForm ? decodeURIComponent(route[3] ?? '') : (request.query.get('format') ?? 'json');
    const missing = (name: string): SandboxAnswer => json(400, { ...(method.paramMissing as object), paramname: name });
    if (!key) return missing('key');
    if (format === 'json') return json(200, method.json);
    if (format === 'xml') return { status: 200, headers: { 'content-type': 'application/xml' }, body: method.xml };
    return missing('format');
  };
}
