// Maileon in the sandbox: the prepaid contingents (operation listContingents) of the spec's
// examples, every example's contingents once, for any newsletter account. Pages hold at most
// SANDBOX_PAGE_SIZE contingents whatever `page_size` asks, so a client walks several pages as it
// does at Maileon: `x-items`, `x-pages` and `Link` header lines with rel="start", "prev" and
// "next" (spec/maileon/CURATION.md, M1, M2). The key must be there; it never goes into a link.
import { json, type SandboxRoutes, uniqueById, wholeNumber } from './sandbox-route.js';
import type { SpecExamples } from './spec-examples.js';

const CONTINGENTS_PATH = '/partner/settings/prepaids/contingents';
/** Small on purpose: the examples hold three contingents, and paging is what a client must get right. */
const SANDBOX_PAGE_SIZE = 1;
/** The spec's ContingentStatus values; others in `status` are ignored, as Maileon does. */
const STATUSES = new Set(['consumed', 'expired', 'running', 'outstanding']);

interface ExampleContingent {
  id?: unknown;
  status?: unknown;
}

export function maileonRoutes(examples: SpecExamples): SandboxRoutes {
  const contingents = uniqueById(examples('listContingents', '200').flatMap((value) => (Array.isArray(value) ? (value as ExampleContingent[]) : [])));

  return (request) => {
    if (request.method !== 'GET' || request.path !== CONTINGENTS_PATH) return undefined;
    const { query } = request;
    if (!query.get('key')) return { status: 401 };
    if (!/^\d+$/.test(query.get('nl_account_id') ?? '')) return json(400, { message: 'nl_account_id must be the id of a newsletter account' });
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
      for (const [name, value] of query) if (name !== 'key' && name !== 'page_index') url.searchParams.append(name, value);
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
  };
}
