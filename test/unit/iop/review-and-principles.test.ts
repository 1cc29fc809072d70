import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../shared/platform/auth/actor.js';
import { ConflictError, RuleViolationError } from '../../../shared/platform/errors/domain-errors.js';
import type { IopAction, IopCase } from '../../../shared/iop/domain/index.js';
import { allowedActions, applyAction, precheck } from '../../../shared/iop/domain/index.js';
import { PrinciplesSentence } from '../../../shared/iop/domain/principles.js';
import { toCaseView } from '../../../shared/iop/api/case-views.js';
import { IopCaseView } from '../../../shared/iop/contract/views.js';
import { active, config, hearEveryone, inDialogue, inReview, input, later, run, users } from './fixtures.js';

const act = (state: IopCase, action: IopAction, actor: Actor = users.healthcare, now = later(370)) => applyAction(state, action, actor, now, config);
const reflection: IopAction = {
  type: 'record-review-reflection',
  principles: {
    independence: 'Föreningen har styrt sina egna aktiviteter',
    dialogue: 'Styrgruppen har mötts varje kvartal',
    quality: 'Fler nyanlända hittar rätt i vården',
    longTerm: 'Samarbetet är planerat för fem år',
    openness: 'Rapporterna delas med alla parter',
    diversity: 'Hälsoinformation på fyra språk',
  },
};

describe('the six principles guide the work', () => {
  it('stand in the governance text of a new draft and of every agreement, even when the draft governance was rewritten', () => {
    expect(inDialogue().draft.governance).toContain(PrinciplesSentence);
    expect(active().agreementInForce!.governance).toContain('självständighet och oberoende, dialog, kvalitet, långsiktighet, öppenhet och insyn samt mångfald');
    const rewritten = run(inDialogue(), [[{ type: 'revise-draft', changes: { governance: 'Styrgrupp varje månad.' } }, users.healthcare]]);
    expect(rewritten.draft.governance).toBe('Styrgrupp varje månad.');
  });

  it('are reflected on jointly at each review: recorded once, shown on the review and in the timeline', () => {
    const r = act(inReview(), reflection, users.redCross);
    expect(r.state.reviews[0]!.reflection).toMatchObject({ orgId: 'svenska-roda-korset', principles: { diversity: 'Hälsoinformation på fyra språk' } });
    expect(r.timeline[0]!.text.sv).toMatch(
      /^Parternas gemensamma reflektion över de sex principerna vid uppföljning 1 .*mångfald: Hälsoinformation på fyra språk/,
    );
    expect(allowedActions(r.state, users.healthcare)).not.toContain('record-review-reflection');
    expect(() => act(r.state, reflection, users.healthcare)).toThrow(ConflictError);
  });
});

describe('at a review each party records its position', () => {
  it('one position per party, in the timeline in both languages, shown with the review', () => {
    const one = act(inReview(), { type: 'record-review-position', position: 'continue', statement: 'Målen nås' }, users.stadsmission);
    expect(one.timeline[0]!.text.sv).toBe('Göteborgs Stadsmission vill vid uppföljning 1 fortsätta: Målen nås');
    expect(one.timeline[0]!.text.en).toBe('At review 1, Göteborgs Stadsmission wants to continue: Målen nås');
    expect(allowedActions(one.state, users.stadsmission)).not.toContain('record-review-position');
    expect(allowedActions(one.state, users.healthcare)).toContain('record-review-position');
    const e = (() => {
      try {
        act(one.state, { type: 'record-review-position', position: 'revise', statement: 'Nej' }, users.stadsmission);
      } catch (x) {
        return x as ConflictError;
      }
    })();
    expect(e?.extensions.text).toMatchObject({ sv: 'Göteborgs Stadsmission har redan angett sin hållning vid den här uppföljningen.' });
  });

  it('the review report stays readable in the case view after it was submitted and after the decision', () => {
    const report: IopAction = {
      type: 'submit-review-report',
      activities: 'Gruppträffar',
      reach: 420,
      outcomes: 'Målen nådda',
      moneyUsedSek: 1,
      inKindUsedSek: 2,
    };
    const reported = run(
      inReview(),
      [
        [report, users.redCross],
        [report, users.stadsmission],
      ],
      later(370),
    );
    const decided = act(hearEveryone(reported), { type: 'review-decision', decision: 'continue', motivation: 'Bra' });
    const view = IopCaseView.parse(toCaseView(decided.state, 9, undefined, { actor: users.redCross, now: later(371), config }));
    expect(view.reviews[0]!.reports.map((r) => [r.orgId, r.outcomes])).toEqual([
      ['svenska-roda-korset', 'Målen nådda'],
      ['goteborgs-stadsmission', 'Målen nådda'],
    ]);
  });
});

describe('the review decision comes after every party was heard', () => {
  const report: IopAction = {
    type: 'submit-review-report',
    activities: 'Gruppträffar',
    reach: 420,
    outcomes: 'Målen nådda',
    moneyUsedSek: 1,
    inKindUsedSek: 2,
  };
  const reported = () =>
    run(
      inReview(),
      [
        [report, users.redCross],
        [report, users.stadsmission],
      ],
      later(370),
    );
  const decide: IopAction = { type: 'review-decision', decision: 'continue', motivation: 'Bra' };
  const refusal = (state: IopCase) => {
    try {
      act(state, decide);
    } catch (e) {
      return e as RuleViolationError;
    }
    throw new Error('the decision was not refused');
  };

  it('is refused, naming in Swedish and English who has not been heard, until every party stated its position', () => {
    const one = act(reported(), { type: 'record-review-position', position: 'continue', statement: 'Målen nås' }, users.redCross).state;
    const e = refusal(one);
    expect(e).toBeInstanceOf(RuleViolationError);
    expect(e.errors.map((x) => x.path)).toEqual(['positions']);
    expect(e.errors[0]!.text).toEqual({
      sv: 'Beslutet kan registreras först när alla parter har angett sin hållning. Angereds Närsjukhus och Göteborgs Stadsmission har inte angett någon hållning än.',
      en: 'The decision can be recorded once every party has stated its position. Angereds Närsjukhus and Göteborgs Stadsmission have not stated one yet.',
    });
    expect(e.text?.sv).toContain('Angereds Närsjukhus och Göteborgs Stadsmission har inte angett någon hållning än.');
    expect(allowedActions(one, users.healthcare)).not.toContain('review-decision');
  });

  it('counts a party that recorded that it takes no position as heard', () => {
    const s = run(
      reported(),
      [
        [{ type: 'record-review-position', position: 'continue', statement: 'Målen nås' }, users.redCross],
        [{ type: 'record-review-position', position: 'revise', statement: 'Fler språk behövs' }, users.healthcare],
      ],
      later(370),
    );
    expect(refusal(s).errors[0]!.text?.en).toMatch(/Göteborgs Stadsmission has not stated one yet\.$/);
    const abstained = act(s, { type: 'record-review-position', position: 'abstain', statement: 'Styrelsen har inte hunnit ta ställning' }, users.stadsmission);
    expect(abstained.timeline[0]!.text.sv).toBe('Göteborgs Stadsmission tar inte ställning vid uppföljning 1: Styrelsen har inte hunnit ta ställning');
    expect(allowedActions(abstained.state, users.healthcare)).toContain('review-decision');
    expect(act(abstained.state, decide).state.stage).toBe('agreement');
  });

  it('the status says who is to be heard before the decision', () => {
    const one = act(reported(), { type: 'record-review-position', position: 'continue', statement: 'Målen nås' }, users.redCross).state;
    const status = toCaseView(one, 9, undefined, { actor: users.healthcare, now: later(371), config }).status;
    expect(status.whoActs.orgs).toEqual(['angereds-narsjukhus', 'goteborgs-stadsmission']);
    expect(status.next.sv).toMatch(/^Ni och Göteborgs Stadsmission anger hållning inför beslutet/);
    expect(status.next.en).toMatch(/^You and Göteborgs Stadsmission state a position before the decision/);
  });

  it("speaks to the reader's own organisation as ni, and of the others by name", () => {
    const dialogue = inDialogue();
    const forRedCross = toCaseView(dialogue, 3, undefined, { actor: users.redCross, now: later(1), config }).status;
    expect(forRedCross.next.sv).toMatch(/^Ni, Angereds Närsjukhus och Göteborgs Stadsmission tar ställning till utkast version 1/);
    expect(forRedCross.next.en).toMatch(/^You, Angereds Närsjukhus and Göteborgs Stadsmission consider draft version 1/);
    expect(forRedCross.next.sv).not.toContain('Svenska Röda Korset');
    const forApprover = toCaseView(dialogue, 3, undefined, { actor: users.approver, now: later(1), config }).status;
    expect(forApprover.next.sv).toMatch(/^Angereds Närsjukhus, Svenska Röda Korset, Göteborgs Stadsmission tar ställning/);
  });

  it('does not wait for a party that left the case', () => {
    const s = run(
      reported(),
      [
        [{ type: 'record-review-position', position: 'continue', statement: 'Ja' }, users.redCross],
        [{ type: 'record-review-position', position: 'continue', statement: 'Ja' }, users.healthcare],
      ],
      later(370),
    );
    const left: IopCase = { ...s, parties: s.parties.map((p) => (p.orgId === 'goteborgs-stadsmission' ? { ...p, invitation: 'withdrawn' as const } : p)) };
    expect(act(left, decide).state.stage).toBe('agreement');
  });
});

describe('the budget per year is checked against the contributions', () => {
  const withBudget = (budgetPerYearSek: number) =>
    precheck(
      {
        publicParty: input.healthcareUnit,
        civilParties: input.civilParties,
        durationMonths: input.durationMonths,
        budgetPerYearSek,
      },
      config,
    ).find((r) => r.check === 'budget')!;

  it('passes when money and in kind together meet the budget, and explains a difference either way', () => {
    // 900,000 + 250,000 + 150,000 + 400,000 + 0 + 300,000 = 2,000,000 a year.
    expect(withBudget(2_000_000)).toMatchObject({ outcome: 'pass', path: 'budgetPerYearSek' });
    const short = withBudget(2_250_000);
    expect(short.outcome).toBe('warn');
    expect(short.reason.sv).toMatch(/pengar 1\s050\s000 kr, insatser 950\s000 kr\) mot en budget på 2\s250\s000 kr\. 250\s000 kr per år saknas/);
    expect(short.reason.en).toMatch(/SEK 250,000 a year is missing/);
    expect(withBudget(1_900_000).reason.en).toMatch(/exceed the budget by SEK 100,000 a year/);
  });
});
