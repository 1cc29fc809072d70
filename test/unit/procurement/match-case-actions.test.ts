import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../shared/platform/auth/actor.js';
import { SystemActor } from '../../../shared/platform/auth/actor.js';
import { allowedMatchActions, canSeeMatchCase, MatchActions } from '../../../shared/procurement/domain/match-case/match-case-actions.js';
import type { MatchAction, MatchActionType, MatchCase } from '../../../shared/procurement/domain/match-case/match-case-model.js';
import { MatchActionSchema } from '../../../shared/procurement/domain/match-case/match-case-model.js';
import { applyMatchAction, startMatchCase } from '../../../shared/procurement/domain/match-case/match-case-reducer.js';
import { seedNotices } from '../../../local/seed/procurement-seed.js';

const t0 = new Date('2026-03-02T09:00:00Z');
const notices = seedNotices(t0);
const bidder: Actor = { sub: 'u1', name: 'Anna Bidder', role: 'civil', org: 'org-anhorigcentrum-vast' };
const buyer: Actor = { sub: 'u2', name: 'Per Inköp', role: 'procurement', org: 'vgr', publicBody: 'vgr' };
const other: Actor = { sub: 'u3', name: 'Eva Annan', role: 'civil', org: 'org-other' };
const partner: Actor = { sub: 'u4', name: 'Kim Partner', role: 'civil', org: 'org-partner' };
const at = (days: number) => new Date(t0.getTime() + days * 86_400_000);

/** A body that passes the schema for each action a person may be offered. */
const Bodies: Partial<Record<MatchActionType, Record<string, unknown>>> = {
  'invite-tender-school': { at: '2026-03-20T09:00:00Z' },
  'form-consortium': { orgIds: ['org-partner'] },
  'record-evaluation': { note: 'Bäst.' },
  'decide-award': { outcome: 'awarded' },
  'conclude-contract': { startDate: '2026-06-01', termMonths: 24 },
  'submit-follow-up': { text: 'Uppfyllt.', commitmentsMet: true },
  'review-decision': { decision: 'continue' },
};
const action = (type: MatchActionType): MatchAction => MatchActionSchema.parse({ type, ...Bodies[type] });

const start = (by: Actor) =>
  startMatchCase({ id: 'm1', reference: 'MC-1', notice: notices.find((n) => n.id === 'VGR-2026-001')!, lotId: '1', bidderOrgId: bidder.org }, by, t0).state;
const step = (s: MatchCase, type: MatchActionType, who: Actor, now: Date) => applyMatchAction(s, action(type), who, now).state;

/** Every action offered to anyone is one the reducer takes from them as things stand. */
function expectOfferedToWork(s: MatchCase, now: Date) {
  for (const who of [bidder, buyer, other, partner]) {
    for (const type of allowedMatchActions(s, who, now)) {
      expect(() => applyMatchAction(s, action(type), who, now), `${who.sub} ${type} in ${s.stage}`).not.toThrow();
    }
  }
}

describe('the match-case action table', () => {
  it('covers every action of the schema', () => {
    const types = MatchActionSchema.def.options.map((o) => o.shape.type.def.values[0]).sort();
    expect(Object.keys(MatchActions).sort()).toEqual(types);
  });

  it('offers the bidder and the buyer their next steps through every stage, and nothing to others', () => {
    let s = start(bidder);
    expect(allowedMatchActions(s, buyer, at(0))).toEqual(['acknowledge', 'withdraw']);
    expect(allowedMatchActions(s, bidder, at(0))).toEqual(['withdraw']);
    expect(allowedMatchActions(s, other, at(0))).toEqual([]);
    expectOfferedToWork(s, at(0));

    s = step(s, 'acknowledge', buyer, at(1));
    // Questions are asked on the notice (every bidder reads them), not in the case.
    expect(allowedMatchActions(s, bidder, at(1))).toEqual(['form-consortium', 'submit-tender', 'withdraw']);
    expect(allowedMatchActions(s, buyer, at(1))).toEqual(['invite-tender-school', 'withdraw']);
    expectOfferedToWork(s, at(2));
    // Past the tender deadline the tender is not offered any more (the reducer would refuse it).
    expect(allowedMatchActions(s, bidder, at(31))).not.toContain('submit-tender');

    // Naming an organisation for the consortium gives it nothing until it accepts.
    s = step(s, 'form-consortium', bidder, at(3));
    expect(canSeeMatchCase(partner, s)).toBe(false);
    expect(allowedMatchActions(s, partner, at(3))).toEqual(['join-consortium']);
    expect(allowedMatchActions(s, other, at(3))).toEqual([]);
    s = step(s, 'join-consortium', partner, at(4));
    expect(canSeeMatchCase(partner, s)).toBe(true);
    expect(s.consortiumAccepted).toEqual(['org-partner']);
    s = step(s, 'submit-tender', bidder, at(10));
    expect(allowedMatchActions(s, partner, at(10))).toEqual([]);
    // Tenders stay unopened until the deadline (day 30): nothing to evaluate or award before it.
    expect(allowedMatchActions(s, buyer, at(10))).toEqual(['withdraw']);
    expect(allowedMatchActions(s, buyer, at(31))).toEqual(['record-evaluation', 'decide-award', 'withdraw']);
    s = step(step(s, 'record-evaluation', buyer, at(31)), 'decide-award', buyer, at(32));
    expect(allowedMatchActions(s, buyer, at(32))).toEqual(['file-appeal', 'withdraw']);
    expectOfferedToWork(s, at(32));
    s = step(s, 'file-appeal', buyer, at(33));
    expect(allowedMatchActions(s, buyer, at(33))).toEqual(['record-court-decision', 'withdraw']);

    s = step(s, 'record-court-decision', buyer, at(40));
    s = applyMatchAction(s, { type: 'end-standstill' }, SystemActor, at(60)).state;
    expect(allowedMatchActions(s, buyer, at(60))).toEqual(['conclude-contract']);
    expect(allowedMatchActions(s, bidder, at(60))).toEqual([]);
    expectOfferedToWork(s, at(60));

    s = step(s, 'conclude-contract', buyer, at(61));
    expect(allowedMatchActions(s, buyer, at(61))).toEqual([]);
    s = applyMatchAction(s, { type: 'open-review' }, SystemActor, new Date('2027-06-01T09:00:00Z')).state;
    expect(allowedMatchActions(s, bidder, at(460))).toEqual(['submit-follow-up']);
    // The decision waits for the report.
    expect(allowedMatchActions(s, buyer, at(460))).toEqual([]);
    s = step(s, 'submit-follow-up', bidder, at(461));
    expect(allowedMatchActions(s, buyer, at(461))).toEqual(['review-decision']);
    expectOfferedToWork(s, at(461));
  });

  it('offers an invited bidder to accept or decline, and the buyer nothing to acknowledge', () => {
    const s = start(buyer);
    expect(allowedMatchActions(s, bidder, at(0))).toEqual(['accept-invitation', 'decline-invitation', 'withdraw']);
    expect(allowedMatchActions(s, buyer, at(0))).toEqual(['withdraw']);
    expectOfferedToWork(s, at(0));
  });

  it("leaves the workflow's own steps out, though staff may still take them", () => {
    const s = step(step(start(bidder), 'acknowledge', buyer, at(1)), 'submit-tender', bidder, at(2));
    const awarded = step(s, 'decide-award', buyer, at(31));
    expect(allowedMatchActions(awarded, buyer, at(60))).not.toContain('end-standstill');
    expect(applyMatchAction(awarded, { type: 'end-standstill' }, buyer, at(60)).state.stage).toBe('agreement');
  });
});
