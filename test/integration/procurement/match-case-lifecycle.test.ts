import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitUntilIdle } from '../../../local/engines/clock/wait-until-idle.js';
import { IopDemoUsers } from '../../../local/seed/iop-seed.js';
import { ProcurementDemoUsers } from '../../../local/seed/procurement-seed-store.js';
import { startTestRuntime, type ApiClient, type Caller } from '../../support/local-runtime.js';

/**
 * A match case through all five stages over HTTP, driven by the local clock:
 * the same handlers, state machine and schedules as in AWS. Dates are chosen
 * so that Swedish public holidays move the standstill and the appeal hold.
 */
let api: ApiClient;
let buyer: Caller, eva: Caller, lars: Caller;
const EVA_ORG = ProcurementDemoUsers[0].org;

const idle = async () => {
  await waitUntilIdle(() => api.runtime.isIdle(), 20_000);
};
const clockNow = async () => new Date((await api.anonymous().get('/dev/clock')).body.now);
/** Moves the local clock forward to an instant, firing what falls due on the way. */
const advanceTo = async (iso: string) => {
  const minutes = Math.ceil((Date.parse(iso) - (await clockNow()).getTime()) / 60_000);
  expect(minutes, `the clock is already past ${iso}`).toBeGreaterThan(0);
  const r = await api.anonymous().post('/dev/clock', { advance: `PT${minutes}M` });
  expect(r.status).toBe(200);
  await idle();
};

const noticeInput = (overrides: Record<string, unknown>) => ({
  buyer: { orgId: 'vgr', unit: 'Västra Götalandsregionen, Koncernkontoret inköp' },
  title: 'Anhörigstöd i Borås',
  description: 'Samtalsgrupper och anhörigstöd för äldre och deras anhöriga i Borås.',
  cpv: { main: '85312400', additional: [] },
  nuts: ['SE232'],
  estimatedValueSek: 1_800_000,
  durationMonths: 36,
  procedure: 'open',
  deadline: '2027-04-20T12:00:00+02:00',
  socialObjectives: ['acc-all'],
  socialClauses: [{ objective: 'acc-all', text: 'Verksamheten ska vara tillgänglig för personer med funktionsnedsättning.' }],
  ...overrides,
});

interface Status {
  headline: { sv: string; en: string };
  next: { sv: string; en: string };
  whoActs: { orgs: string[]; label: { sv: string; en: string } };
  dueAt: string | null;
}
interface CaseView {
  id: string;
  stage: string;
  version: number;
  status: Status;
  award: { standstill: { lastDay: string; endsAt: string } | null } | null;
  appeal: { holdUntil: { lastDay: string } | null } | null;
  reviews: { number: number; dueAt: string }[];
  noticeId: string;
}

beforeAll(async () => {
  api = await startTestRuntime({ seed: false });
  buyer = await api.as(IopDemoUsers.procurement);
  eva = await api.as(ProcurementDemoUsers[0]);
  lars = await api.as(ProcurementDemoUsers[1]);
  // Every date below is absolute: start on a known Thursday.
  await advanceTo('2027-04-01T08:00:00Z');
}, 120_000);
afterAll(async () => api?.runtime.stop());

const startCase = async (notice: Record<string, unknown>) => {
  const created = await buyer.post('/procurement/notices', noticeInput(notice));
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const started = await eva.post('/procurement/matches', { noticeId: created.body.id, orgId: EVA_ORG });
  expect(started.status, JSON.stringify(started.body)).toBe(201);
  await idle();
  return started.body as CaseView;
};

const actOn =
  (id: string) =>
  async (who: Caller, body: Record<string, unknown>, expected = 200): Promise<CaseView> => {
    const r = await who.post(`/procurement/matches/${id}/actions`, body);
    expect(r.status, JSON.stringify(r.body)).toBe(expected);
    await idle();
    return r.body;
  };

/** What the bidder reads, checked to be written in both languages. */
const bidderView = async (id: string): Promise<CaseView> => {
  const r = await eva.get(`/procurement/matches/${id}`);
  expect(r.status).toBe(200);
  const { status } = r.body as CaseView;
  for (const text of [status.headline, status.next, status.whoActs.label]) {
    expect(text.sv.length).toBeGreaterThan(0);
    expect(text.en.length).toBeGreaterThan(0);
    expect(text.sv).not.toBe(text.en);
  }
  return r.body;
};

const followUpSchedules = (id: string) =>
  api.runtime.aws.scheduler
    .listSchedules({ NamePrefix: id })
    .Schedules.map((s) => s.Name)
    .sort();

describe('a match case over HTTP, from interest to yearly follow-up', () => {
  let id = '';

  it('initiation and dialogue: questions with a deadline and a tender-school invitation', async () => {
    const c = await startCase({});
    id = c.id;
    expect(c.stage).toBe('initiation');
    expect(c.status.whoActs.orgs).toEqual(['vgr']);
    const act = actOn(id);
    // Only the buyer acknowledges the bidder's interest; the bidder cannot skip ahead.
    await act(eva, { type: 'acknowledge' }, 403);
    await act(eva, { type: 'submit-tender' }, 409);
    expect((await act(buyer, { type: 'acknowledge' })).stage).toBe('dialogue');

    // The question goes to the notice: answered at the latest six days before the deadline (20 April), i.e. by the end of 14 April.
    const questions = `/procurement/notices/${c.noticeId}/questions`;
    const asked = await eva.post(questions, { text: 'Kan vi lämna anbud tillsammans med en annan förening?' });
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    expect(asked.body).toMatchObject({ number: 1, inGoodTime: true, answerDueAt: '2027-04-14T22:00:00.000Z', answer: null, askedByYou: true });
    expect((await eva.post(`${questions}/${asked.body.id}/answer`, { text: 'Ja' })).status).toBe(403);
    await act(buyer, { type: 'invite-tender-school', at: '2027-04-08T09:00:00+02:00' });
    const answered = await buyer.post(`${questions}/${asked.body.id}/answer`, { text: 'Ja, som konsortium eller med underleverantör.' });
    expect(answered.status, JSON.stringify(answered.body)).toBe(200);
    // Another bidder reads the same question and answer, and not who asked.
    const seen = await lars.get(questions);
    expect(seen.body.items).toEqual([{ ...answered.body, askedByYou: false }]);
    expect(JSON.stringify(seen.body)).not.toContain(EVA_ORG);
    // The buyer was told of the question, the bidders of the notice of the answer (from the table's stream, through the outbox).
    await idle();
    const events = (await api.anonymous().get('/dev/outbox')).body.events as { 'detail-type': string; detail: { caseId: string; to: string[] } }[];
    const told = (type: string) => events.filter((e) => e['detail-type'] === `notice-question.${type}` && e.detail.caseId === c.noticeId);
    expect(told('notice-question-asked').map((e) => e.detail.to)).toEqual([['vgr']]);
    expect(told('notice-question-answered')[0]?.detail.to).toContain(EVA_ORG);
    const ready = await bidderView(id);
    expect(ready.status.whoActs.orgs).toEqual([EVA_ORG]);
    expect(ready.status.dueAt).toBe('2027-04-20T10:00:00.000Z');
    expect(ready.status.next.en).toMatch(/tender/i);
  });

  it('tender and award: the standstill skips Ascension Day, an appeal holds the contract until 10 days after the court', async () => {
    const act = actOn(id);
    expect((await act(eva, { type: 'submit-tender' })).stage).toBe('approval');
    // The tenders stay unopened until the deadline (20 April).
    await act(buyer, { type: 'record-evaluation', note: 'För tidigt.' }, 422);
    await advanceTo('2027-04-21T07:00:00Z');
    await act(buyer, { type: 'record-evaluation', note: 'Bäst förhållande mellan pris och kvalitet.' });
    expect((await bidderView(id)).status.whoActs.orgs).toEqual(['vgr']);

    // Sent electronically on Monday 26 April 2027: day 10 is Thursday 6 May, Ascension Day, so the last day is Friday 7 May.
    await advanceTo('2027-04-26T07:00:00Z');
    const awarded = await act(buyer, { type: 'decide-award', outcome: 'awarded', sentElectronically: true });
    expect(awarded.award!.standstill).toEqual({ lastDay: '2027-05-07', endsAt: '2027-05-07T22:00:00.000Z' });
    const standstill = await bidderView(id);
    expect(standstill.status.headline).toEqual({ sv: 'Avtalsspärr', en: 'Standstill' });
    expect(standstill.status.dueAt).toBe('2027-05-07T22:00:00.000Z');
    await act(buyer, { type: 'conclude-contract', startDate: '2027-06-01', termMonths: 36 }, 409);

    await advanceTo('2027-04-28T08:00:00Z');
    await act(buyer, { type: 'file-appeal' });
    expect((await bidderView(id)).status.headline).toEqual({ sv: 'Överprövning pågår', en: 'Appeal pending' });
    // Past the standstill, the appeal still holds the contract.
    await advanceTo('2027-05-20T08:00:00Z');
    expect((await bidderView(id)).stage).toBe('approval');

    // The court decides on Tuesday 15 June 2027: day 10 is Midsummer Eve, then the weekend; the hold ends with Monday 28 June.
    await advanceTo('2027-06-16T08:00:00Z');
    const decided = await act(buyer, { type: 'record-court-decision', decidedAt: '2027-06-15T10:00:00+02:00' });
    expect(decided.appeal!.holdUntil).toEqual({ lastDay: '2027-06-28', endsAt: '2027-06-28T22:00:00.000Z' });
    await advanceTo('2027-06-28T12:00:00Z');
    expect((await bidderView(id)).stage).toBe('approval');
    await advanceTo('2027-06-29T06:00:00Z');
    const free = await bidderView(id);
    expect(free.stage).toBe('agreement');
    expect(free.status.whoActs.orgs).toEqual(['vgr']);
  });

  it('agreement: contract terms are checked, and one follow-up schedule is made per anniversary', async () => {
    const act = actOn(id);
    const tooLong = await buyer.post(`/procurement/matches/${id}/actions`, {
      type: 'conclude-contract',
      startDate: '2027-07-01',
      termMonths: 60,
      framework: true,
    });
    expect(tooLong.status).toBe(422);
    expect(tooLong.body.errors.map((e: { path: string }) => e.path)).toEqual(['termMonths']);
    await act(eva, { type: 'conclude-contract', startDate: '2027-07-01', termMonths: 36 }, 403);
    const signed = await act(buyer, { type: 'conclude-contract', startDate: '2027-07-01', termMonths: 36 });
    expect(signed.stage).toBe('agreement');
    expect(followUpSchedules(id)).toEqual([1, 2, 3].map((n) => `${id}-follow-up-${n}`));
    const schedule = api.runtime.aws.scheduler.listSchedules({ NamePrefix: `${id}-follow-up-1` }).Schedules[0]!;
    expect(schedule).toMatchObject({ ScheduleExpression: 'at(2028-07-01T08:00:00)', ActionAfterCompletion: 'DELETE' });
    expect((await bidderView(id)).status.whoActs.orgs).toEqual([]);
  });

  it('review: a yearly follow-up opens when the clock passes each anniversary', async () => {
    const act = actOn(id);
    await advanceTo('2028-06-30T08:00:00Z');
    expect((await bidderView(id)).stage).toBe('agreement');
    await advanceTo('2028-07-01T09:00:00Z');
    const first = await bidderView(id);
    expect(first.stage).toBe('review');
    expect(first.reviews.map((r) => r.number)).toEqual([1]);
    expect(first.status.whoActs.orgs).toEqual([EVA_ORG]);
    expect(first.status.dueAt).toBe(first.reviews[0]!.dueAt);
    expect(followUpSchedules(id)).toEqual([2, 3].map((n) => `${id}-follow-up-${n}`));

    await act(buyer, { type: 'review-decision', decision: 'continue' }, 422);
    await act(lars, { type: 'submit-follow-up', text: 'x', commitmentsMet: true }, 404);
    await act(eva, { type: 'submit-follow-up', text: 'Fyra anställda med funktionsnedsättning, lokalerna tillgängliga.', commitmentsMet: true });
    expect((await act(buyer, { type: 'review-decision', decision: 'continue' })).stage).toBe('agreement');

    await advanceTo('2029-07-01T09:00:00Z');
    const second = await bidderView(id);
    expect(second.stage).toBe('review');
    expect(second.reviews.map((r) => r.number)).toEqual([1, 2]);
    await act(eva, { type: 'submit-follow-up', text: 'Åtagandena uppfyllda.', commitmentsMet: true });
    const closed = await act(buyer, { type: 'review-decision', decision: 'close' });
    expect(closed.stage).toBe('closed');
    // Closing the case removes the schedule that has not fired yet.
    expect(followUpSchedules(id)).toEqual([]);
    await advanceTo('2030-07-02T09:00:00Z');
    expect((await bidderView(id)).stage).toBe('closed');

    const outbox = (await api.anonymous().get('/dev/outbox')).body.events as { source: string; 'detail-type': string; detail: { caseId?: string } }[];
    const mine = outbox.filter((e) => e.source === 'iop-workflows.procurement' && e.detail.caseId === id).map((e) => e['detail-type']);
    expect(mine).toEqual(expect.arrayContaining(['match-case.award-decided', 'match-case.appeal-filed', 'match-case.review-opened']));

    // Each scheduled start handed over to the follow-up's own execution; none failed on the way.
    const executions = api.runtime.aws.stepFunctions.listExecutions({ stateMachineArn: `${process.env.STATE_MACHINE_ARN_PREFIX}match-case` } as never) as {
      executions: { name: string; status: string }[];
    };
    const names = executions.executions.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining([`${id}-review-1`, `${id}-review-2`]));
    expect(executions.executions.filter((e) => e.status === 'FAILED')).toEqual([]);
  });

  it('keeps a timeline of who did what and when, in both languages', async () => {
    const r = await eva.get(`/procurement/matches/${id}/timeline`);
    expect(r.status).toBe(200);
    const items = r.body.items as { at: string; type: string; actor: { name: string }; text: { sv: string; en: string } }[];
    expect(items.map((e) => e.type)).toEqual(
      expect.arrayContaining([
        'case-started',
        'acknowledge',
        'tender-school-invited',
        'tender-submitted',
        'award-decided',
        'appeal-filed',
        'court-decided',
        'standstill-ended',
        'contract-concluded',
        'review-opened',
        'follow-up-reported',
        'review-decided',
        'stage-changed',
      ]),
    );
    const at = items.map((e) => e.at);
    expect([...at].sort()).toEqual(at);
    for (const e of items) {
      expect(e.actor.name.length).toBeGreaterThan(0);
      expect(e.text.sv.length * e.text.en.length).toBeGreaterThan(0);
    }
    expect(items.find((e) => e.type === 'case-started')!.actor.name).toBe(ProcurementDemoUsers[0].name);
    expect(items.find((e) => e.type === 'award-decided')!.at.slice(0, 16)).toBe('2027-04-26T07:00');
    expect(items.find((e) => e.type === 'tender-school-invited')!.text.sv).toContain('2027-04-08');
    expect((await lars.get(`/procurement/matches/${id}/timeline`)).status).toBe(404);
  });

  it('pages the timeline: pages of `limit` events, following `next`, make the whole timeline', async () => {
    const whole = (await eva.get(`/procurement/matches/${id}/timeline`)).body;
    expect(whole.next).toBeUndefined();
    const paged: unknown[] = [];
    let after: number | undefined;
    for (let pages = 0; pages < 100; pages++) {
      const page = (await eva.get(`/procurement/matches/${id}/timeline?limit=3${after === undefined ? '' : `&after=${after}`}`)).body;
      paged.push(...page.items);
      if (page.next === undefined) break;
      after = page.next;
    }
    expect(paged).toEqual(whole.items);
    expect((await eva.get(`/procurement/matches/${id}/timeline?limit=201`)).status).toBe(400);
  });
});

describe('a direct award', () => {
  let directAwardId = '';
  it('has no standstill: the contract can be concluded at once', async () => {
    const deadline = new Date((await clockNow()).getTime() + 10 * 86_400_000).toISOString();
    const c = await startCase({
      title: 'Högläsning på vårdavdelningar',
      procedure: 'direct-award',
      estimatedValueSek: 500_000,
      durationMonths: 12,
      deadline,
    });
    const act = actOn(c.id);
    await act(buyer, { type: 'acknowledge' });
    await act(eva, { type: 'submit-tender' });
    await act(buyer, { type: 'decide-award', outcome: 'awarded', sentElectronically: true }, 422);
    await advanceTo(new Date(Date.parse(deadline) + 3_600_000).toISOString());
    const awarded = await act(buyer, { type: 'decide-award', outcome: 'awarded', sentElectronically: true });
    expect(awarded.award!.standstill).toBeNull();
    await act(buyer, { type: 'file-appeal' }, 409);
    const view = await bidderView(c.id);
    expect(view.stage).toBe('agreement');
    const timeline = (await eva.get(`/procurement/matches/${c.id}/timeline`)).body.items as { type: string; text: { en: string } }[];
    expect(timeline.find((e) => e.type === 'award-decided')!.text.en).toContain('no standstill');
    const signed = await act(buyer, { type: 'conclude-contract', startDate: deadline.slice(0, 10), termMonths: 12 });
    expect(signed.stage).toBe('agreement');
    directAwardId = c.id;
  });

  it('still gets its follow-up from the reconciler when the schedule is lost', async () => {
    const id = directAwardId;
    expect(followUpSchedules(id)).toEqual([`${id}-follow-up-1`]);
    api.runtime.aws.scheduler.deleteSchedule({ Name: `${id}-follow-up-1`, GroupName: process.env.SCHEDULE_GROUP_NAME });
    const anniversary = api.runtime.aws.scheduler.listSchedules({ NamePrefix: id }).Schedules;
    expect(anniversary).toEqual([]);
    const start = (await bidderView(id)) as CaseView & { contract: { startDate: string } };
    const oneYearLater = new Date(`${start.contract.startDate}T00:00:00Z`);
    oneYearLater.setUTCFullYear(oneYearLater.getUTCFullYear() + 1);
    await advanceTo(new Date(oneYearLater.getTime() + 86_400_000).toISOString());
    expect((await bidderView(id)).stage).toBe('agreement');
    expect(await api.runtime.invoker.invoke('Reconciler', {})).toMatchObject({ match: { reviewsOpened: 1 } });
    await idle();
    expect((await bidderView(id)).stage).toBe('review');
  });
});

describe('a contract reserved under LOU 19 kap. 25 §', () => {
  const reserved = async () => {
    const deadline = new Date((await clockNow()).getTime() + 10 * 86_400_000).toISOString();
    const c = await startCase({
      title: 'Mötesplatser för äldre, reserverat',
      procedure: 'simplified',
      reservation: 'res-pub-ser',
      durationMonths: 24,
      deadline,
    });
    const act = actOn(c.id);
    await act(buyer, { type: 'acknowledge' });
    await act(eva, { type: 'submit-tender' });
    await advanceTo(new Date(Date.parse(deadline) + 3_600_000).toISOString());
    const awarded = await act(buyer, { type: 'decide-award', outcome: 'awarded', sentElectronically: true });
    await advanceTo(new Date(Date.parse(awarded.award!.standstill!.endsAt) + 3_600_000).toISOString());
    expect((await bidderView(c.id)).stage).toBe('agreement');
    return { id: c.id, act, startDate: deadline.slice(0, 10) };
  };

  it('runs at most 3 years and is not awarded again to the same organisation by the same buyer within 3 years', async () => {
    const first = await reserved();
    const long = await buyer.post(`/procurement/matches/${first.id}/actions`, { type: 'conclude-contract', startDate: first.startDate, termMonths: 48 });
    expect(long.status).toBe(422);
    expect(long.body.errors.map((e: { path: string }) => e.path)).toEqual(['termMonths']);
    await first.act(buyer, { type: 'conclude-contract', startDate: first.startDate, termMonths: 24 });

    const second = await reserved();
    const repeat = await buyer.post(`/procurement/matches/${second.id}/actions`, { type: 'conclude-contract', startDate: second.startDate, termMonths: 24 });
    expect(repeat.status, JSON.stringify(repeat.body)).toBe(422);
    expect(repeat.body.errors[0].message).toMatch(/less than 3 years ago/);
  });
});
