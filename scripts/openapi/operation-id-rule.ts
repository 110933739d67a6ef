// The operationId rule of spec/STYLE.md: an operationId is camelCase and starts with the verb its
// request shape calls for. It is a rule of our specs, not something the vendor docs say (they
// have no operationIds), so it lives with the OpenAPI helpers: `npm run spec:lint` (spec-lint.ts)
// enforces it on every spec, and the Nue importer names new operations with it. The listed
// exceptions are the requests whose method hides what they do: Nue's reads sent as POST, and
// Maileon's Partner API, which creates with PUT and updates with POST.

/** What the rule needs to know about an operation. */
export interface OperationShape {
  method: string;
  /** The request path as in the spec (with /v1 where it applies). */
  path: string;
  /** The success response body is a JSON array. */
  returnsArray: boolean;
}

/** Default verb per HTTP method. GET has two: `list` for array results, `get` otherwise. */
const methodVerbs: Record<string, string> = { post: 'create', put: 'replace', patch: 'update', delete: 'delete' };

/**
 * Last path segments that are an action rather than a resource (`/billing/schedules/cancel`,
 * `/auth/refreshToken`): their first word is the verb.
 */
export const actionSegmentVerbs = ['activate', 'deactivate', 'cancel', 'verify', 'revoke', 'refresh', 'create'] as const;

/**
 * Operations whose HTTP method does not say what they do, e.g. reads sent as POST because they
 * carry a body. Each names the verb it uses instead and why; the check accepts only these.
 */
export const verbExceptions: Record<string, { verb: string; reason: string }> = {
  'POST /v1/orders/{orderId}': { verb: 'update', reason: 'POST on an existing order; the docs call it "Update Order".' },
  'POST /v1/usage/usage': { verb: 'query', reason: 'A read with a filter body; the docs call it "Query usage by subscriptions".' },
  'POST /v1/usage/customers/{customerId}/subscriptions/{subscriptionId}/usage': {
    verb: 'get',
    reason: 'A read with a filter body; the docs call it "Get usage".',
  },
  'POST /v1/cpq/usage-rate': { verb: 'rate', reason: 'Computes prices for usage without storing anything; the docs call it "Usage Rating".' },
  'POST /v1/orders/usage-rate': { verb: 'rate', reason: 'Computes prices for usage; the docs call it "Bulk Rate Usages".' },
  'POST /v1/objects/composite/{objectName}List': {
    verb: 'persist',
    reason: 'Creates, updates and deletes in one call ("Composite CRUD", "the list of objects to persist").',
  },
  'PUT /partner/settings/prepaids/contingents': { verb: 'create', reason: 'Maileon creates with PUT; the page is "Create New Contingent".' },
  'POST /partner/settings/prepaids/contingents/contingent/{cid}': {
    verb: 'update',
    reason: 'Maileon updates with POST; the page is "Update Specific Contingent".',
  },
  'POST /partner/settings/prepaids/status': { verb: 'update', reason: 'A POST that changes the setting; the page is "Set Prepaid Setting Status".' },
};

/** Splits `sync-all`, `transferToPayments`, `reSend` into lower-case words. */
export function words(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[\s_-]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

/** `/v1/orders/{orderId}:cancel` → "cancel"; `/billing/invoice:transfer-to-crm/{invoice-id}` → "transfer-to-crm". */
export function customMethod(path: string): string | undefined {
  return /:([A-Za-z][\w-]*)/.exec(path)?.[1];
}

function lastLiteralSegment(path: string): string | undefined {
  return path
    .split('/')
    .filter((s) => s !== '' && !s.startsWith('{'))
    .pop();
}

/** The verbs an operationId may start with, and the reason, for the check's messages. */
export function allowedVerbs(shape: OperationShape): { verbs: string[]; because: string } {
  const key = `${shape.method.toUpperCase()} ${shape.path}`;
  const exception = verbExceptions[key];
  if (exception) return { verbs: [exception.verb], because: `listed exception: ${exception.reason}` };
  const custom = customMethod(shape.path);
  if (custom) {
    // `async-cancel` cancels asynchronously: "async" says how, not what.
    const verb = words(custom).filter((w) => w !== 'async')[0]!;
    return { verbs: [verb], because: `custom method ":${custom}"` };
  }
  const last = lastLiteralSegment(shape.path) ?? '';
  if (last === 'graphql') return { verbs: ['query'], because: 'GraphQL endpoint' };
  const actionVerb = (actionSegmentVerbs as readonly string[]).find((v) => words(last)[0] === v);
  if (actionVerb) return { verbs: [actionVerb], because: `action segment "/${last}"` };
  const method = shape.method.toLowerCase();
  if (method === 'get')
    return shape.returnsArray ? { verbs: ['list'], because: 'GET returning an array' } : { verbs: ['get'], because: 'GET returning one object' };
  const verb = methodVerbs[method];
  if (!verb) return { verbs: [], because: `no verb for ${method.toUpperCase()}` };
  return { verbs: [verb], because: `${method.toUpperCase()}` };
}

/** A camelCase identifier: lower-case start, letters and digits only. */
export function isCamelCase(id: string): boolean {
  return /^[a-z][a-zA-Z0-9]*$/.test(id);
}

/** `reSendEventPost` starts with the verb "re" followed by a new word. */
export function startsWithVerb(id: string, verb: string): boolean {
  if (!id.startsWith(verb)) return false;
  const next = id.charAt(verb.length);
  return next === '' || /[A-Z0-9]/.test(next);
}

/** Every breach of the rule in a spec's operations (none, when it holds), one line each. */
export function operationIdProblems(operations: (OperationShape & { operationId?: string })[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const operation of operations) {
    const where = `${operation.method.toUpperCase()} ${operation.path}`;
    const id = operation.operationId;
    if (!id) {
      problems.push(`${where}: no operationId`);
      continue;
    }
    if (!isCamelCase(id)) problems.push(`${where}: "${id}" is not camelCase`);
    const other = seen.get(id);
    if (other) problems.push(`${where}: "${id}" is also used by ${other}`);
    seen.set(id, where);
    const { verbs, because } = allowedVerbs(operation);
    if (!verbs.some((verb) => startsWithVerb(id, verb)))
      problems.push(`${where}: "${id}" must start with ${verbs.map((v) => `"${v}"`).join(' or ')} (${because})`);
  }
  return problems;
}
