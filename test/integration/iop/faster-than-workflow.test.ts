import { describe, expect, it } from 'vitest';
import { DemoIopCase } from '../../../local/seed/iop-seed.js';
import { approveBody, idle, useIopRuntime } from './iop-http.js';

/**
 * People may act faster than the workflows follow (effects run from the
 * stream, a moment after each answer). Actions sent back to back, with no
 * pause for the workflows, still end in an agreement in force with its
 * reviews scheduled: a stage step that finds the case already further on
 * starts the stage the case is in.
 */
const t = useIopRuntime();

describe('actions faster than the workflow', () => {
  it('takes a case from initiation to an agreement in force with no pause between the actions', async () => {
    const { c } = t;
    const created = await c.hc.post('/iop/cases', { ...DemoIopCase, title: 'Snabbare än flödet' });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const act = async (who: typeof c.hc, body: Record<string, unknown>) => {
      const r = await who.post(`/iop/cases/${id}/actions`, body);
      expect(r.status, `${String(body.type)}: ${JSON.stringify(r.body)}`).toBe(200);
      return r.body;
    };
    await act(c.rk, { type: 'accept-invitation' });
    await act(c.sm, { type: 'accept-invitation' });
    for (const who of [c.hc, c.rk, c.sm]) await act(who, { type: 'consent', draftVersion: 1 });
    await act(c.hc, { type: 'request-decision' });
    await act(c.ap, approveBody);
    for (const who of [c.hc, c.rk, c.sm]) await act(who, { type: 'sign' });
    await idle(t.api);
    const detail = (await c.hc.get(`/iop/cases/${id}`)).body;
    expect(detail.stage).toBe('agreement');
    expect(detail.agreementInForce).toBeDefined();
    expect(detail.reviewsScheduledAt).toBeDefined();
    expect(t.api.runtime.aws.scheduler.listSchedules({ NamePrefix: `${id}-review-` }).Schedules.length).toBeGreaterThan(0);
  });
});
