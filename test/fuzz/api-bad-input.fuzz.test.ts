import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { IopDemoUsers } from '../../local/seed/iop-seed.js';
import { startTestRuntime, type ApiClient, type Caller } from '../support/local-runtime.js';

/**
 * Fuzzing the write routes over HTTP with arbitrary JSON and arbitrary text:
 * whatever arrives, the answer is a 4xx problem+json, never a 500, and
 * nothing is half-written (the caller's case list does not grow).
 */
let api: ApiClient;
let healthcare: Caller;
let procurement: Caller;
let civil: Caller;

beforeAll(async () => {
  api = await startTestRuntime();
  healthcare = await api.as(IopDemoUsers.healthcareAngered);
  procurement = await api.as(IopDemoUsers.procurement);
  civil = await api.as({ sub: 'fuzz-civil', role: 'civil', org: 'org-anhorigcentrum-vast' });
}, 120_000);
afterAll(async () => api?.runtime.stop());

const routes = () => [
  { who: healthcare, path: '/iop/cases' },
  { who: healthcare, path: '/iop/cases/iop-demo-angered/actions' },
  { who: procurement, path: '/procurement/notices' },
  { who: procurement, path: '/procurement/notices/n-vgr-2027-001/what-if' },
  { who: civil, path: '/procurement/matches' },
];

const anyBody = fc.oneof(
  fc.json().map((text) => ({ raw: text })),
  fc.string().map((text) => ({ raw: text })),
  fc
    .record(
      {
        type: fc.constantFrom('consent', 'decide', 'sign', 'withdraw', 'revise-draft', 'nonsense'),
        expectedVersion: fc.oneof(fc.integer(), fc.string()),
        draftVersion: fc.anything(),
      },
      { requiredKeys: [] },
    )
    .map((value) => ({ raw: JSON.stringify(value) })),
);

describe('write routes under arbitrary input', () => {
  it('answer 4xx problem+json and never 500', async () => {
    const before = (await healthcare.get('/iop/cases')).body.items.length;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 4 }), anyBody, async (which, body) => {
        const route = routes()[which]!;
        const res = await route.who.raw(route.path, { method: 'POST', body: body.raw, headers: { 'content-type': 'application/json' } });
        expect(res.status, `${route.path} ${body.raw.slice(0, 200)} → ${JSON.stringify(res.body).slice(0, 300)}`).toBeGreaterThanOrEqual(400);
        expect(res.status).toBeLessThan(500);
        expect(res.headers.get('content-type')).toBe('application/problem+json');
      }),
      { numRuns: 150 },
    );
    expect((await healthcare.get('/iop/cases')).body.items.length).toBe(before);
  });
});
