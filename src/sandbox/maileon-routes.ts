// Maileon in the sandbox: the prepaid operations of the spec's examples, for any newsletter
// account. The contingents (listContingents) are every example's contingents once; pages hold at
// most SANDBOX_PAGE_SIZE contingents whatever `page_size` asks, so a client walks several pages as
// it does at Maileon: `x-items`, `x-pages` and `Link` header lines with rel="start", "prev" and
// "next" (spec/maileon/CURATION.md, M1, M2). One contingent is read, updated or deleted by the id
// of one of those; the prepaid status is the example's. Writes are answered as Maileon would
// answer them but change nothing: the sandbox answers the same to everyone. Errors are the spec's
// examples, as JSON strings (M4, P7). The key must be there; it never goes into a link.
import { json, jsonBody, type SandboxAnswer, type SandboxRequest, type SandboxRoutes, uniqueById, wholeNumber } from './sandbox-route.js';
import type { SpecExamples } from './spec-examples.js';

const STATUS_PATH = '/partner/settings/prepaids/status';
const CONTINGENTS_PATH = '/partner/settings/prepaids/contingents';
const ROUTES = new Set([`GET ${STATUS_PATH}`, `POST ${STATUS_PATH}`, `GET ${CONTINGENTS_PATH}`, `PUT ${CONTINGENTS_PATH}`]);
const CONTINGENT_ROUTE = /^\/partner\/settings\/prepaids\/contingents\/contingent\/([^/]+)$/;
/** Small on purpose: the examples hold three contingents, and paging is what a client must get right. */
const SANDBOX_PAGE_SIZE = 1;
/** The spec's ContingentStatus values; others in `status` are ignored, as Maileon does. */
const STATUSES = new Set(['consumed', 'expired', 'running', 'outstanding']);
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

interface ExampleContingent {
  id?: unknown;
  status?: unknown;
  usedValue?: unknown;
}

interface ContingentDetails {
  expiryDate: string;
  contingentValue: number;
  name: string;
}

export function maileonRoutes(examples: SpecExamples): SandboxRoutes {
  const listed = uniqueById(examples('listContingents', '200').flatMap((value) => (Array.isArray(value) ? (value as ExampleContingent[]) : [])));
  // One contingent may be read by the id of any example: the list's and the get page's.
  const known = uniqueById([...listed, ...(examples('getContingent', '200') as ExampleContingent[])]);
  const [prepaidStatus] = examples('getPrepaidStatus', '200') as Array<{ active?: unknown }>;
  const [created] = examples('createContingent', '200') as object[];
  const errors = {
    invalidStatus: String(examples('updatePrepaidStatus', '400')[0]),
    invalidDate: String(examples('updateContingent', '400')[0]),
    notFound: String(examples('getContingent', '404')[0]),
    belowUsed: String(examples('updateContingent', '409')[0]),
  };
  /** An error answer with Maileon's JSON-string body. */
  const refuse = (status: number, text: string): SandboxAnswer => json(status, JSON.stringify(text));

  const contingentRoute = (request: SandboxRequest, nlAccountId: number, cid: string): SandboxAnswer => {
    const contingent = known.find((item) => String(item.id) === cid);
    if (!contingent) return refuse(404, errors.notFound);
    if (request.method === 'GET') return json(200, contingent);
    if (request.method === 'DELETE') return { status: 204 };
    const details = contingentDetails(request);
    if (!details) return refuse(400, errors.invalidDate);
    const used = Number(contingent.usedValue);
    const value = Math.max(0, details.contingentValue);
    if (value < used) return refuse(409, errors.belowUsed);
    return json(200, { ...contingent, ...details, contingentValue: value, availableValue: value - used, newsletterAccountId: nlAccountId });
  };

  return (request) => {
    const cid = CONTINGENT_ROUTE.exec(request.path)?.[1];
    const route = `${request.method} ${request.path}`;
    if (cid === undefined ? !ROUTES.has(route) : !['GET', 'POST', 'DELETE'].includes(request.method)) return undefined;
    const { query } = request;
    if (!query.get('key')) return { status: 401 };
    if (!/^\d+$/.test(query.get('nl_account_id') ?? '')) return json(400, { message: 'nl_account_id must be the id of a newsletter account' });
    const nlAccountId = Number(query.get('nl_account_id'));
    if (cid !== undefined) return contingentRoute(request, nlAccountId, decodeURIComponent(cid));
    switch (route) {
      case `GET ${STATUS_PATH}`:
        return json(200, prepaidStatus);
      case `POST ${STATUS_PATH}`: {
        const active = (jsonBody(request) as { active?: unknown } | undefined)?.active;
        if (typeof active !== 'boolean') return refuse(400, errors.invalidStatus);
        const state = (on: unknown) => (on ? 'active' : 'inactive');
        return json(200, { oldState: state(prepaidStatus?.active), newState: state(active) });
      }
      case `PUT ${CONTINGENTS_PATH}`: {
        const details = contingentDetails(request);
        if (!details) return refuse(400, errors.invalidDate);
        const value = Math.max(0, details.contingentValue);
        return json(200, { ...created, ...details, contingentValue: value, availableValue: value, usedValue: 0, newsletterAccountId: nlAccountId });
      }
      default:
        return listPage(request, listed);
    }
  };
}

/** The three fields every create and update sends (ContingentDetails), or undefined when the body is not that. */
function contingentDetails(request: SandboxRequest): ContingentDetails | undefined {
  const body = jsonBody(request) as Partial<Record<keyof ContingentDetails, unknown>> | undefined;
  const { expiryDate, contingentValue, name } = body ?? {};
  const valid =
    typeof expiryDate === 'string' &&
    DATE_TIME.test(expiryDate) &&
    !Number.isNaN(Date.parse(expiryDate)) &&
    Number.isInteger(contingentValue) &&
    typeof name === 'string';
  return valid ? { expiryDate, contingentValue: contingentValue as number, name } : undefined;
}

/** One page of the contingents, with Maileon's paging headers. */
function listPage(request: SandboxRequest, contingents: ExampleContingent[]): SandboxAnswer {
  const { query } = request;
  const pageIndex = wholeNumber(query, 'page_index', 1, 1, Number.MAX_SAFE_INTEGER);
  const pageSize = wholeNumber(query, 'page_size', 100, 1, 1000);
  if (pageIndex === undefined || pageSize === undefined) return json(400, { message: 'page_index must be 1 or more, page_size 1 to 1000' });

  const wanted = query.getAll('status').filter((status) => STATUSES.has(status));
  const matching = wanted.length ? contingents.filter((contingent) => wanted.includes(String(contingent.status))) : contingents;
  const size = Math.min(pageSize, SANDBOX_PAGE_SIZE);
  // Stryker disable next-line ArithmeticOperator: size is always SANDBOX_PAGE_SIZE (1), so dividing and multiplying by it agree
  const pages = Math.ceil(matching.length / size);
  const link = (page: number, rel: string) => {
    const url = new URL(`${request.baseUrl}${CONTINGENTS_PATH}`);
    // The key is not repeated in a link (the client adds it to every page); page_index is set below.
    for (const [name, value] of query) if (name !== 'key') url.searchParams.append(name, value);
    url.searchParams.set('page_index', String(page));
    return `<${url}>; rel="${rel}"`;
  };
  const links = [link(1, 'start')];
  if (pageIndex > 1) links.push(link(pageIndex - 1, 'prev'));
  if (pageIndex < pages) links.push(link(pageIndex + 1, 'next'));
  // Stryker disable next-line ArithmeticOperator: size is always SANDBOX_PAGE_SIZE (1), so dividing and multiplying by it agree
  return json(200, matching.slice((pageIndex - 1) * size, pageIndex * size), {
    'x-items': String(matching.length),
    'x-pages': String(pages),
    link: links,
  });
}
