import { describe, expect, it } from 'vitest';
import { act, advance, must, timelineOf, toActive, toDialogue, useIopRuntime } from './iop-http.js';

/** Leaving a partnership through the workflows: notice by an organisation ends the agreement when it has run. */
describe('leaving an IOP', () => {
  const t = useIopRuntime();

  it('an organisation gives notice on the signed agreement; it stays in force for the notice period and then the case closes', async () => {
    const { api, c } = t;
    const id = await toActive(api, c, 'Uppsägning med uppsägningstid');
    const refused = await act(api, c.rk, id, { type: 'withdraw', reason: 'Vi vill avsluta' });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ instead: 'give-notice', text: { sv: expect.stringMatching(/uppsägningstid/) } });

    const given = await must(api, c.rk, id, { type: 'give-notice', reason: 'Föreningen lägger ned verksamheten' });
    expect(given.body).toMatchObject({ stage: 'agreement', ending: 'terminate' });
    expect(given.body.allowedActions).not.toContain('give-notice');
    await advance(api, 'P2M');
    expect((await c.hc.get(`/iop/cases/${id}`)).body.stage).toBe('agreement');
    await advance(api, 'P2M');
    const closed = (await c.hc.get(`/iop/cases/${id}`)).body;
    expect(closed).toMatchObject({ stage: 'closed', endReason: 'terminate' });
    const types = (await timelineOf(c, id)).map((e) => e.type);
    expect(types).toContain('notice-given');
    expect(types.at(-1)).toBe('stage-changed');
  });

  it('one organisation of two leaves in dialogue and the case goes on with the other', async () => {
    const { api, c } = t;
    const id = await toDialogue(api, c, 'En organisation lämnar');
    await must(api, c.sm, id, { type: 'withdraw', reason: 'Styrelsen sa nej' });
    for (const who of [c.hc, c.rk]) await must(api, who, id, { type: 'consent', draftVersion: 1 });
    await must(api, c.hc, id, { type: 'request-decision' });
    expect((await c.hc.get(`/iop/cases/${id}`)).body.stage).toBe('approval');
    expect((await c.sm.get(`/iop/cases/${id}`)).body.status.headline.sv).toMatch(/^Ni drog er ur samarbetet/);
  });
});
