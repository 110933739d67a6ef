// The operationId rule of spec/STYLE.md, and that the Nue spec follows it.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allowedVerbs, customMethod, isCamelCase, startsWithVerb, words } from '../../scripts/openapi/operation-id-rule.js';
import { listOperations } from '../../scripts/openapi/operations.js';
import { scratchRoot } from '../support/scratch-root.js';
import { nueOperationCount, sharedNueSpec } from './support/bundled-spec.js';
import { runScript } from './support/run-script.js';

const verbs = (method: string, path: string, returnsArray = false) => allowedVerbs({ method, path, returnsArray }).verbs;

describe('operationId rule', () => {
  it('takes the verb of a custom method, skipping a leading async', () => {
    expect(customMethod('/v1/orders/{orderId}:cancel')).toBe('cancel');
    expect(customMethod('/v1/billing/invoice:transfer-to-crm/{invoice-id}')).toBe('transfer-to-crm');
    expect(verbs('POST', '/v1/orders/{orderId}:cancel')).toEqual(['cancel']);
    expect(verbs('POST', '/v1/billing/credit-memos:async-cancel')).toEqual(['cancel']);
    expect(verbs('GET', '/v1/objects/Product/{id}:getImage')).toEqual(['get']);
    expect(verbs('POST', '/v1/eventPosts/{id}:reSend')).toEqual(['re']);
  });

  it('uses the method verb otherwise, list only for arrays', () => {
    expect(verbs('GET', '/roles', true)).toEqual(['list']);
    expect(verbs('GET', '/roles/{id}')).toEqual(['get']);
    expect(verbs('POST', '/v1/orders')).toEqual(['create']);
    expect(verbs('PATCH', '/v1/orders/customers/{customerId}')).toEqual(['update']);
    expect(verbs('DELETE', '/v1/orders')).toEqual(['delete']);
    expect(verbs('PUT', '/v1/anything')).toEqual(['replace']);
  });

  it('reads actions in the last segment, GraphQL endpoints and the listed exceptions', () => {
    expect(verbs('PATCH', '/v1/billing/schedules/activate')).toEqual(['activate']);
    expect(verbs('POST', '/auth/refreshToken')).toEqual(['refresh']);
    expect(verbs('POST', '/v1/orders/async/graphql')).toEqual(['query']);
    expect(verbs('POST', '/v1/orders/{orderId}')).toEqual(['update']);
    // Maileon's Partner API creates with PUT and updates with POST.
    expect(verbs('PUT', '/partner/settings/prepaids/contingents')).toEqual(['create']);
    expect(verbs('POST', '/partner/settings/prepaids/contingents/contingent/{cid}')).toEqual(['update']);
    expect(verbs('POST', '/partner/settings/prepaids/status')).toEqual(['update']);
  });

  it('matches whole words in camelCase ids', () => {
    expect(words('transferToPayments')).toEqual(['transfer', 'to', 'payments']);
    expect(startsWithVerb('reSendEventPost', 're')).toBe(true);
    expect(startsWithVerb('refundInvoices', 're')).toBe(false);
    expect(startsWithVerb('listRoles', 'list')).toBe(true);
    expect(isCamelCase('getOrder')).toBe(true);
    expect(isCamelCase('get-order')).toBe(false);
    expect(isCamelCase('GetOrder')).toBe(false);
  });

  it('holds for every operation of the Nue spec', () => {
    const operations = listOperations(sharedNueSpec().document);
    const broken = operations.filter(
      (o) => !o.operationId || !isCamelCase(o.operationId) || !allowedVerbs(o).verbs.some((v) => startsWithVerb(o.operationId!, v)),
    );
    expect(broken.map((o) => `${o.method} ${o.path} ${o.operationId}`)).toEqual([]);
    expect(new Set(operations.map((o) => o.operationId)).size).toBe(operations.length);
  });

  it('is enforced by npm run spec:lint, which exits 1 on a violation', () => {
    const scratch = scratchRoot();
    try {
      // Two operations named against the rule and against each other, on a copy of the spec.
      for (const file of ['createOrder.yaml', 'cancelOrder.yaml']) {
        const operation = path.join(scratch.root, 'spec', 'nue', 'paths', 'revenue-manager', file);
        writeFileSync(operation, readFileSync(operation, 'utf8').replace(/^operationId: \w+$/m, 'operationId: makeOrder'));
      }
      const lint = runScript('scripts/spec-lint.ts', ['--root', scratch.root]);
      expect(lint.status).toBe(1);
      expect(lint.stdout).toContain(`nue: ${nueOperationCount} operations, 3 operationId problem(s)`);
      expect(lint.stdout).toContain('"makeOrder" must start with "create" (POST)');
      expect(lint.stdout).toContain('"makeOrder" must start with "cancel" (custom method ":cancel")');
      expect(lint.stdout).toContain('is also used by POST /v1/orders');
      // The other specs are checked too, and hold (Maileon's PUT-creates and POST-updates are listed exceptions).
      expect(lint.stdout).toMatch(/\nxovi: [1-9]\d* operations, 0 operationId problem\(s\)/);
      expect(lint.stdout).toMatch(/\nmaileon: [1-9]\d* operations, 0 operationId problem\(s\)/);
    } finally {
      scratch.remove();
    }
  }, 180_000);
});
