import { describe, expect, it } from 'vitest';
import { advance, useIopRuntime, toActive, toApproval, toDialogue } from '../iop/iop-http.js';

/**
 * The reconciler is a safety net: with effects driven from the table's stream,
 * an hour of normal operation leaves it nothing to repair.
 */
const t = useIopRuntime();

describe('the reconciler in normal operation', () => {
  it('finds nothing to repair after cases in every stage have moved on', async () => {
    await toDialogue(t.api, t.c, 'Lugn dialog');
    await toApproval(t.api, t.c, 'Lugnt beslut');
    await toActive(t.api, t.c, 'Lugn överenskommelse');
    await advance(t.api, 'PT2H');
    const result = (await t.api.runtime.invoker.invoke('Reconciler', {})) as {
      iop: { checked: number; resumed: string[]; failed: string[] };
      match: { resumed: number; reviewsOpened: number };
    };
    expect(result.iop.checked).toBeGreaterThan(0);
    expect(result.iop.resumed).toEqual([]);
    expect(result.iop.failed).toEqual([]);
    expect(result.match).toEqual({ resumed: 0, reviewsOpened: 0 });
  });
});
