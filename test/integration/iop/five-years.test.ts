import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DefaultIopConfig, reviewSlots } from '../../../shared/iop/domain/index.js';
import { startTestRuntime, type ApiClient } from '../../support/local-runtime.js';
import { advance, approveBody, hearEveryone, iopCallers, must, reviewReport, timelineOf, toActive, type IopCallers } from './iop-http.js';

/**
 * The whole lifecycle over HTTP with the clock: an agreement in force, four
 * annual reviews that continue it, a final review that renews it into a new
 * linked case, and the first agreement ending at its term. Then the same five
 * years with nobody reporting: every review still opens on its day and the
 * agreement still ends at its term end.
 */
let api: ApiClient;
let c: IopCallers;

beforeAll(async () => {
  api = await startTestRuntime({ seed: false });
  c = await iopCallers(api);
}, 120_000);
afterAll(async () => api?.runtime.stop());

/** The review numbers of the case's running iop-review executions (the scheduler names them; their input tells). */
const runningReviews = (caseId: string): number[] => {
  const sfn = api.runtime.aws.stepFunctions;
  return sfn
    .listExecutions({ stateMachineArn: `${process.env.STATE_MACHINE_ARN_PREFIX}iop-review`, statusFilter: 'RUNNING' })
    .executions.map((e) => JSON.parse(sfn.describeExecution({ executionArn: e.executionArn }).input) as { caseId: string; reviewNumber?: number })
    .filter((input) => input.caseId === caseId)
    .map((input) => input.reviewNumber ?? 0);
};

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
      await hearEveryone(api, c, id);
      const decided = await must(api, c.hc, id, { type: 'review-decision', decision: i < 4 ? 'continue' : 'renew', motivation: `Uppföljning ${i + 1}` });
      expect(decided.body.stage).toBe('agreement');
    }

    const renewed = (await c.hc.get(`/iop/cases/${id}`)).body;
    expect(renewed.ending).toBe('renew');
    const renewal = (await c.sm.get(`/iop/cases/${renewed.renewedBy}`)).body;
    expect(renewal).toMatchObject({ stage: 'dialogue', renews: id, reference: `${renewed.reference}-F2` });
    expect(renewal.draft.plannedStart).toBe('2032-01-01');
    const dialogues = api.runtime.aws.stepFunctions.listExecutions({
      stateMachineArn: `${process.env.STATE_MACHINE_ARN_PREFIX}iop-dialogue`,
      statusFilter: 'RUNNING',
    });
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
    // Five years of reviews over HTTP: about 36 s on two busy cores, so the same room as the two lifecycles below.
  }, 240_000);

  it('with every review left open, opens each review on its day and ends the agreement at its term end', async () => {
    const id = await toActive(api, c, 'Fem år utan rapporter');
    const { agreementInForce, reference } = (await c.hc.get(`/iop/cases/${id}`)).body;
    const { termEnd } = agreementInForce as { termStart: string; termEnd: string };
    const slots = reviewSlots(agreementInForce, DefaultIopConfig);
    expect(slots.map((s) => s.final)).toEqual([false, false, false, false, true]);
    const scheduleNames = () => api.runtime.aws.scheduler.listSchedules({ NamePrefix: id }).Schedules.map((s) => s.Name);
    // Every agreement in force has its schedules: each review, the final review and the term end.
    expect(scheduleNames()).toEqual([`${id}-review-1`, `${id}-review-2`, `${id}-review-3`, `${id}-review-4`, `${id}-review-5`, `${id}-term-end`]);
    const register = async () => (await api.anonymous().get('/public/iop')).body.agreements.map((a: { reference: string }) => a.reference);
    const withinADay = (iso: string, of: string) => Math.abs(Date.parse(iso) - Date.parse(of)) <= 86_400_000;

    for (const [i, slot] of slots.entries()) {
      await advance(api, `P${(await daysUntil(slot.at)) - 1}D`);
      expect((await c.hc.get(`/iop/cases/${id}`)).body.reviews, `before review ${slot.reviewNumber}`).toHaveLength(i);
      await advance(api, 'P2D');
      const open = (await c.hc.get(`/iop/cases/${id}`)).body;
      expect(open.stage).toBe('review');
      expect(open.reviews).toHaveLength(i + 1);
      const opened = open.reviews.at(-1);
      expect(opened).toMatchObject({ number: slot.reviewNumber, final: slot.final });
      expect(withinADay(opened.openedAt, slot.at), `review ${slot.reviewNumber} opened ${opened.openedAt}, due ${slot.at}`).toBe(true);
      // The earlier reviews are still open, flagged overdue; nothing was skipped.
      expect(open.reviews.slice(0, i).every((r: { overdueAt?: string; closedAt?: string }) => r.overdueAt !== undefined && r.closedAt === undefined)).toBe(
        true,
      );
      expect(open.status.headline.sv).toBe(i === 0 ? 'Årlig uppföljning 1 pågår' : 'Uppföljning 1 är försenad');
      // One execution holds the review period: the latest review's; the earlier ones handed over.
      expect(runningReviews(id)).toEqual([slot.reviewNumber]);
      // Still in force, still in the register, and the term end is still scheduled.
      expect(await register()).toContain(reference);
      expect(scheduleNames()).toContain(`${id}-term-end`);
    }

    const types = (await timelineOf(c, id)).map((e) => e.type);
    expect(types).not.toContain('review-skipped');
    expect(types.filter((t) => t === 'review-opened')).toHaveLength(5);
    expect(types.filter((t) => t === 'review-overdue')).toHaveLength(4);

    // The day before the term end the agreement is in force; the day after, it has ended.
    await advance(api, `P${(await daysUntil(termEnd)) - 1}D`);
    expect((await c.hc.get(`/iop/cases/${id}`)).body.stage).toBe('review');
    await advance(api, 'P2D');
    const closed = (await c.hc.get(`/iop/cases/${id}`)).body;
    expect(closed).toMatchObject({ stage: 'closed', endReason: 'term-ended', endsAt: termEnd });
    expect(closed.reviews.map((r: { number: number; closedAt?: string }) => [r.number, r.closedAt])).toEqual(
      slots.map((s) => [s.reviewNumber, expect.any(String)]),
    );
    expect(closed.status.next.sv).toBe(`Överenskommelsen upphörde när avtalstiden gick ut ${termEnd.slice(0, 10)}. Inget mer händer i ärendet.`);
    expect(await register()).not.toContain(reference);
    expect(scheduleNames()).toEqual([]);
    const ended = (await timelineOf(c, id)).find((e) => e.type === 'agreement-ended')!;
    expect(Date.parse(ended.at)).toBeGreaterThanOrEqual(Date.parse(termEnd));
    expect(withinADay(ended.at, termEnd)).toBe(true);
    // No review execution is left waiting for a case that has ended.
    expect(runningReviews(id)).toEqual([]);
  }, 240_000);

  it('holds a review that falls due during an amendment, and starts it once the amendment is signed', async () => {
    const id = await toActive(api, c, 'Ändring över årsskiftet');
    const { agreementInForce } = (await c.hc.get(`/iop/cases/${id}`)).body;
    const [first, second] = reviewSlots(agreementInForce, DefaultIopConfig);
    await advance(api, `P${(await daysUntil(first!.at)) + 1}D`);
    await must(api, c.rk, id, reviewReport);
    await must(api, c.sm, id, reviewReport);
    await hearEveryone(api, c, id);
    await must(api, c.hc, id, { type: 'review-decision', decision: 'revise', motivation: 'Fler språk' });

    // The amendment is still in dialogue when the next review falls due: it is recorded on time and waits.
    await advance(api, `P${(await daysUntil(second!.at)) + 1}D`);
    const amending = (await c.hc.get(`/iop/cases/${id}`)).body;
    expect(amending).toMatchObject({ stage: 'dialogue', amending: true });
    expect(amending.reviews.at(-1)).toMatchObject({ number: 2 });
    expect(Math.abs(Date.parse(amending.reviews.at(-1).openedAt) - Date.parse(second!.at))).toBeLessThanOrEqual(86_400_000);
    expect(amending.status.next.sv).toContain('Uppföljning 2 ska göras och börjar när ändringen är klar.');
    expect(runningReviews(id)).toEqual([2]);

    const { draft } = amending;
    for (const who of [c.hc, c.rk, c.sm]) await must(api, who, id, { type: 'consent', draftVersion: draft.version });
    await must(api, c.hc, id, { type: 'request-decision' });
    await must(api, c.ap, id, approveBody);
    for (const who of [c.hc, c.rk, c.sm]) await must(api, who, id, { type: 'sign' });
    expect((await c.hc.get(`/iop/cases/${id}`)).body).toMatchObject({ stage: 'agreement', amending: false });

    // Within a day the waiting review starts, with its report due from then.
    await advance(api, 'P1D');
    const held = (await c.hc.get(`/iop/cases/${id}`)).body;
    expect(held.stage).toBe('review');
    expect(held.reviews.at(-1)).toMatchObject({ number: 2, dueAt: expect.any(String) });
    await must(api, c.rk, id, reviewReport);
    await must(api, c.sm, id, reviewReport);
    await hearEveryone(api, c, id);
    const decided = await must(api, c.hc, id, { type: 'review-decision', decision: 'continue', motivation: 'Bra' });
    expect(decided.body.stage).toBe('agreement');
    expect(runningReviews(id)).toEqual([]);
    expect(api.runtime.aws.scheduler.listSchedules({ NamePrefix: id }).Schedules.map((s) => s.Name)).toContain(`${id}-term-end`);
  }, 240_000);
});
