import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minLength, nonnegative, number, strictObject, string } from 'zod/mini';
import type { Context } from 'aws-lambda';
import { httpLambda, route } from '../../../../shared/platform/http/index.js';
import { ConflictError } from '../../../../shared/platform/errors/domain-errors.js';
import { useLocalTable } from '../../../support/local-table.js';
import { httpEvent } from '../../../support/http-events.js';
import type { LocalDynamoDb } from '../../../../local/engines/dynamodb/local-dynamodb.js';

const actor = { sub: 'u1', name: 'Anna', role: 'healthcare', org: 'org-a' } as const;
let created = 0;

const handler = httpLambda({
  'POST /things': route({
    body: strictObject({ title: string().check(minLength(1)), amount: number().check(nonnegative()) }),
    handler: async ({ body, actor: who }) => ({ status: 201, body: { n: ++created, title: body.title, by: who.sub } }),
  }),
  'GET /things/{id}': route({
    handler: async ({ params }) => {
      if (params.id === 'stale') throw new ConflictError('stale version');
      if (params.id === 'boom') throw new Error('database password is hunter2');
      return { status: 200, body: { id: params.id } };
    },
  }),
  'GET /public': route({ auth: 'none', handler: async ({ actor: who }) => ({ status: 200, body: { anonymous: who === undefined } }) }),
  'GET /cached': route({ auth: 'none', handler: async () => ({ status: 200, body: {}, headers: { 'Cache-Control': 'public, max-age=60' } }) }),
  'DELETE /things/{id}': route({ handler: async () => ({ status: 204 }) }),
});

/** What every API answer carries, in AWS as locally. */
const expectSafeHeaders = (headers: Record<string, string>) => {
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['cache-control']).toBe('no-store');
};

const ctx = { getRemainingTimeInMillis: () => 10_000 } as Context;
const call = async (event: ReturnType<typeof httpEvent>) => {
  const result = await handler(event, ctx);
  return { ...result, json: result.body ? JSON.parse(result.body) : undefined };
};

let db: LocalDynamoDb;
beforeAll(async () => {
  db = await useLocalTable();
});
afterAll(async () => db.close());

describe('httpLambda', () => {
  it('answers a valid request with JSON and a correlation id', async () => {
    const res = await call(httpEvent({ routeKey: 'POST /things', body: '{"title":"a","amount":1}', actor, headers: { 'x-correlation-id': 'c-1' } }));
    expect(res.statusCode).toBe(201);
    expect(res.json).toMatchObject({ title: 'a', by: 'u1' });
    expect(res.headers['x-correlation-id']).toBe('c-1');
    expectSafeHeaders(res.headers);
  });

  it('sends nosniff and no-store on successes with and without a body, and on problems of every kind', async () => {
    expectSafeHeaders((await call(httpEvent({ routeKey: 'GET /public' }))).headers);
    expectSafeHeaders((await call(httpEvent({ routeKey: 'DELETE /things/{id}', pathParameters: { id: '1' }, actor }))).headers);
    const problems = [
      httpEvent({ routeKey: 'POST /things', body: '{"title":', actor }),
      httpEvent({ routeKey: 'GET /things/{id}', pathParameters: { id: '1' } }),
      httpEvent({ routeKey: 'GET /things/{id}', pathParameters: { id: 'stale' }, actor }),
      httpEvent({ routeKey: 'GET /things/{id}', pathParameters: { id: 'boom' }, actor }),
      httpEvent({ routeKey: 'GET /nothing', actor }),
    ];
    for (const event of problems) {
      const res = await call(event);
      expect(res.headers['content-type'], event.routeKey).toBe('application/problem+json');
      expectSafeHeaders(res.headers);
    }
  });

  it("keeps a route's own cache-control (whatever its case) and still sends nosniff", async () => {
    const res = await call(httpEvent({ routeKey: 'GET /cached' }));
    expect(res.headers['Cache-Control']).toBe('public, max-age=60');
    expect(res.headers['cache-control']).toBeUndefined();
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('refuses malformed JSON with 400 problem+json', async () => {
    const res = await call(httpEvent({ routeKey: 'POST /things', body: '{"title":', actor }));
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toBe('application/problem+json');
    expect(res.json.errors[0].path).toBe('(body)');
  });

  it('names each wrong or unknown field', async () => {
    const res = await call(httpEvent({ routeKey: 'POST /things', body: '{"title":"","amount":-5,"extra":true}', actor }));
    expect(res.statusCode).toBe(400);
    const paths = res.json.errors.map((e: { path: string }) => e.path).sort();
    expect(paths).toEqual(['amount', 'extra', 'title']);
    const amount = res.json.errors.find((e: { path: string }) => e.path === 'amount');
    expect(amount.text.en).toBe(amount.message);
    // Plain words for a person, never zod's own wording.
    expect(amount.text.sv).toMatch(/^Skriv ett tal som är/);
    expect(amount.message).not.toMatch(/Too small|expected/);
    expect(res.json.detail).toBe('The request has invalid fields.');
    expect(res.json.text.sv).toMatch(/rättas/);
    expect(res.json.errors.find((e: { path: string }) => e.path === 'extra').text).toEqual({ sv: 'Okänt fält.', en: 'Unknown field.' });
  });

  it('refuses a body that is not JSON typed, and oversized bodies', async () => {
    const text = await call(httpEvent({ routeKey: 'POST /things', body: 'title=a', actor, headers: { 'content-type': 'text/plain' } }));
    expect(text.statusCode).toBe(415);
    const big = await call(httpEvent({ routeKey: 'POST /things', body: JSON.stringify({ title: 'x'.repeat(300_000), amount: 1 }), actor }));
    expect(big.statusCode).toBe(413);
  });

  it('401 without claims on a protected route; public routes need none', async () => {
    expect((await call(httpEvent({ routeKey: 'GET /things/{id}', pathParameters: { id: '1' } }))).statusCode).toBe(401);
    const pub = await call(httpEvent({ routeKey: 'GET /public' }));
    expect(pub.json).toEqual({ anonymous: true });
  });

  it('403 for a token without a valid role', async () => {
    const res = await call(httpEvent({ routeKey: 'GET /things/{id}', pathParameters: { id: '1' }, actor: { ...actor, role: 'king' as never } }));
    expect(res.statusCode).toBe(403);
  });

  it('maps typed errors to their status and hides faults', async () => {
    const conflict = await call(httpEvent({ routeKey: 'GET /things/{id}', pathParameters: { id: 'stale' }, actor }));
    expect(conflict.statusCode).toBe(409);
    const fault = await call(httpEvent({ routeKey: 'GET /things/{id}', pathParameters: { id: 'boom' }, actor }));
    expect(fault.statusCode).toBe(500);
    expect(fault.body).not.toContain('hunter2');
    expect(fault.body).not.toMatch(/\n\s+at /);
    expect(fault.body).not.toContain('stack');
  });

  it('404 problem for a route the function does not serve', async () => {
    const res = await call(httpEvent({ routeKey: 'GET /nothing', actor }));
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toBe('application/problem+json');
  });

  it('replays the first answer for a retried Idempotency-Key and runs the handler once', async () => {
    const before = created;
    const event = () => httpEvent({ routeKey: 'POST /things', body: '{"title":"once","amount":2}', actor, headers: { 'idempotency-key': 'k-123' } });
    const first = await call(event());
    const second = await call(event());
    expect(second.statusCode).toBe(201);
    expect(second.json).toEqual(first.json);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expectSafeHeaders(second.headers);
    expect(created).toBe(before + 1);
  });

  it('refuses the same key for a different request', async () => {
    await call(httpEvent({ routeKey: 'POST /things', body: '{"title":"a","amount":1}', actor, headers: { 'idempotency-key': 'k-2' } }));
    const other = await call(httpEvent({ routeKey: 'POST /things', body: '{"title":"b","amount":1}', actor, headers: { 'idempotency-key': 'k-2' } }));
    expect(other.statusCode).toBe(422);
  });

  it('runs concurrent duplicates once', async () => {
    const before = created;
    const event = () => httpEvent({ routeKey: 'POST /things', body: '{"title":"c","amount":1}', actor, headers: { 'idempotency-key': 'k-race' } });
    const results = await Promise.all(Array.from({ length: 10 }, () => call(event())));
    expect(created).toBe(before + 1);
    for (const r of results) expect([201, 409]).toContain(r.statusCode);
  });
});
