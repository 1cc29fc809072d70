import { describe, expect, it } from 'vitest';
import type { IopAction, IopCase } from '../../../shared/iop/domain/index.js';
import { addMonths } from '../../../shared/iop/domain/dates.js';
import {
  applyAction,
  endAgreement,
  escalate,
  markNeedsAttention,
  markReminderSent,
  openReview,
  openReviews,
  pendingOutcome,
  renewalOf,
  reviewSlots,
  scheduleReviews,
  statusOf,
} from '../../../shared/iop/domain/index.js';
import { isSupersededReview, pendingReviewOutcome } from '../../../shared/iop/domain/lifecycle.js';
import { iopOutboxOf } from '../../../shared/iop/effects/iop-outbox.js';
import { active, approve, config, hearEveryone, inApproval, inDialogue, initiated, later, partyUsers, t0, users } from './fixtures.js';

describe('deadlines, reminders and escalation', () => {
  it('a reminder gives a grace period and is material; a reminder for a wait the case left changes nothing', () => {
    const r = markReminderSent(inDialogue(), 'consensus', later(90), config);
    expect(r.state.deadlines.consensus).toMatchObject({ remindedAt: later(90).toISOString(), dueAt: later(97).toISOString() });
    expect(r.timeline[0]!.material).toBe(true);
    const approval = inApproval();
    const stale = markReminderSent(approval, 'consensus', later(90), config);
    expect(stale.timeline).toEqual([]);
    expect(stale.state).toBe(approval);
  });

  it('a stalled dialogue is marked, not lost, and shows in the status', () => {
    const s = escalate(inDialogue(), 'consensus', later(100)).state;
    expect(s.stage).toBe('dialogue');
    expect(s.flags.stalled).toBe(later(100).toISOString());
    expect(statusOf(s, later(100)).headline.en).toContain('stalled');
    expect(escalate(s, 'consensus', later(101)).timeline).toEqual([]);
  });

  it('an overdue decision is marked and shows in the status', () => {
    const s = escalate(inApproval(), 'decision', later(40)).state;
    expect(s.flags.overdue).toBeDefined();
    expect(statusOf(s, later(40)).headline.en).toContain('overdue');
  });

  it('unanswered invitations lapse', () => {
    const s = escalate(initiated(), 'invitations', later(21)).state;
    expect(s.parties.filter((p) => p.invitation === 'lapsed')).toHaveLength(2);
    expect(s.stage).toBe('initiation');
  });

  it('marks a case that needs attention without changing its stage', () => {
    const s = markNeedsAttention(inDialogue(), 'Lambda.Unknown', later(1)).state;
    expect(s.flags.needsAttention?.error).toBe('Lambda.Unknown');
    expect(s.stage).toBe('dialogue');
  });
});

describe('callbacks that race their wait', () => {
  it('answers a wait the case already left with the stored outcome, and a current wait with nothing', () => {
    expect(pendingOutcome(inDialogue(), 'consensus')).toBeUndefined();
    expect(pendingOutcome(inDialogue(), 'invitations')).toEqual({ outcome: 'accepted' });
    expect(pendingOutcome(inApproval(), 'consensus')).toEqual({ outcome: 'decision-requested' });
    expect(pendingOutcome(active(), 'signatures')).toEqual({ outcome: 'signed' });
  });
});

describe('reviews', () => {
  it('schedules a review at each anniversary and a final review before the end', () => {
    const slots = reviewSlots({ termStart: '2027-01-01T00:00:00.000Z', termEnd: '2032-01-01T00:00:00.000Z' }, config);
    expect(slots.map((s) => [s.reviewNumber, s.at.slice(0, 10), s.final])).toEqual([
      [1, '2028-01-01', false],
      [2, '2029-01-01', false],
      [3, '2030-01-01', false],
      [4, '2031-01-01', false],
      [5, '2031-10-01', true],
    ]);
    expect(reviewSlots({ termStart: '2027-01-01T00:00:00.000Z', termEnd: '2028-01-01T00:00:00.000Z' }, config).map((s) => s.final)).toEqual([true]);
  });

  it('schedules once, when the agreement is in force', () => {
    const first = scheduleReviews(active(), t0, config);
    expect(first.effects[0]).toMatchObject({ type: 'schedule-reviews' });
    expect(scheduleReviews(first.state, t0, config).effects).toEqual([]);
    expect(scheduleReviews(inApproval(), t0, config).effects).toEqual([]);
  });

  it('opens a review only for an agreement in force, idempotently', () => {
    const opened = openReview(active(), { reviewNumber: 1, final: false }, later(365), config);
    expect(opened.opened).toBe(true);
    expect(opened.state.stage).toBe('review');
    expect(opened.state.deadlines.review?.dueAt).toBe(later(425).toISOString());
    expect(openReview(opened.state, { reviewNumber: 1, final: false }, later(366), config).timeline).toEqual([]);
    expect(openReview(inDialogue(), { reviewNumber: 1, final: false }, later(365), config).opened).toBe(false);
  });

  it('ends a terminated agreement and closes the case', () => {
    const ending: IopCase = { ...active(), ending: 'terminate', endsAt: addMonths(t0, 3) };
    const r = endAgreement(ending, new Date(addMonths(t0, 3)));
    expect(r.state.stage).toBe('closed');
    expect(r.effects).toEqual([{ type: 'cancel-schedules' }]);
    expect(endAgreement(active(), t0).state.stage).toBe('agreement');
  });

  it('a renewal is a new linked case that starts at dialogue', () => {
    const renewing: IopCase = { ...active(), ending: 'renew', renewedBy: 'iop-test000001-r2' };
    const r = renewalOf(renewing, later(1700), config);
    expect(r.state).toMatchObject({ id: 'iop-test000001-r2', stage: 'dialogue', renews: 'iop-test000001', generation: 2 });
    expect(r.state.parties.every((p) => p.invitation === 'accepted')).toBe(true);
    expect(r.effects).toEqual([
      { type: 'start-workflow', workflow: 'iop-dialogue', executionName: 'iop-test000001-r2-dialogue-1', input: { caseId: 'iop-test000001-r2' } },
    ]);
  });
});

/** The term 2027-01-01–2032-01-01 of the fixture's agreement, and its review days. */
const termEnd = '2032-01-01T00:00:00.000Z';
const slots = reviewSlots({ termStart: '2027-01-01T00:00:00.000Z', termEnd }, config);
const at = (n: number) => new Date(slots[n - 1]!.at);
const slot = (n: number) => ({ reviewNumber: n, final: slots[n - 1]!.final });
const scheduled = (): IopCase => scheduleReviews(active(), t0, config).state;
const act = (state: IopCase, action: IopAction, who: (typeof users)[keyof typeof users], now: Date) => applyAction(state, action, who, now, config);
const report = { type: 'submit-review-report', activities: 'Gruppträffar', reach: 100, outcomes: 'Mål nådda', moneyUsedSek: 1, inKindUsedSek: 1 } as const;
/** Both organisations report on the oldest open review and every party states its position: the decision may follow. */
const reportAndHear = (state: IopCase, now: Date) =>
  hearEveryone(act(act(state, report, users.redCross, now).state, report, users.stadsmission, now).state, now);
/** Every party consents to the amended draft, it is approved and signed: the amendment is in force. */
const amendmentSigned = (state: IopCase, now: Date): IopCase => {
  let s = state;
  for (const u of partyUsers) s = act(s, { type: 'consent', draftVersion: s.draft.version }, u, now).state;
  s = act(s, { type: 'request-decision' }, users.healthcare, now).state;
  s = act(s, approve, users.approver, now).state;
  for (const u of partyUsers) s = act(s, { type: 'sign' }, u, now).state;
  return s;
};

describe('reviews and the term end are their own schedules', () => {
  it('schedules every review and the term end when the agreement comes into force, once', () => {
    const first = scheduleReviews(active(), t0, config);
    expect(first.effects).toEqual([
      { type: 'schedule-reviews', reviews: slots },
      { type: 'schedule-term-end', at: termEnd },
    ]);
    expect(first.state).toMatchObject({ reviewsScheduledAt: t0.toISOString(), termEndScheduledAt: t0.toISOString() });
    expect(first.timeline[0]!.text.sv).toContain('Överenskommelsen upphör när avtalstiden går ut 2032-01-01');
    expect(scheduleReviews(first.state, later(1), config).effects).toEqual([]);
  });

  it('gives an agreement scheduled before the term end had a schedule just that one', () => {
    const legacy: IopCase = { ...active(), reviewsScheduledAt: t0.toISOString() };
    expect(scheduleReviews(legacy, t0, config).effects).toEqual([{ type: 'schedule-term-end', at: termEnd }]);
    // The next review that opens adds it too, so every agreement in force gets its schedules.
    const opened = openReview(legacy, slot(1), at(1), config);
    expect(opened.effects).toContainEqual({ type: 'schedule-term-end', at: termEnd });
    expect(opened.state.termEndScheduledAt).toBe(at(1).toISOString());
  });

  it('cancels every schedule, the term end included', () => {
    const out = iopOutboxOf(scheduled(), [{ type: 'cancel-schedules' }], [], config);
    expect(out[0]).toEqual({
      type: 'cancel-schedules',
      scheduleNames: [...slots.map((s) => `iop-test000001-review-${s.reviewNumber}`), 'iop-test000001-term-end'],
    });
  });
});

describe('a review still open when the next falls due', () => {
  const twoOpen = () => {
    const one = openReview(scheduled(), slot(1), at(1), config).state;
    return { one, two: openReview(one, slot(2), at(2), config) };
  };

  it('opens the next review on time and flags the earlier one overdue, escalated, still open', () => {
    const { two } = twoOpen();
    expect(two.opened).toBe(true);
    expect(two.state.stage).toBe('review');
    expect(two.state.reviews.map((r) => [r.number, r.openedAt, r.overdueAt ?? null, r.closedAt ?? null])).toEqual([
      [1, at(1).toISOString(), at(2).toISOString(), null],
      [2, at(2).toISOString(), null, null],
    ]);
    expect(two.state.flags.overdue).toBe(at(2).toISOString());
    const escalation = two.timeline.find((e) => e.type === 'review-overdue')!;
    expect(escalation.material).toBe(true);
    expect(escalation.text.sv).toBe(
      'Uppföljning 1 är inte klar när uppföljning 2 börjar. Den är försenad och har eskalerats, och den kan fortfarande rapporteras och beslutas.',
    );
    expect(two.timeline.map((e) => e.type)).toEqual(['review-overdue', 'review-opened']);
    expect(two.timeline.some((e) => e.type === 'review-skipped')).toBe(false);
    expect(statusOf(two.state, at(2)).headline).toEqual({ sv: 'Uppföljning 1 är försenad', en: 'Review 1 is overdue' });
    expect(statusOf(two.state, at(2)).next.sv).toContain('Sedan står uppföljning 2 i tur');
  });

  it("hands the wait over: the earlier review's execution ends, the later one holds the period", () => {
    const { one, two } = twoOpen();
    expect(isSupersededReview(one, 1)).toBe(false);
    expect(isSupersededReview(two.state, 1)).toBe(true);
    expect(pendingReviewOutcome(two.state, 1)).toEqual({ outcome: 'superseded' });
    expect(pendingReviewOutcome(two.state, 2)).toBeUndefined();
    // A late run of review 1's schedule changes nothing and holds nothing.
    const again = openReview(two.state, slot(1), at(2), config);
    expect(again).toMatchObject({ opened: false, waiting: false, timeline: [] });
    // A retried open of review 2 is a no-op that still holds the period.
    expect(openReview(two.state, slot(2), at(2), config)).toMatchObject({ opened: true, timeline: [] });
  });

  it('is handled oldest first: the case stays in review until the last open review is decided', () => {
    const { two } = twoOpen();
    const now = later(1, at(2));
    const reported = reportAndHear(two.state, now);
    expect(reported.reviews.find((r) => r.number === 1)!.reports).toHaveLength(2);
    expect(reported.reviews.find((r) => r.number === 2)!.reports).toHaveLength(0);
    const first = act(reported, { type: 'review-decision', decision: 'continue', motivation: 'Bra' }, users.healthcare, now);
    expect(first.state.stage).toBe('review');
    expect(first.effects.some((e) => e.type === 'complete-wait')).toBe(false);
    expect(openReviews(first.state).map((r) => r.number)).toEqual([2]);
    expect(first.state.reviews[0]!.closedAt).toBe(now.toISOString());
    const second = act(reportAndHear(first.state, now), { type: 'review-decision', decision: 'continue', motivation: 'Bra' }, users.healthcare, now);
    expect(second.state.stage).toBe('agreement');
    expect(second.effects).toContainEqual({ type: 'complete-wait', waitKind: 'review', output: { outcome: 'continue' } });
  });

  it('never skips a review over five years with every review left open', () => {
    let s = scheduled();
    for (const n of slots.map((x) => x.reviewNumber)) {
      const t = openReview(s, slot(n), at(n), config);
      expect(t.opened, `review ${n}`).toBe(true);
      s = t.state;
    }
    expect(s.reviews.map((r) => [r.number, r.openedAt])).toEqual(slots.map((x) => [x.reviewNumber, x.at]));
    expect(openReviews(s).map((r) => r.overdueAt !== undefined)).toEqual([true, true, true, true, false]);
    const ended = endAgreement(s, new Date(termEnd), { atTermEnd: true });
    expect(ended.state).toMatchObject({ stage: 'closed', endReason: 'term-ended', endsAt: termEnd, agreementInForce: undefined });
    expect(openReviews(ended.state)).toEqual([]);
  });

  it('flags the review whose own due date passed, once', () => {
    const one = openReview(scheduled(), slot(1), at(1), config).state;
    const overdue = escalate(one, 'review', later(70, at(1)));
    expect(overdue.state.reviews[0]!.overdueAt).toBe(later(70, at(1)).toISOString());
    expect(overdue.timeline[0]).toMatchObject({ type: 'overdue', material: true, text: { sv: 'Uppföljning 1 är försenad och har eskalerats.' } });
    expect(escalate(overdue.state, 'review', later(160, at(1))).timeline).toEqual([]);
  });
});

describe('a review that falls due during an amendment', () => {
  const revising = () => {
    const one = reportAndHear(openReview(scheduled(), slot(1), at(1), config).state, later(10, at(1)));
    return act(one, { type: 'review-decision', decision: 'revise', motivation: 'Fler språk' }, users.healthcare, later(10, at(1))).state;
  };

  it('is recorded as opened on time and waits for the amendment; the agreement stays in force', () => {
    const amending = revising();
    expect(amending).toMatchObject({ stage: 'dialogue', amending: true });
    const due = openReview(amending, slot(2), at(2), config);
    expect(due).toMatchObject({ opened: false, waiting: true });
    expect(due.state.stage).toBe('dialogue');
    expect(due.state.reviews.at(-1)).toMatchObject({ number: 2, openedAt: at(2).toISOString() });
    expect(due.state.reviews.at(-1)!.dueAt).toBeUndefined();
    expect(due.timeline.map((e) => [e.type, e.material])).toEqual([['review-due', true]]);
    expect(statusOf(due.state, at(2)).next.sv).toContain('Uppföljning 2 ska göras och börjar när ändringen är klar.');
    // The execution checking again each day changes nothing while the amendment runs.
    expect(openReview(due.state, slot(2), later(1, at(2)), config)).toMatchObject({ opened: false, waiting: true, timeline: [] });
  });

  it('starts once the amendment is signed, with its report due from then', () => {
    const due = openReview(revising(), slot(2), at(2), config).state;
    const signed = amendmentSigned(due, later(20, at(2)));
    expect(signed).toMatchObject({ stage: 'agreement', amending: false });
    expect(statusOf(signed, later(20, at(2))).next.sv).toBe('Uppföljning 2 ska göras och börjar inom ett dygn.');
    const held = openReview(signed, slot(2), later(21, at(2)), config);
    expect(held.opened).toBe(true);
    expect(held.state.stage).toBe('review');
    expect(held.state.reviews.at(-1)).toMatchObject({ number: 2, openedAt: at(2).toISOString(), dueAt: later(81, at(2)).toISOString() });
    expect(held.timeline.find((e) => e.type === 'review-opened')!.text.sv).toContain(`Den blev aktuell ${at(2).toISOString().slice(0, 10)}`);
  });

  it('starts after a rejected amendment too', () => {
    let s = openReview(revising(), slot(2), at(2), config).state;
    const now = later(5, at(2));
    for (const u of partyUsers) s = act(s, { type: 'consent', draftVersion: s.draft.version }, u, now).state;
    s = act(s, { type: 'request-decision' }, users.healthcare, now).state;
    s = act(s, { type: 'decide', decision: 'reject', motivation: 'Nej', diarienummer: 'RS 1' }, users.approver, now).state;
    expect(s).toMatchObject({ stage: 'agreement', amending: false });
    expect(openReview(s, slot(2), later(1, now), config)).toMatchObject({ opened: true, state: { stage: 'review' } });
  });

  it('a review held when an earlier one is revised continues after the amendment', () => {
    const one = openReview(scheduled(), slot(1), at(1), config).state;
    const two = openReview(one, slot(2), at(2), config).state;
    const now = later(3, at(2));
    const revised = act(reportAndHear(two, now), { type: 'review-decision', decision: 'revise', motivation: 'Ändra' }, users.healthcare, now);
    expect(revised.state).toMatchObject({ stage: 'dialogue', amending: true });
    expect(openReviews(revised.state).map((r) => r.number)).toEqual([2]);
    expect(revised.timeline[0]!.text.sv).toContain('Uppföljning 2 fortsätter när ändringen är klar.');
    const check = openReview(revised.state, slot(2), now, config);
    expect(check).toMatchObject({ opened: false, waiting: true });
    const held = openReview(amendmentSigned(check.state, later(30, now)), slot(2), later(31, now), config);
    expect(held).toMatchObject({ opened: true, state: { stage: 'review' } });
    expect(held.timeline.map((e) => e.type)).toEqual(['stage-changed', 'review-resumed']);
  });
});

describe("the agreement ends at its term end whatever the reviews' state", () => {
  it('closes a case with the final review open, tells its execution and removes every schedule', () => {
    let s = scheduled();
    for (const n of [1, 2, 3, 4, 5]) s = openReview(s, slot(n), at(n), config).state;
    const r = endAgreement(s, new Date(termEnd), { atTermEnd: true });
    expect(r.state).toMatchObject({ stage: 'closed', endReason: 'term-ended', agreementInForce: undefined });
    expect(r.state.reviews.every((x) => x.closedAt === termEnd)).toBe(true);
    expect(r.effects).toEqual([{ type: 'complete-wait', waitKind: 'review', output: { outcome: 'withdrawn' } }, { type: 'cancel-schedules' }]);
    expect(r.timeline[0]!.text.sv).toBe(
      'Avtalstiden gick ut 2032-01-01. Överenskommelsen har upphört att gälla och ärendet är avslutat. ' +
        'Uppföljning 1, 2, 3, 4 och 5 (slutuppföljningen) var inte klara och avslutas med överenskommelsen.',
    );
    const status = statusOf(r.state, new Date(termEnd));
    expect(status.headline.sv).toBe('Avslutat – avtalstiden har gått ut');
    expect(status.next.sv).toBe('Överenskommelsen upphörde när avtalstiden gick ut 2032-01-01. Inget mer händer i ärendet.');
    expect(status.next.en).toBe('The agreement ended when its term ran out on 2032-01-01. Nothing more happens in this case.');
    expect(endAgreement(r.state, new Date(termEnd), { atTermEnd: true }).timeline).toEqual([]);
  });

  it('ends an agreement in force with nothing open, and one in the middle of an amendment', () => {
    const idle = endAgreement(scheduled(), new Date(termEnd), { atTermEnd: true });
    expect(idle.state.stage).toBe('closed');
    expect(idle.effects).toEqual([{ type: 'cancel-schedules' }]);
    const amending: IopCase = { ...scheduled(), stage: 'dialogue', amending: true };
    expect(endAgreement(amending, new Date(termEnd), { atTermEnd: true }).effects).toEqual([
      { type: 'complete-wait', waitKind: 'consensus', output: { outcome: 'withdrawn' } },
      { type: 'cancel-schedules' },
    ]);
  });

  it('does nothing when run well before the term end', () => {
    const s = scheduled();
    expect(endAgreement(s, later(30), { atTermEnd: true }).state).toBe(s);
  });

  it('keeps the reason of an agreement closed or renewed at its final review', () => {
    const closing: IopCase = { ...scheduled(), ending: 'close', endsAt: termEnd };
    expect(endAgreement(closing, new Date(termEnd), { atTermEnd: true }).state.endReason).toBe('close');
    const terminated = endAgreement({ ...scheduled(), ending: 'terminate', endsAt: addMonths(t0, 3) }, new Date(addMonths(t0, 3))).state;
    expect(statusOf(terminated, new Date(addMonths(t0, 3))).next.sv).toBe(
      `Överenskommelsen sades upp och upphörde ${addMonths(t0, 3).slice(0, 10)}. Inget mer händer i ärendet.`,
    );
  });
});

describe('stalled and overdue follow the due date', () => {
  it('silence before the due date reminds without moving the due date forward, and is not a stall', () => {
    const dialogue = inDialogue();
    const dueAt = dialogue.deadlines.consensus!.dueAt;
    // The workflow's heartbeat fires after three weeks of silence: a reminder, the 90-day due date kept.
    const reminded = markReminderSent(dialogue, 'consensus', later(21), config).state;
    expect(reminded.deadlines.consensus!.dueAt).toBe(dueAt);
    const early = escalate(reminded, 'consensus', later(28));
    expect(early.state.flags.stalled).toBeUndefined();
    expect(early.timeline).toEqual([]);
    expect(statusOf(early.state, later(28)).headline.en).toBe('The parties are in dialogue');
    expect(escalate(reminded, 'consensus', later(91)).state.flags.stalled).toBe(later(91).toISOString());
  });

  it('a due date that passed shows as overdue in the status, before any escalation marked it', () => {
    expect(statusOf(inDialogue(), later(91)).headline.en).toMatch(/^The dialogue is overdue – its due date was/);
    expect(statusOf(inApproval(), later(31)).headline.en).toContain('overdue');
    expect(statusOf(inApproval(), later(29)).headline.en).not.toContain('overdue');
    expect(escalate(inApproval(), 'decision', later(20)).state.flags.overdue).toBeUndefined();
  });
});
