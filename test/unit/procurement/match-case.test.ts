import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../shared/platform/auth/actor.js';
import { SystemActor } from '../../../shared/platform/auth/actor.js';
import { ConflictError, ForbiddenError, RuleViolationError } from '../../../shared/platform/errors/domain-errors.js';
import type { MatchAction, MatchCase } from '../../../shared/procurement/domain/match-case/match-case-model.js';
import { MatchActionSchema } from '../../../shared/procurement/domain/match-case/match-case-model.js';
import { applyMatchAction, startMatchCase } from '../../../shared/procurement/domain/match-case/match-case-reducer.js';
import { matchCaseStatus } from '../../../shared/procurement/domain/match-case/match-case-status.js';
import { seedNotices } from '../../../local/seed/procurement-seed.js';

const t0 = new Date('2026-03-02T09:00:00Z');
const notices = seedNotices(t0);
const bidder: Actor = { sub: 'u1', name: 'Anna Bidder', role: 'civil', org: 'org-anhorigcentrum-vast' };
const buyer: Actor = { sub: 'u2', name: 'Per Inköp', role: 'procurement', org: 'vgr', publicBody: 'vgr' };
const other: Actor = { sub: 'u3', name: 'Eva Annan', role: 'civil', org: 'org-other' };
const at = (days: number) => new Date(t0.getTime() + days * 86_400_000);

function run(state: MatchCase, steps: [Partial<MatchAction> & { type: MatchAction['type'] }, Actor, Date][]): MatchCase {
  return steps.reduce((s, [action, actor, now]) => applyMatchAction(s, MatchActionSchema.parse(action), actor, now).state, state);
}

const start = (noticeId = 'VGR-2026-001', lotId = '1', actor = bidder) =>
  startMatchCase({ id: 'm1', reference: 'MC-2026-0001', notice: notices.find((n) => n.id === noticeId)!, lotId, bidderOrgId: bidder.org }, actor, t0);

describe('match case', () => {
  it('starts in initiation and starts its stage execution', () => {
    const t = start();
    expect(t.state.stage).toBe('initiation');
    expect(t.effects).toEqual([{ type: 'start-workflow', workflow: 'match-case', executionName: 'm1-initiation-1', input: { caseId: 'm1' } }]);
    expect(t.timeline[0]!.text.sv).toContain('Anhörigstöd');
  });

  it("refuses a bidder pursuing another organisation's match", () => {
    expect(() => start('VGR-2026-001', '1', other)).toThrow(ForbiddenError);
  });

  it('names the stage when an action does not fit it (409)', () => {
    const { state } = start();
    try {
      applyMatchAction(state, { type: 'submit-tender' }, bidder, t0);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConflictError);
      expect((e as ConflictError).extensions).toEqual({ stage: 'initiation' });
    }
  });

  it('runs dialogue → approval → standstill → agreement → yearly review → closed', () => {
    let s = run(start().state, [
      [{ type: 'acknowledge' }, buyer, at(1)],
      [{ type: 'form-consortium', orgIds: ['org-seniorernas-hus'] }, bidder, at(4)],
      [{ type: 'submit-tender' }, bidder, at(10)],
      [{ type: 'record-evaluation', note: 'Bäst förhållande mellan pris och kvalitet.' }, buyer, at(31)],
    ]);
    expect(s.stage).toBe('approval');
    const decided = applyMatchAction(s, { type: 'decide-award', outcome: 'awarded', sentElectronically: true }, buyer, new Date('2026-05-04T10:00:00Z'));
    // 4 May (after the deadline of 1 April) + 10 days = Kristi himmelfärds dag → Fri 15 May
    expect(decided.state.award?.standstill?.lastDay).toBe('2026-05-15');
    expect(decided.effects).toContainEqual({ type: 'complete-wait', waitKind: 'award-decision', output: { outcome: 'awarded' } });
    expect(matchCaseStatus(decided.state, new Date('2026-05-05T10:00:00Z')).headline.en).toBe('Standstill');
    expect(() => applyMatchAction(decided.state, { type: 'end-standstill' }, SystemActor, new Date('2026-05-15T12:00:00Z'))).toThrow(ConflictError);
    s = applyMatchAction(decided.state, { type: 'end-standstill' }, SystemActor, new Date('2026-05-16T08:00:00Z')).state;
    expect(s.stage).toBe('agreement');
    const signed = applyMatchAction(
      s,
      MatchActionSchema.parse({ type: 'conclude-contract', startDate: '2026-06-01', termMonths: 36 }),
      buyer,
      new Date('2026-06-20T08:00:00Z'),
    );
    expect(signed.state.contract?.endDate).toBe('2029-06-01');
    expect(signed.effects).toContainEqual({
      type: 'schedule-reviews',
      at: ['2027-06-01T08:00:00.000Z', '2028-06-01T08:00:00.000Z', '2029-06-01T08:00:00.000Z'],
    });
    s = run(signed.state, [[{ type: 'open-review' }, SystemActor, new Date('2027-06-01T09:00:00Z')]]);
    expect(s.stage).toBe('review');
    expect(matchCaseStatus(s, new Date('2027-06-02T09:00:00Z')).whoActs.orgs).toEqual([bidder.org]);
    expect(() => applyMatchAction(s, { type: 'review-decision', decision: 'continue' }, buyer, new Date('2027-06-03T09:00:00Z'))).toThrow(RuleViolationError);
    s = run(s, [
      [{ type: 'submit-follow-up', text: 'Två praktikplatser, 140 deltagare.', commitmentsMet: true }, bidder, new Date('2027-06-20T09:00:00Z')],
      [{ type: 'review-decision', decision: 'continue' }, buyer, new Date('2027-06-25T09:00:00Z')],
    ]);
    expect(s.stage).toBe('agreement');
    expect(s.reviews).toHaveLength(1);
  });

  it('holds the contract during an appeal and until 10 days after the court decides', () => {
    let s = run(start().state, [
      [{ type: 'acknowledge' }, buyer, at(1)],
      [{ type: 'submit-tender' }, bidder, at(10)],
      [{ type: 'decide-award', outcome: 'awarded', sentElectronically: false }, buyer, new Date('2026-04-13T08:00:00Z')],
      [{ type: 'file-appeal' }, buyer, new Date('2026-04-20T08:00:00Z')],
    ]);
    expect(matchCaseStatus(s, new Date('2026-06-01T08:00:00Z')).headline.en).toBe('Appeal pending');
    expect(() => applyMatchAction(s, { type: 'end-standstill' }, SystemActor, new Date('2026-09-01T08:00:00Z'))).toThrow(ConflictError);
    s = run(s, [[{ type: 'record-court-decision', decidedAt: '2026-09-01T08:00:00Z' }, buyer, new Date('2026-09-01T09:00:00Z')]]);
    expect(s.appeal?.holdUntil?.lastDay).toBe('2026-09-11');
    expect(() => applyMatchAction(s, { type: 'end-standstill' }, SystemActor, new Date('2026-09-11T12:00:00Z'))).toThrow(ConflictError);
    expect(applyMatchAction(s, { type: 'end-standstill' }, SystemActor, new Date('2026-09-12T08:00:00Z')).state.stage).toBe('agreement');
  });

  it('has no standstill for a direct award', () => {
    const t = startMatchCase(
      { id: 'm2', reference: 'MC-2', notice: notices.find((n) => n.id === 'VGR-2026-007')!, lotId: 'whole', bidderOrgId: bidder.org },
      buyer,
      t0,
    );
    const s = run(t.state, [
      [{ type: 'accept-invitation' }, bidder, at(1)],
      [{ type: 'submit-tender' }, bidder, at(2)],
      [{ type: 'decide-award', outcome: 'awarded' }, buyer, at(15)],
    ]);
    expect(s.award?.standstill).toBeNull();
    expect(applyMatchAction(s, { type: 'end-standstill' }, SystemActor, at(15)).state.stage).toBe('agreement');
  });

  it('checks the term of a 19 kap. 25 § contract and refuses a repeat award within 3 years', () => {
    const s = run(start().state, [
      [{ type: 'acknowledge' }, buyer, at(1)],
      [{ type: 'submit-tender' }, bidder, at(10)],
      [{ type: 'decide-award', outcome: 'awarded' }, buyer, at(31)],
      [{ type: 'end-standstill' }, SystemActor, at(50)],
    ]);
    const conclude = (termMonths: number, prior = false) =>
      applyMatchAction(s, MatchActionSchema.parse({ type: 'conclude-contract', startDate: '2026-05-01', termMonths }), buyer, at(51), {
        priorReservedAwards: prior ? [{ buyerOrgId: 'vgr', bidderOrgId: bidder.org, awardedAt: '2024-06-01T00:00:00Z' }] : [],
      });
    expect(() => conclude(48)).toThrow(RuleViolationError);
    expect(() => conclude(36, true)).toThrow(RuleViolationError);
    expect(conclude(36).state.contract?.termMonths).toBe(36);
  });

  it('a declined invitation ends the case; only the bidder may decline', () => {
    const t = start('VGR-2026-001', '1', buyer);
    expect(() => applyMatchAction(t.state, { type: 'decline-invitation' }, other, at(1))).toThrow(ForbiddenError);
    expect(applyMatchAction(t.state, { type: 'decline-invitation' }, bidder, at(1)).state.stage).toBe('withdrawn');
  });
});
