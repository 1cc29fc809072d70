import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRuntime, type ApiClient } from '../../support/local-runtime.js';
import { advance, iopCallers, must, reviewReport, timelineOf, toActive, type IopCallers } from './iop-http.js';

/**
 * The whole lifecycle over HTTP with the clock: an agreement in force, four
 * annual reviews that continue it, a final review that renews it into a new
 * linked case, and the first agreement ending at its term.
 */
let api: ApiClient;
let c: IopCallers;

beforeAll(async () => {
  api = await startTestRuntime({ seed: false });
  c = await iopCallers(api);
}, 120_000);
afterAll(async () => api?.runtime.stop());

const daysUntil = async (iso: string) => {
  const now = Date.parse((await api.anonymous().get('/dev/clock')).body.now);
  return Math.ceil((Date.parse(iso) - now) / 86_400_000);
};

describe('five years of an IOP', () => {
  it('reviews every year, renews at the final review and closes at the end of the term', async () => {
    const id = await toActive(api, c, 'Fem år');
    const { agreementInForce } = (await c.hc.get(`/iop/cases/${id}`)).body;
    expect(agreementInForce).toMatchObject({ termStart: '2027-01-01T00:00:00.000Z', termEnd: '2032-01-01T00:00:00.000Z' });
    const expected = ['2028-01-01', '2029-01-01', '2030-01-01', '2031-01-01', '2031-10-01'];

    for (const [i, day] of expected.entries()) {
      // The day before the slot nothing has opened; the day after, the review has.
      await advance(api, `P${(await daysUntil(`${day}T00:00:00Z`)) - 1}D`);
      expect((await c.hc.get(`/iop/cases/${id}`)).body.stage).toBe('agreement');
      await advance(api, 'P2D');
      const open = (await c.rk.get(`/iop/cases/${id}`)).body;
      expect(open.stage).toBe('review');
      expect(open.reviews.at(-1)).toMatchObject({ number: i + 1, final: i === 4, openedAt: expect.stringMatching(new RegExp(`^${day}`)) });
      await must(api, c.rk, id, reviewReport);
      await must(api, c.sm, id, reviewReport);
      const decided = await must(api, c.hc, id, { type: 'review-decision', decision: i < 4 ? 'continue' : 'renew', motivation: `Uppföljning ${i + 1}` });
      expect(decided.body.stage).toBe('agreement');
    }

    const renewed = (await c.hc.get(`/iop/cases/${id}`)).body;
    expect(renewed.ending).toBe('renew');
    const renewal = (await c.sm.get(`/iop/cases/${renewed.renewedBy}`)).body;
    expect(renewal).toMatchObject({ stage: 'dialogue', renews: id, reference: `${renewed.reference}-F2` });
    expect(renewal.draft.plannedStart).toBe('2032-01-01');
    const dialogues = api.runtime.aws.stepFunctions.listExecutions({ stateMachineArn: `${process.env.STATE_MACHINE_ARN_PREFIX}iop-dialogue`, statusFilter: 'RUNNING' });
    expect(dialogues.executions.map((e) => e.name)).toContain(`${renewal.id}-dialogue-1`);
    // The agreement stays in the public register until its term ends, then the case closes.
    expect((await api.anonymous().get('/public/iop')).body.agreements.map((a: { reference: string }) => a.reference)).toContain(renewed.reference);
    await must(api, c.hc, renewal.id, { type: 'record-meeting', date: '2031-11-15', participants: ['Sara Lindqvist'], notes: 'Förnyelse' });
    await advance(api, `P${(await daysUntil('2032-01-01T00:00:00Z')) + 1}D`);
    const closed = (await c.hc.get(`/iop/cases/${id}`)).body;
    expect(closed.stage).toBe('closed');
    expect(closed.status.headline.sv.length).toBeGreaterThan(0);
    expect((await api.anonymous().get('/public/iop')).body.agreements.map((a: { reference: string }) => a.reference)).not.toContain(renewed.reference);

    const types = (await timelineOf(c, id)).map((e) => e.type);
    expect(types.filter((t) => t === 'review-decided')).toHaveLength(5);
    expect(types.at(-1)).toBe('stage-changed');
    expect(api.runtime.aws.scheduler.listSchedules({ NamePrefix: id }).Schedules).toEqual([]);
  });
});
