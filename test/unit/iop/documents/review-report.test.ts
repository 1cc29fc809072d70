import { describe, expect, it } from 'vitest';
import { applyAction, type IopAction, type IopCase } from '../../../../shared/iop/domain/index.js';
import { reviewReport } from '../../../../shared/iop/documents/review-report.js';
import { config, inReview, later, users } from '../fixtures.js';

const act = (s: IopCase, a: IopAction, who: (typeof users)[keyof typeof users]) => applyAction(s, a, who, later(370), config).state;
const report = { type: 'submit-review-report', activities: 'Gruppträffar', reach: 120, outcomes: 'Mål nådda', moneyUsedSek: 5, inKindUsedSek: 7 } as const;
const nameOf = (s: IopCase, orgId: string) => s.parties.find((p) => p.orgId === orgId)!.name;

describe('the review report', () => {
  it('names who reported and who has yet to, while the review is open', () => {
    const s = act(inReview(), report, users.redCross);
    const r = reviewReport(s, s.reviews[0]!);
    expect(r.name).toEqual({ sv: 'Uppföljning 1', en: 'Review 1' });
    expect(r.reports).toEqual([expect.objectContaining({ organisation: nameOf(s, users.redCross.org), reach: 120, activities: 'Gruppträffar' })]);
    expect(r.awaiting).toEqual([nameOf(s, users.stadsmission.org)]);
    expect(r.decision).toBeUndefined();
  });

  it('stays readable after the decision, with each position and the decision in words', () => {
    let s = act(act(inReview(), report, users.redCross), report, users.stadsmission);
    s = act(s, { type: 'record-review-position', position: 'continue', statement: 'Det fungerar' }, users.stadsmission);
    // The decision comes after every party was heard.
    s = act(s, { type: 'record-review-position', position: 'continue', statement: 'Bra samarbete' }, users.redCross);
    s = act(s, { type: 'record-review-position', position: 'abstain', statement: 'Vi väntar på styrelsen' }, users.healthcare);
    s = act(s, { type: 'review-decision', decision: 'continue', motivation: 'Målen är nådda' }, users.healthcare);
    const r = reviewReport(s, s.reviews[0]!);
    expect(r.reports).toHaveLength(2);
    expect(r.awaiting).toEqual([]);
    expect(r.positions).toHaveLength(3);
    expect(r.positions).toContainEqual(
      expect.objectContaining({
        organisation: nameOf(s, users.stadsmission.org),
        position: 'continue',
        positionText: { sv: 'Fortsätta som förut', en: 'Continue as before' },
      }),
    );
    expect(r.decision).toMatchObject({ decision: 'continue', motivation: 'Målen är nådda', decisionText: { sv: 'Fortsätta som förut' } });
  });
});
