import { describe, expect, it } from 'vitest';
import type { IopCase } from '../../../shared/iop/index.js';
import { addMonths } from '../../../shared/iop/dates.js';
import {
  endAgreement, escalate, markNeedsAttention, markReminderSent, openReview, pendingOutcome, renewalOf, reviewSlots, scheduleReviews, statusOf,
} from '../../../shared/iop/index.js';
import { active, config, inApproval, inDialogue, initiated, later, t0 } from './fixtures.js';

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
      [1, '2028-01-01', false], [2, '2029-01-01', false], [3, '2030-01-01', false], [4, '2031-01-01', false], [5, '2031-10-01', true],
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
    expect(r.effects).toEqual([{ type: 'start-workflow', workflow: 'iop-dialogue', executionName: 'iop-test000001-r2-dialogue-1', input: { caseId: 'iop-test000001-r2' } }]);
  });
});
