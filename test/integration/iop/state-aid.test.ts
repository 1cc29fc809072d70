import { describe, expect, it } from 'vitest';
import { act, deMinimisApproval, must, toApproval, useIopRuntime } from './iop-http.js';

/**
 * EU state aid is counted per organisation across all its cases: through the
 * real store (the membership index, then the stored agreements), the case view
 * shows the sum and the approval gate refuses a case that passes the ceiling
 * only together with another.
 */
describe("state aid summed across an organisation's cases", () => {
  const t = useIopRuntime();

  it('shows the sum of two cases and refuses the second approval under de minimis, with the reason in Swedish and English', async () => {
    const { api, c } = t;
    const first = await toApproval(api, c, 'Det första partnerskapet');
    const alone = (await c.ap.get(`/iop/cases/${first}`)).body;
    const redCrossAlone = alone.stateAid.find((p: { orgId: string }) => p.orgId === 'svenska-roda-korset');
    expect(redCrossAlone).toMatchObject({ name: 'Svenska Röda Korset', totalSek: 1_725_000, deMinimis: { level: 'ok', ceilingEur: 300_000 } });
    await must(api, c.ap, first, deMinimisApproval);
    for (const who of [c.hc, c.rk, c.sm]) await must(api, who, first, { type: 'sign' });

    // The same support again, in the same years: each case alone is under the ceiling, together they pass it.
    const second = await toApproval(api, c, 'Det andra partnerskapet');
    const view = (await c.ap.get(`/iop/cases/${second}`)).body;
    const redCross = view.stateAid.find((p: { orgId: string }) => p.orgId === 'svenska-roda-korset');
    expect(redCross.lines.map((l: { title: string; thisCase: boolean }) => [l.title, l.thisCase])).toEqual([
      ['Det andra partnerskapet', true],
      ['Det första partnerskapet', false],
    ]);
    expect(redCross.totalSek).toBe(3_450_000);
    expect(redCross.deMinimis.level).toBe('over');

    const refused = await act(api, c.ap, second, deMinimisApproval);
    expect(refused.status).toBe(422);
    const error = refused.body.errors.find(
      (e: { path: string; text?: { sv: string } }) => e.path === 'checklist.stateAid.basis' && e.text?.sv.startsWith('Svenska Röda Korset'),
    );
    expect(error.text.sv).toMatch(/i 2 ärenden .* över de minimis-taket/);
    expect(error.text.en).toMatch(/in 2 cases .* over the de minimis ceiling/);
    expect((await c.hc.get(`/iop/cases/${second}`)).body.stage).toBe('approval');
  });
});
