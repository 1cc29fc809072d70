import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRuntime, type ApiClient } from '../../support/local-runtime.js';
import { advance, iopCallers, toActive, toApproval, toDialogue, type IopCallers } from '../iop/iop-http.js';

/**
 * The reconciler is a safety net: with effects driven from the table's stream,
 * an hour of normal operation leaves it nothing to repair.
 */
let api: ApiClient;
let c: IopCallers;

beforeAll(async () => {
  api = await startTestRuntime({ seed: false });
  c = await iopCallers(api);
}, 120_000);
afterAll(async () => api?.runtime.stop());

describe('the reconciler in normal operation', () => {
  it('finds nothing to repair after cases in every stage have moved on', async () => {
    await toDialogue(api, c, 'Lugn dialog');
    await toApproval(api, c, 'Lugnt beslut');
    await toActive(api, c, 'Lugn överenskommelse');
    await advance(api, 'PT2H');
    const result = (await api.runtime.invoker.invoke('Reconciler', {})) as {
      iop: { checked: number; resumed: string[]; failed: string[] };
      match: { resumed: number; reviewsOpened: number };
    };
    expect(result.iop.checked).toBeGreaterThan(0);
    expect(result.iop.resumed).toEqual([]);
    expect(result.iop.failed).toEqual([]);
    expect(result.match).toEqual({ resumed: 0, reviewsOpened: 0 });
  });
});
