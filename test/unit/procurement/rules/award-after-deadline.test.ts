import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../../shared/platform/auth/actor.js';
import { RuleViolationError } from '../../../../shared/platform/errors/domain-errors.js';
import { allowedMatchActions } from '../../../../shared/procurement/domain/match-case/match-case-actions.js';
import type { MatchCase } from '../../../../shared/procurement/domain/match-case/match-case-model.js';
import { applyMatchAction, startMatchCase } from '../../../../shared/procurement/domain/match-case/match-case-reducer.js';
import { seedNotices } from '../../../../local/seed/procurement-seed.js';

/** Tenders stay unopened until the tender deadline (LOU 12 kap.): no evaluation and no award decision before it. */
const t0 = new Date('2026-03-02T09:00:00Z');
const notice = seedNotices(t0).find((n) => n.id === 'VGR-2026-001')!;
const deadline = Date.parse(notice.deadline);
const bidder: Actor = { sub: 'u1', name: 'Anna Bidder', role: 'civil', org: 'org-anhorigcentrum-vast' };
const buyer: Actor = { sub: 'u2', name: 'Per Inköp', role: 'procurement', org: 'vgr', publicBody: 'vgr' };
const day = 86_400_000;

function tendered(): MatchCase {
  let s = startMatchCase({ id: 'm1', reference: 'MC-1', notice, lotId: '1', bidderOrgId: bidder.org }, bidder, t0).state;
  s = applyMatchAction(s, { type: 'acknowledge' }, buyer, new Date(t0.getTime() + day)).state;
  return applyMatchAction(s, { type: 'submit-tender' }, bidder, new Date(t0.getTime() + 5 * day)).state;
}

function refusal(run: () => unknown): RuleViolationError {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(RuleViolationError);
    return e as RuleViolationError;
  }
  throw new Error('expected a refusal');
}

describe('no award before the tender deadline', () => {
  it('refuses an award decision 20 days before the deadline, in Swedish and English', () => {
    const early = new Date(deadline - 20 * day);
    const e = refusal(() => applyMatchAction(tendered(), { type: 'decide-award', outcome: 'awarded', sentElectronically: true }, buyer, early));
    expect(e.errors[0]?.path).toBe('type');
    expect(e.errors[0]?.text?.sv).toMatch(/sista anbudsdag/);
    expect(e.errors[0]?.text?.en).toMatch(/tender deadline/);
  });

  it('refuses opening (evaluating) the tenders before the deadline, even one minute before', () => {
    refusal(() => applyMatchAction(tendered(), { type: 'record-evaluation', note: 'Bäst.' }, buyer, new Date(deadline - 60_000)));
  });

  it('does not offer evaluation or award before the deadline, and takes both after it', () => {
    const s = tendered();
    expect(allowedMatchActions(s, buyer, new Date(deadline - day))).not.toContain('decide-award');
    expect(allowedMatchActions(s, buyer, new Date(deadline - day))).not.toContain('record-evaluation');
    const after = new Date(deadline + day);
    expect(allowedMatchActions(s, buyer, after)).toEqual(expect.arrayContaining(['record-evaluation', 'decide-award']));
    const evaluated = applyMatchAction(s, { type: 'record-evaluation', note: 'Bäst.' }, buyer, after).state;
    const awarded = applyMatchAction(evaluated, { type: 'decide-award', outcome: 'awarded', sentElectronically: true }, buyer, after).state;
    expect(awarded.award?.outcome).toBe('awarded');
  });

  it('lets the buyer cancel the procurement before the deadline (cancelling opens no tender)', () => {
    const s = applyMatchAction(tendered(), { type: 'decide-award', outcome: 'cancelled', sentElectronically: true }, buyer, new Date(deadline - 20 * day));
    expect(s.state.stage).toBe('closed');
  });
});
