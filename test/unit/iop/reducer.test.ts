import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../shared/platform/auth/actor.js';
import { ConflictError, ExpiredError, ForbiddenError, RuleViolationError, ValidationError } from '../../../shared/platform/errors/domain-errors.js';
import type { IopAction, IopCase } from '../../../shared/iop/domain/index.js';
import { addMonths } from '../../../shared/iop/domain/dates.js';
import { applyAction, initiate, lapseInvitations, statusOf } from '../../../shared/iop/domain/index.js';
import {
  active,
  allConsent,
  approve,
  checklist,
  config,
  hearEveryone,
  ids,
  inAgreement,
  inApproval,
  inDialogue,
  inReview,
  initiated,
  input,
  later,
  partyUsers,
  run,
  t0,
  users,
} from './fixtures.js';

const act = (state: IopCase, action: IopAction, actor: Actor = users.healthcare, now: Date = t0) => applyAction(state, action, actor, now, config);
const fieldErrorsOf = (fn: () => unknown): string[] => {
  try {
    fn();
  } catch (e) {
    if (e instanceof RuleViolationError || e instanceof ValidationError) return e.errors.map((x) => x.path);
    throw e;
  }
  throw new Error('expected a field error');
};

describe('initiation', () => {
  it('creates the case in initiation with invitations, a pre-check and a start-workflow effect', () => {
    const { state, timeline, effects } = initiate(input, users.healthcare, t0, config, ids);
    expect(state.stage).toBe('initiation');
    expect(state.parties.map((p) => p.invitation)).toEqual(['initiator', 'pending', 'pending']);
    expect(state.precheck.length).toBeGreaterThan(0);
    expect(state.deadlines.invitations?.dueAt).toBe(later(14).toISOString());
    expect(effects).toEqual([{ type: 'start-workflow', workflow: 'iop-initiation', executionName: 'iop-test000001-initiation-1', input: { caseId: ids.id } }]);
    expect(timeline[0]!.material).toBe(true);
    expect(timeline[0]!.text.sv).toContain('Svenska Röda Korset');
  });

  it('lets a civil organisation take the initiative; the healthcare unit is then invited', () => {
    const { state } = initiate(input, users.redCross, t0, config, ids);
    expect(state.parties.map((p) => [p.orgId, p.invitation])).toEqual([
      ['angereds-narsjukhus', 'pending'],
      ['svenska-roda-korset', 'initiator'],
      ['goteborgs-stadsmission', 'pending'],
    ]);
  });

  it('refuses a 72-month term with a 422 naming durationMonths', () => {
    expect(fieldErrorsOf(() => initiate({ ...input, durationMonths: 72 }, users.healthcare, t0, config, ids))).toEqual(['durationMonths']);
    expect(() => initiate({ ...input, durationMonths: 72 }, users.healthcare, t0, config, ids)).toThrow(RuleViolationError);
  });

  it('refuses users outside the parties, and roles that do not start IOPs', () => {
    expect(() => initiate(input, users.otherHealthcare, t0, config, ids)).toThrow(ForbiddenError);
    expect(() => initiate(input, users.approver, t0, config, ids)).toThrow(ForbiddenError);
    expect(() => initiate(input, users.procurement, t0, config, ids)).toThrow(ForbiddenError);
  });

  it('refuses the same organisation twice', () => {
    const twice = { ...input, civilParties: [input.civilParties[0]!, input.civilParties[0]!] };
    expect(fieldErrorsOf(() => initiate(twice, users.healthcare, t0, config, ids))).toEqual(['civilParties.1.orgId']);
  });

  it('moves to dialogue once every invited party accepted, and answers the initiation callback', () => {
    const one = act(initiated(), { type: 'accept-invitation' }, users.redCross);
    expect(one.state.stage).toBe('initiation');
    expect(one.effects).toEqual([{ type: 'heartbeat', waitKind: 'invitations' }]);
    const two = act(one.state, { type: 'accept-invitation' }, users.stadsmission);
    expect(two.state.stage).toBe('dialogue');
    expect(two.effects).toEqual([{ type: 'complete-wait', waitKind: 'invitations', output: { outcome: 'accepted' } }]);
    expect(two.state.stageRuns.dialogue).toBe(1);
    expect(() => act(two.state, { type: 'accept-invitation' }, users.redCross)).toThrow(ConflictError);
  });

  it('continues without a civil party that declines while another remains', () => {
    const s = run(initiated(), [
      [{ type: 'decline-invitation', reason: 'Ingen kapacitet' }, users.stadsmission],
      [{ type: 'accept-invitation' }, users.redCross],
    ]);
    expect(s.stage).toBe('dialogue');
    expect(s.parties.find((p) => p.orgId === 'goteborgs-stadsmission')!.invitation).toBe('declined');
  });

  it('ends the case when the last civil party declines', () => {
    const civilInitiated = initiate({ ...input, civilParties: [input.civilParties[0]!] }, users.healthcare, t0, config, ids).state;
    const r = act(civilInitiated, { type: 'decline-invitation' }, users.redCross);
    expect(r.state.stage).toBe('withdrawn');
    expect(r.effects).toContainEqual({ type: 'complete-wait', waitKind: 'invitations', output: { outcome: 'declined' } });
  });

  it('answers a late acceptance with 410 once the invitation lapsed', () => {
    const lapsed = lapseInvitations(initiated(), later(21)).state;
    expect(() => act(lapsed, { type: 'accept-invitation' }, users.redCross, later(22))).toThrow(ExpiredError);
    expect(statusOf(lapsed, later(22)).headline.en).toMatch(/lapsed/);
  });
});

describe('dialogue', () => {
  it('makes meetings visible to all parties as material timeline entries', () => {
    const r = act(
      inDialogue(),
      { type: 'record-meeting', date: '2026-12-05', participants: ['Sara', 'Ahmed'], notes: 'Vi enades om målgruppen.' },
      users.redCross,
    );
    expect(r.state.meetings).toHaveLength(1);
    expect(r.timeline[0]!.material).toBe(true);
    expect(r.effects).toEqual([{ type: 'heartbeat', waitKind: 'consensus' }]);
  });

  it('numbers draft versions and a new version voids earlier consents', () => {
    const consented = act(inDialogue(), { type: 'consent', draftVersion: 1 }, users.redCross).state;
    expect(consented.consents).toEqual({ 'svenska-roda-korset': 1 });
    const revised = act(consented, { type: 'revise-draft', changes: { budgetPerYearSek: 2_100_000 } }, users.stadsmission);
    expect(revised.state.draft.version).toBe(2);
    expect(revised.state.consents).toEqual({});
    expect(revised.state.draftHistory.map((d) => d.version)).toEqual([1]);
    expect(revised.timeline[0]!.text.en).toContain('earlier consents no longer apply');
  });

  it('refuses consent to any version but the current one (422 naming draftVersion)', () => {
    const v2 = act(inDialogue(), { type: 'revise-draft', changes: { governance: 'Styrgrupp varje månad' } }, users.healthcare).state;
    expect(fieldErrorsOf(() => act(v2, { type: 'consent', draftVersion: 1 }, users.redCross))).toEqual(['draftVersion']);
  });

  it('refuses a draft with a term above the maximum, naming the field', () => {
    expect(fieldErrorsOf(() => act(inDialogue(), { type: 'revise-draft', changes: { durationMonths: 72 } }))).toEqual(['changes.durationMonths']);
  });

  it('leaves the dialogue only when every party consented to the same version', () => {
    const partial = run(inDialogue(), [
      [{ type: 'consent', draftVersion: 1 }, users.healthcare],
      [{ type: 'consent', draftVersion: 1 }, users.redCross],
    ]);
    expect(fieldErrorsOf(() => act(partial, { type: 'request-decision' }))).toEqual(['consents']);
    const mixed = run(inDialogue(), [
      [{ type: 'consent', draftVersion: 1 }, users.healthcare],
      [{ type: 'revise-draft', changes: { governance: 'Ny styrning' } }, users.redCross],
      [{ type: 'consent', draftVersion: 2 }, users.redCross],
      [{ type: 'consent', draftVersion: 2 }, users.stadsmission],
    ]);
    expect(() => act(mixed, { type: 'request-decision' })).toThrow(RuleViolationError);
    const r = act(allConsent(inDialogue()), { type: 'request-decision' });
    expect(r.state.stage).toBe('approval');
    expect(r.effects).toEqual([{ type: 'complete-wait', waitKind: 'consensus', output: { outcome: 'decision-requested' } }]);
    expect(r.state.deadlines.decision?.dueAt).toBe(later(30).toISOString());
  });

  it('will not leave the dialogue while the pre-check fails (no co-financing)', () => {
    const noCivil = run(inDialogue(), [
      [
        {
          type: 'revise-draft',
          changes: {
            contributions: [
              { orgId: 'svenska-roda-korset', contribution: { moneySekPerYear: 0, inKindSekPerYear: 0 } },
              { orgId: 'goteborgs-stadsmission', contribution: { moneySekPerYear: 0, inKindSekPerYear: 0 } },
            ],
          },
        },
        users.healthcare,
      ],
    ]);
    expect(fieldErrorsOf(() => act(allConsent(noCivil), { type: 'request-decision' }))).toEqual(['precheck.contributions']);
  });

  it('runs a consultation round with responders and a deadline; a late answer is 410', () => {
    const started = act(inDialogue(), {
      type: 'start-consultation',
      responders: [{ orgId: 'rsmh', name: 'RSMH' }],
      question: 'Synpunkter?',
      deadline: later(10).toISOString(),
    }).state;
    expect(() => act(allConsent(started), { type: 'request-decision' })).toThrow(RuleViolationError);
    expect(() =>
      act(started, { type: 'start-consultation', responders: [{ orgId: 'rsmh', name: 'RSMH' }], question: 'Igen?', deadline: later(20).toISOString() }),
    ).toThrow(ConflictError);
    const answered = act(started, { type: 'respond-consultation', response: 'Bra förslag' }, users.otherCivil, later(2));
    expect(answered.state.consultation?.responses).toHaveLength(1);
    expect(() => act(answered.state, { type: 'respond-consultation', response: 'igen' }, users.otherCivil, later(3))).toThrow(ConflictError);
    expect(() => act(started, { type: 'respond-consultation', response: 'sent' }, users.otherCivil, later(11))).toThrow(ExpiredError);
    expect(
      fieldErrorsOf(() =>
        act(inDialogue(), { type: 'start-consultation', responders: [{ orgId: 'rsmh', name: 'RSMH' }], question: 'x', deadline: later(-1).toISOString() }),
      ),
    ).toEqual(['deadline']);
  });
});

describe('approval', () => {
  it('needs the checklist, every item met, to approve', () => {
    const { checklist: _omit, ...noChecklist } = approve as Extract<IopAction, { type: 'decide' }>;
    expect(fieldErrorsOf(() => act(inApproval(), noChecklist, users.approver))).toEqual(['checklist']);
    const notMet = { ...approve, checklist: { ...checklist, notPublicContract: { met: false, motivation: 'Det är ett köp' } } } as IopAction;
    expect(fieldErrorsOf(() => act(inApproval(), notMet, users.approver))).toEqual(['checklist.notPublicContract.met']);
  });

  it('applies the de minimis ceiling per organisation and accepts SGEI up to its own ceiling', () => {
    // 4,800,000 SEK a year shared by two organisations = 7.2 MSEK each over 3 years = EUR 629,806 each at 11.4321 SEK/EUR:
    // over de minimis (300,000), and past 80 % of the SGEI ceiling (750,000), so approval warns.
    const big = run(inDialogue(), [
      [
        {
          type: 'revise-draft',
          changes: { contributions: [{ orgId: 'angereds-narsjukhus', contribution: { moneySekPerYear: 4_800_000, inKindSekPerYear: 0 } }] },
        },
        users.healthcare,
      ],
    ]);
    const approval = act(allConsent(big), { type: 'request-decision' }).state;
    expect(fieldErrorsOf(() => act(approval, approve, users.approver))).toEqual(['checklist.stateAid.basis', 'checklist.stateAid.basis']);
    const sgei = { ...approve, checklist: { ...checklist, stateAid: { met: true, motivation: 'SGEI-beslut', basis: 'sgei' } } } as IopAction;
    const r = act(approval, sgei, users.approver);
    expect(r.state.stage).toBe('agreement');
    expect(r.timeline.some((e) => e.type === 'state-aid-warning')).toBe(true);
  });

  it('approves into a generated agreement with a term no longer than the maximum', () => {
    const r = act(inApproval(), approve, users.approver);
    const a = r.state.agreement!;
    expect(r.state.stage).toBe('agreement');
    expect(r.effects).toEqual([{ type: 'complete-wait', waitKind: 'decision', output: { outcome: 'approve' } }]);
    expect(a.parties.map((p) => p.orgId)).toEqual(['angereds-narsjukhus', 'svenska-roda-korset', 'goteborgs-stadsmission']);
    expect(a.termStart).toBe('2027-01-01T00:00:00.000Z');
    expect(a.termEnd).toBe(addMonths(a.termStart, 60));
    expect(a.diarienummer).toBe('RS 2026-01234');
    expect(a.basedOnDraftVersion).toBe(1);
    expect(a.amendmentClause.sv.length).toBeGreaterThan(10);
    expect(a.disputeClause.en.length).toBeGreaterThan(10);
  });

  it('rejects into a terminal state and returns to dialogue with consents cleared', () => {
    const rejected = act(inApproval(), { type: 'decide', decision: 'reject', motivation: 'Ej förenligt', diarienummer: 'RS 2026-2' }, users.approver);
    expect(rejected.state.stage).toBe('rejected');
    expect(statusOf(rejected.state, t0).whoActs.orgs).toEqual([]);
    const returned = act(inApproval(), { type: 'decide', decision: 'return', motivation: 'Förtydliga målen', diarienummer: 'RS 2026-3' }, users.approver);
    expect(returned.state.stage).toBe('dialogue');
    expect(returned.state.consents).toEqual({});
    expect(returned.state.stageRuns.dialogue).toBe(2);
  });

  it('answers an action that does not fit the stage with 409 naming the stage', () => {
    try {
      act(inDialogue(), approve, users.approver);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConflictError);
      expect((e as ConflictError).extensions.stage).toBe('dialogue');
    }
  });
});

describe('agreement and review', () => {
  it('becomes active when every party has signed, and not before', () => {
    const oneSigned = act(inAgreement(), { type: 'sign' }, users.redCross).state;
    expect(oneSigned.agreementInForce).toBeUndefined();
    expect(() => act(oneSigned, { type: 'sign' }, users.redCross)).toThrow(ConflictError);
    const s = active();
    expect(s.agreementInForce?.activeSince).toBe(t0.toISOString());
    expect(s.outcomes.signatures).toEqual({ outcome: 'signed' });
    expect(() => act(s, { type: 'withdraw', reason: 'x' }, users.redCross)).toThrow(ConflictError);
  });

  it('lets the healthcare unit withdraw before signing, which ends the case (leaving.test.ts: one organisation of two)', () => {
    const r = act(inAgreement(), { type: 'withdraw', reason: 'Styrelsen sa nej' }, users.healthcare);
    expect(r.state.stage).toBe('withdrawn');
    expect(r.effects).toContainEqual({ type: 'complete-wait', waitKind: 'signatures', output: { outcome: 'withdrawn' } });
  });

  it('needs the report of every organisation before a review decision', () => {
    const review = hearEveryone(inReview());
    expect(fieldErrorsOf(() => act(review, { type: 'review-decision', decision: 'continue', motivation: 'Bra' }))).toEqual(['reports']);
  });

  const reported = (final: boolean) =>
    hearEveryone(
      run(
        inReview(final),
        [
          [
            { type: 'submit-review-report', activities: 'Gruppträffar', reach: 420, outcomes: 'Målen nådda', moneyUsedSek: 1_000_000, inKindUsedSek: 600_000 },
            users.redCross,
          ],
          [
            { type: 'submit-review-report', activities: 'Mötesplatser', reach: 120, outcomes: 'Delvis', moneyUsedSek: 0, inKindUsedSek: 280_000 },
            users.stadsmission,
          ],
        ],
        later(370),
      ),
    );

  it('continues, or revises back to dialogue with the agreement still in force', () => {
    expect(act(reported(false), { type: 'review-decision', decision: 'continue', motivation: 'Bra' }, users.healthcare, later(371)).state.stage).toBe(
      'agreement',
    );
    const revised = act(reported(false), { type: 'review-decision', decision: 'revise', motivation: 'Fler språk' }, users.healthcare, later(371)).state;
    expect(revised.stage).toBe('dialogue');
    expect(revised.amending).toBe(true);
    expect(revised.agreementInForce).toBeDefined();
    expect(statusOf(revised, later(371)).headline.en).toContain('stays in force');
  });

  it('terminates with notice and cancels the schedules', () => {
    const r = act(
      reported(false),
      { type: 'review-decision', decision: 'terminate', motivation: 'Behovet har ändrats', noticeMonths: 3 },
      users.healthcare,
      later(371),
    );
    expect(r.state.endsAt).toBe(addMonths(later(371), 3));
    expect(r.effects).toEqual([
      { type: 'complete-wait', waitKind: 'review', output: { outcome: 'terminate', endsAt: r.state.endsAt } },
      { type: 'cancel-schedules' },
    ]);
  });

  it('renews or closes only at the final review; renew links a new case', () => {
    expect(fieldErrorsOf(() => act(reported(false), { type: 'review-decision', decision: 'renew', motivation: 'x' }, users.healthcare, later(371)))).toEqual([
      'decision',
    ]);
    expect(fieldErrorsOf(() => act(reported(true), { type: 'review-decision', decision: 'continue', motivation: 'x' }, users.healthcare, later(371)))).toEqual([
      'decision',
    ]);
    const renewed = act(reported(true), { type: 'review-decision', decision: 'renew', motivation: 'Fortsätt' }, users.healthcare, later(371)).state;
    expect(renewed.renewedBy).toBe('iop-test000001-r2');
    expect(renewed.ending).toBe('renew');
    const closed = act(reported(true), { type: 'review-decision', decision: 'close', motivation: 'Klart' }, users.healthcare, later(371)).state;
    expect(closed.endsAt).toBe(closed.agreementInForce?.termEnd);
  });

  it('lets only the organisations report, and only the healthcare unit record the decision', () => {
    expect(() =>
      act(inReview(), { type: 'submit-review-report', activities: 'a', reach: 1, outcomes: 'b', moneyUsedSek: 0, inKindUsedSek: 0 }, users.healthcare),
    ).toThrow(ForbiddenError);
    expect(() => act(reported(false), { type: 'review-decision', decision: 'continue', motivation: 'x' }, users.redCross)).toThrow(ForbiddenError);
  });

  it('keeps the signing parties in order', () => {
    expect(Object.keys(active().agreementInForce!.signatures)).toEqual(partyUsers.map((u) => u.org));
  });
});

describe('limits of a growing case', () => {
  const meeting: IopAction = { type: 'record-meeting', date: '2026-12-05', participants: ['Sara'], notes: 'Anteckningar' };
  it('numbers a meeting after the newest one the case holds, though it holds only the newest few', () => {
    const s = inDialogue();
    const tail = { ...s, meetings: [{ number: 41, date: '2026-12-01', participants: ['A'], notes: 'x', recordedBy: 'u', recordedAt: t0.toISOString() }] };
    expect(act(tail, meeting, users.redCross).state.meetings.at(-1)!.number).toBe(42);
  });
  it('refuses a meeting past the case limit with 422 naming meetings', () => {
    const s = inDialogue();
    const full = { ...s, meetings: [{ number: 1000, date: '2026-12-01', participants: ['A'], notes: 'x', recordedBy: 'u', recordedAt: t0.toISOString() }] };
    expect(fieldErrorsOf(() => act(full, meeting, users.redCross))).toEqual(['meetings']);
  });
  it('refuses a draft version past the case limit with 422 naming draft.version', () => {
    const s = inDialogue();
    const many = { ...s, draft: { ...s.draft, version: 500 } };
    expect(fieldErrorsOf(() => act(many, { type: 'revise-draft', changes: { governance: 'Ny styrgrupp' } }, users.redCross))).toEqual(['draft.version']);
  });
});
