import { describe, expect, it } from 'vitest';
import { IopDemoUsers } from '../../../local/seed/iop-seed.js';
import { act, advance, must, timelineOf, toDialogue, useIopRuntime } from './iop-http.js';

/** The consultation round over HTTP: a joint answer, an extension, the closing at the deadline and its handling. */
describe('the consultation round (remiss)', () => {
  const t = useIopRuntime();

  it('records who answered and who did not when it closes, and how the unit handled the answers', async () => {
    const { api, c } = t;
    const lerum = await api.as(IopDemoUsers.healthcareLerum);
    const id = await toDialogue(api, c, 'Remiss med gemensamt svar');
    const now = Date.parse((await c.hc.get(`/iop/cases/${id}`)).body.updatedAt);
    const deadline = new Date(now + 10 * 86_400_000).toISOString();
    await must(api, c.hc, id, {
      type: 'start-consultation',
      responders: [
        { orgId: 'rsmh', name: 'RSMH' },
        { orgId: 'narhalsan-lerum-vc', name: 'Närhälsan Lerum vårdcentral' },
        { orgId: 'stockholms-stadsmission', name: 'Stockholms Stadsmission' },
      ],
      question: 'Synpunkter på utkastet?',
      deadline,
    });
    await must(api, c.rk, id, { type: 'extend-consultation', deadline: new Date(now + 20 * 86_400_000).toISOString(), reason: 'Fler behöver tid' });
    await must(api, c.outsider, id, { type: 'respond-consultation', response: 'Vi står bakom förslaget', jointWith: ['narhalsan-lerum-vc'] });
    expect((await lerum.get(`/iop/cases/${id}`)).body.allowedActions).not.toContain('respond-consultation');

    const early = await act(api, c.hc, id, { type: 'record-consultation-handling', handling: 'För tidigt' });
    expect(early.status).toBe(409);
    await advance(api, 'P21D');
    await must(api, c.hc, id, { type: 'record-meeting', date: '2027-01-05', participants: ['Sara Lindqvist'], notes: 'Genomgång av remissvaren' });
    const view = (await c.hc.get(`/iop/cases/${id}`)).body;
    expect(view.consultation.closed).toMatchObject({ how: 'deadline', answered: ['rsmh', 'narhalsan-lerum-vc'], unanswered: ['stockholms-stadsmission'] });
    expect(view.allowedActions).toContain('record-consultation-handling');
    await must(api, c.hc, id, { type: 'record-consultation-handling', handling: 'Synpunkterna om målgruppen finns i utkast version 2' });

    const texts = (await timelineOf(c, id)).map((e) => e.text.sv);
    expect(texts).toContainEqual(expect.stringMatching(/^Svarstiden för remissen är förlängd/));
    expect(texts).toContainEqual(expect.stringMatching(/Svarade: RSMH, Närhälsan Lerum vårdcentral\. Svarade inte: Stockholms Stadsmission\./));
    expect(texts).toContainEqual(expect.stringMatching(/har redovisat hur remissvaren har hanterats/));
  });

  it('closes on its deadline with nobody acting, after waiting out an extension: the case and the timeline say who answered', async () => {
    const { api, c } = t;
    const id = await toDialogue(api, c, 'Remiss som stänger på dagen');
    const now = Date.parse((await c.hc.get(`/iop/cases/${id}`)).body.updatedAt);
    const extended = new Date(now + 20 * 86_400_000).toISOString();
    await must(api, c.hc, id, {
      type: 'start-consultation',
      responders: [
        { orgId: 'rsmh', name: 'RSMH' },
        { orgId: 'stockholms-stadsmission', name: 'Stockholms Stadsmission' },
      ],
      question: 'Synpunkter på målgruppen?',
      deadline: new Date(now + 10 * 86_400_000).toISOString(),
    });
    await must(api, c.outsider, id, { type: 'respond-consultation', response: 'Bra förslag' });
    await must(api, c.hc, id, { type: 'extend-consultation', deadline: extended, reason: 'Stadsmissionen behöver mer tid' });

    // Past the first deadline the round is still open: it waits for the extended one.
    await advance(api, 'P11D');
    expect((await c.hc.get(`/iop/cases/${id}`)).body.consultation.closed).toBeUndefined();
    // Past the extended deadline it is closed, though nobody touched the case.
    await advance(api, 'P10D');
    const view = (await c.hc.get(`/iop/cases/${id}`)).body;
    expect(view.consultation.closed).toMatchObject({ how: 'deadline', answered: ['rsmh'], unanswered: ['stockholms-stadsmission'] });
    const closing = (await timelineOf(c, id)).find((e) => e.type === 'consultation-closed')!;
    expect(closing.text.sv).toBe(`Remissen stängdes när svarstiden gick ut ${extended.slice(0, 10)}. Svarade: RSMH. Svarade inte: Stockholms Stadsmission.`);
    // Recorded on the day of the deadline, not at some later change.
    expect(Math.abs(Date.parse(closing.at) - Date.parse(extended))).toBeLessThanOrEqual(86_400_000);
    const sfn = api.runtime.aws.stepFunctions;
    const rounds = sfn
      .listExecutions({ stateMachineArn: `${process.env.STATE_MACHINE_ARN_PREFIX}iop-consultation` })
      .executions.filter((e) => e.name.startsWith(`${id}-consultation-`));
    expect(rounds.map((e) => e.status)).toEqual(['SUCCEEDED']);
  });
});
