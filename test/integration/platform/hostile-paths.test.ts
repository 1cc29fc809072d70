import { describe, expect, it } from 'vitest';
import { isProblem, useIopRuntime } from '../iop/iop-http.js';

/**
 * Paths a hostile client sends: an id longer than any DynamoDB key, and
 * broken percent-encoding. Each gets a clear 4xx problem, never a 500.
 */
const t = useIopRuntime();
const long = 'x'.repeat(3000);

describe('hostile paths', () => {
  it('answers 404 for an id longer than any stored id, with and without a token', async () => {
    for (const answer of [
      await t.api.anonymous().get(`/procurement/ocds/${long}`),
      await t.c.hc.get(`/iop/cases/${long}`),
      await t.c.hc.post(`/iop/cases/${long}/actions`, { type: 'withdraw' }),
      await t.c.procurement.get(`/procurement/matches/${long}/timeline`),
    ]) {
      expect(answer.status).toBe(404);
      expect(isProblem(answer)).toBe(true);
    }
  });

  it('answers 400 for broken percent-encoding in a path', async () => {
    for (const path of ['/iop/cases/%ZZ', '/iop/cases/%', '/procurement/ocds/%E2%82']) {
      const answer = await t.c.hc.get(path);
      expect(answer.status, path).toBe(400);
      expect(isProblem(answer)).toBe(true);
    }
  });
});
