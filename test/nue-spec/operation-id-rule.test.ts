// The operationId rule of spec/STYLE.md, and that the Nue spec follows it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allowedVerbs, customMethod, isCamelCase, startsWithVerb, words } from '../../scripts/openapi/operation-id-rule.js';
import { listOperations } from '../../scripts/openapi/operations.js';
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

  it('is enforced by scripts/check-operation-ids.ts, which exits 1 on a violation', () => {
    const check = (file: string) => runScript('scripts/check-operation-ids.ts', [file]);
    const ok = check('spec/nue/openapi.yaml');
    expect(ok.stdout).toContain(`${nueOperationCount} operations, 0 operationId problem(s)`);
    expect(ok.status).toBe(0);

    const folder = mkdtempSync(path.join(tmpdir(), 'operation-ids-'));
    try {
      const response = { responses: { '200': { description: 'OK' } } };
      const bundle = {
        openapi: '3.1.0',
        info: { title: 't', version: '1' },
        paths: {
          '/v1/orders': { post: { operationId: 'makeOrder', ...response } },
          '/v1/orders/{orderId}:cancel': { post: { operationId: 'makeOrder', ...response } },
        },
      };
      writeFileSync(path.join(folder, 'bundle.json'), JSON.stringify(bundle));
      const broken = check(path.join(folder, 'bundle.json'));
      expect(broken.status).toBe(1);
      expect(broken.stderr).toContain('"makeOrder" must start with "create" (POST)');
      expect(broken.stderr).toContain('"makeOrder" must start with "cancel" (custom method ":cancel")');
      expect(broken.stderr).toContain('is also used by POST /v1/orders');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
