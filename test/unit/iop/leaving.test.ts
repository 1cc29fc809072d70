import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../shared/platform/auth/actor.js';
import { ConflictError } from '../../../shared/platform/errors/domain-errors.js';
import type { IopAction, IopCase } from '../../../shared/iop/domain/index.js';
import { activeParties, allowedActions, applyAction, endAgreement } from '../../../shared/iop/domain/index.js';
import { addMonths } from '../../../shared/iop/domain/dates.js';
import { toCaseView } from '../../../shared/iop/api/case-views.js';
import { active, config, hearEveryone, inAgreement, inApproval, inDialogue, inReview, initiated, later, t0, users } from './fixtures.js';

const act = (state: IopCase, action: IopAction, actor: Actor = users.healthcare, now = t0) => applyAction(state, action, actor, now, config);
const conflict = (fn: () => unknown): ConflictError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof ConflictError) return e;
    throw e;
  }
  throw new Error('expected a conflict');
};
const notice: IopAction = { type: 'give-notice', reason: 'Föreningen har inte längre volontärer till verksamheten' };

describe('leaving after signing: notice, by any party', () => {
  it('refuses withdrawal of a signed agreement truthfully, in Swedish and English, and offers notice instead', () => {
    const e = conflict(() => act(active(), { type: 'withdraw', reason: 'Vi vill avsluta' }, users.redCross));
    expect(e.message).toMatch(/Any party may give notice, with 3 months' notice/);
    expect(e.message).not.toMatch(/review decision/);
    expect(e.extensions).toMatchObject({
      instead: 'give-notice',
      noticeMonths: 3,
      text: { sv: expect.stringMatching(/säga upp den med 3 månaders uppsägningstid/) },
    });
    expect(allowedActions(active(), users.redCross)).toContain('give-notice');
    expect(allowedActions(active(), users.redCross)).not.toContain('withdraw');
    expect(allowedActions(inAgreement(), users.redCross)).not.toContain('give-notice');
  });

  it('lets an idéburen organisation give notice outside a review: the agreement ends when the notice period has run', () => {
    const now = later(200);
    const r = act(active(), notice, users.stadsmission, now);
    const endsAt = addMonths(now, 3);
    expect(r.state).toMatchObject({ stage: 'agreement', ending: 'terminate', endsAt });
    expect(r.effects).toEqual([{ type: 'cancel-schedules' }, { type: 'schedule-term-end', at: endsAt }]);
    const entry = r.timeline.find((e) => e.type === 'notice-given')!;
    expect(entry.text.sv).toMatch(/^Göteborgs Stadsmission har sagt upp överenskommelsen med 3 månaders uppsägningstid\. Den gäller till och med/);
    expect(entry.text.en).toMatch(/^Göteborgs Stadsmission has given notice on the agreement, with 3 months' notice/);
    expect(allowedActions(r.state, users.healthcare)).not.toContain('give-notice');
    expect(conflict(() => act(r.state, notice, users.healthcare, now)).message).toMatch(/already ends/);
    // The schedule fires when the notice has run: the case closes then, not before.
    expect(endAgreement(r.state, later(30, now), { atTermEnd: true }).state.stage).toBe('agreement');
    expect(endAgreement(r.state, new Date(endsAt), { atTermEnd: true }).state).toMatchObject({ stage: 'closed', endReason: 'terminate' });
  });

  it('during a review, notice ends the review period the way a decision to terminate does', () => {
    const review = inReview();
    const now = later(400);
    const r = act(review, notice, users.redCross, now);
    const endsAt = addMonths(now, 3);
    expect(r.state.stage).toBe('agreement');
    expect(r.effects).toEqual([{ type: 'complete-wait', waitKind: 'review', output: { outcome: 'terminate', endsAt } }, { type: 'cancel-schedules' }]);
    expect(r.state.reviews.every((x) => x.closedAt !== undefined)).toBe(true);
  });

  it('while an amendment is in dialogue, notice ends the amendment and the agreement runs out its notice period', () => {
    const report: IopAction = { type: 'submit-review-report', activities: 'a', reach: 1, outcomes: 'b', moneyUsedSek: 1, inKindUsedSek: 1 };
    const reported = hearEveryone([users.redCross, users.stadsmission].reduce((s, u) => act(s, report, u, later(370)).state, inReview()));
    const amending = act(reported, { type: 'review-decision', decision: 'revise', motivation: 'Fler språk' }, users.healthcare, later(371)).state;
    expect(amending).toMatchObject({ stage: 'dialogue', amending: true });
    const r = act(amending, notice, users.healthcare, later(380));
    expect(r.state).toMatchObject({ stage: 'agreement', amending: false, ending: 'terminate' });
    expect(r.effects).toEqual([
      { type: 'complete-wait', waitKind: 'consensus', output: { outcome: 'withdrawn' } },
      { type: 'cancel-schedules' },
      { type: 'schedule-term-end', at: r.state.endsAt },
    ]);
    expect(r.timeline[0]!.text.sv).toMatch(/Ändringen som pågick avbryts\./);
  });

  it('never ends later than the term: notice near the end stops at the term end', () => {
    const s = active();
    const nearEnd = new Date(new Date(s.agreementInForce!.termEnd).getTime() - 30 * 86_400_000);
    expect(act(s, notice, users.redCross, nearEnd).state.endsAt).toBe(s.agreementInForce!.termEnd);
  });

  it('refuses notice before signing, in both languages, pointing to withdrawal', () => {
    const e = conflict(() => act(inDialogue(), notice, users.redCross));
    expect(e.extensions).toMatchObject({ instead: 'withdraw', text: { sv: expect.stringMatching(/ingen undertecknad överenskommelse/) } });
  });
});

describe('leaving before signing: the case goes on while one healthcare unit and one idéburen organisation remain', () => {
  it('in dialogue one of two organisations leaves; the others go on, and consents given so far lapse', () => {
    const consented = act(inDialogue(), { type: 'consent', draftVersion: 1 }, users.redCross).state;
    const r = act(consented, { type: 'withdraw', reason: 'Styrelsen sa nej' }, users.stadsmission);
    expect(r.state.stage).toBe('dialogue');
    expect(activeParties(r.state).map((p) => p.orgId)).toEqual(['angereds-narsjukhus', 'svenska-roda-korset']);
    expect(r.state.parties.find((p) => p.orgId === 'goteborgs-stadsmission')).toMatchObject({ invitation: 'withdrawn', leftAt: t0.toISOString() });
    expect(r.state.consents).toEqual({});
    expect(r.effects.some((e) => e.type === 'complete-wait')).toBe(false);
    expect(r.timeline[0]!.text.sv).toMatch(
      /Göteborgs Stadsmission har dragit sig ur samarbetet\. Skäl: Styrelsen sa nej Ärendet fortsätter med Angereds Närsjukhus, Svenska Röda Korset\./,
    );
    // The two that remain can agree and ask for a decision without it.
    const twoConsent = act(act(r.state, { type: 'consent', draftVersion: 1 }, users.redCross).state, { type: 'consent', draftVersion: 1 }).state;
    expect(act(twoConsent, { type: 'request-decision' }).state.stage).toBe('approval');
  });

  it('the organisation that left sees the case as it was when it left and can act no more', () => {
    const left = act(inDialogue(), { type: 'withdraw', reason: 'Styrelsen sa nej' }, users.stadsmission).state;
    const later1 = act(left, { type: 'record-meeting', date: '2026-12-10', participants: ['Sara'], notes: 'Efteråt' }, users.healthcare, later(2)).state;
    const view = toCaseView(later1, 3, undefined, { actor: users.stadsmission, now: later(3), config });
    expect(view.status.headline.sv).toMatch(/^Ni drog er ur samarbetet/);
    expect(view.meetings).toEqual([]);
    expect(allowedActions(later1, users.stadsmission)).toEqual([]);
  });

  it('asked for a decision or awaiting signatures, the case goes back to dialogue without the party that left', () => {
    for (const state of [inApproval(), inAgreement()]) {
      const r = act(state, { type: 'withdraw', reason: 'Ändrade planer' }, users.redCross);
      expect(r.state.stage).toBe('dialogue');
      expect(r.state.agreement).toBeUndefined();
      expect(r.effects).toContainEqual({
        type: 'complete-wait',
        waitKind: state.stage === 'approval' ? 'decision' : 'signatures',
        output: { outcome: 'withdrawn' },
      });
      expect(r.effects).toContainEqual({
        type: 'start-workflow',
        workflow: 'iop-dialogue',
        executionName: `${state.id}-dialogue-2`,
        input: { caseId: state.id },
      });
    }
  });

  it('in initiation the last pending organisation leaving lets the dialogue start', () => {
    const accepted = act(initiated(), { type: 'accept-invitation' }, users.redCross).state;
    const r = act(accepted, { type: 'withdraw', reason: 'Hinner inte' }, users.stadsmission);
    expect(r.state.stage).toBe('dialogue');
  });

  it('the case ends when the healthcare unit or the last idéburen organisation leaves', () => {
    expect(act(inDialogue(), { type: 'withdraw', reason: 'Omorganisation' }, users.healthcare).state.stage).toBe('withdrawn');
    const one = act(inDialogue(), { type: 'withdraw', reason: 'Nej' }, users.stadsmission).state;
    expect(act(one, { type: 'withdraw', reason: 'Nej' }, users.redCross).state.stage).toBe('withdrawn');
  });
});
