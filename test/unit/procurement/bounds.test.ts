import { describe, expect, it, vi } from 'vitest';
import { generateProfiles, seedNotices, seedProfiles } from '../../../local/seed/procurement-seed.js';
import type { Actor } from '../../../shared/platform/auth/actor.js';
import { RuleViolationError } from '../../../shared/platform/errors/domain-errors.js';
import type { RouteArgs } from '../../../shared/platform/http/http-types.js';
import { toReachView, toWhatIfView } from '../../../shared/procurement/api/notice-views.js';
import { pageWithin, procurementHandlers, type ProcurementApiDependencies } from '../../../shared/procurement/api/procurement-handlers.js';
import { listedPerLot, ReachLimits, WhatIfListLimit } from '../../../shared/procurement/contract/limits.js';
import { NoticeReachView, WhatIfResultView } from '../../../shared/procurement/contract/views.js';
import { applyWhatIf, whatIf } from '../../../shared/procurement/domain/matching/what-if.js';
import type { NoticeReach } from '../../../shared/procurement/domain/matching/reach.js';
import { MaxLots, type Notice, NoticeInputSchema } from '../../../shared/procurement/domain/notice.js';

const t0 = new Date('2026-03-02T09:00:00Z');
const buyer: Actor = { sub: 'u2', name: 'Per Inköp', role: 'procurement', org: 'vgr', publicBody: 'vgr' };

/** A whole-notice open procedure worth SEK 100 million (no rule stands in the way of splitting it). */
const big: Notice = {
  ...seedNotices(t0).find((n) => n.lots.length === 0 && n.reservation === 'none')!,
  estimatedValueSek: 100_000_000,
  procedure: 'open',
};

const violation = (f: () => unknown): RuleViolationError => {
  try {
    f();
  } catch (e) {
    if (e instanceof RuleViolationError) return e;
    throw e;
  }
  throw new Error('no rule violation');
};

describe('a what-if split is bounded by the lots a notice may have', () => {
  it('refuses SEK 100 million in lots of SEK 10,000 (10,000 lots) with 422 naming lotValueSek', () => {
    const e = violation(() => applyWhatIf(big, { kind: 'split-into-lots', lotValueSek: 10_000 }));
    expect(e.errors).toEqual([
      {
        path: 'lotValueSek',
        message: expect.stringContaining('into 10,000 lots; at most 100'),
        text: { sv: expect.stringMatching(/i 10\s000 delområden\. Högst 100 går/), en: expect.stringContaining('into 10,000 lots; at most 100') },
      },
    ]);
    expect(e.errors[0]!.message).toContain('lots of at least 1,000,000 SEK');
  });

  it('refuses the largest value the schema admits (10^8 lots) without making them', () => {
    // Making 10^8 lots takes far longer than this, or all the memory there is.
    const started = performance.now();
    const e = violation(() => applyWhatIf({ ...big, estimatedValueSek: 1e12 }, { kind: 'split-into-lots', lotValueSek: 10_000 }));
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(e.errors[0]!.message).toContain('100,000,000 lots');
  });

  it('allows exactly the most a notice may have, and not one more', () => {
    expect(applyWhatIf(big, { kind: 'split-into-lots', lotValueSek: 1_000_000 }).lots).toHaveLength(MaxLots);
    expect(violation(() => applyWhatIf(big, { kind: 'split-into-lots', lotValueSek: 999_999 })).errors[0]!.message).toContain('into 101 lots');
  });

  it('is the same maximum a registered notice has (a notice with more lots is refused by its schema)', () => {
    const lot = (i: number) => ({ id: `L${i}`, title: 'Del', valueSek: 1, cpv: { main: big.cpv.main }, durationMonths: 12 });
    const input = (n: number) => ({ ...big, lots: Array.from({ length: n }, (_, i) => lot(i)) });
    const onLots = (n: number) => (NoticeInputSchema.safeParse(input(n)).error?.issues ?? []).filter((i) => i.path.join('.') === 'lots');
    expect(onLots(MaxLots)).toEqual([]);
    expect(onLots(MaxLots + 1)).toHaveLength(1);
  });

  it('is refused by the handler before any bidder profile is read', async () => {
    const profileCandidates = vi.fn(async () => []);
    const unused = () => Promise.reject(new Error('not used here'));
    const deps = {
      matchCases: {},
      commit: unused,
      repository: { getNotice: async () => big, profileCandidates },
      clock: { now: () => t0 },
    } as unknown as ProcurementApiDependencies;
    const args = { actor: buyer, params: { id: big.id }, body: { kind: 'split-into-lots', lotValueSek: 10_000 }, query: {}, headers: {} };
    const answer = procurementHandlers(deps).whatIf(args as unknown as Parameters<ReturnType<typeof procurementHandlers>['whatIf']>[0]);
    await expect(answer).rejects.toThrow(RuleViolationError);
    expect(profileCandidates).not.toHaveBeenCalled();
  });
});

describe('the answer of a what-if is bounded', () => {
  const profiles = [...seedProfiles(t0), ...generateProfiles(1200, t0, 41)];

  it('lists the best bidders of each lot with every one counted, and stays far below 1 MB with 100 lots', () => {
    const result = whatIf(big, { kind: 'split-into-lots', lotValueSek: 1_000_000 }, profiles, t0);
    const view = toWhatIfView(result);
    expect(WhatIfResultView.parse(view)).toEqual(view);
    expect(view.after.lots).toHaveLength(100);
    expect(view.truncated).toBe(true);
    const lot = view.after.lots[0]!;
    const full = result.after.lots[0]!;
    expect(lot.nearMissedTotal).toBe(full.nearMissed.length);
    expect(lot.nearMissedTotal).toBeGreaterThan(listedPerLot(100));
    expect(lot.nearMissed).toEqual(toReachView({ ...result.after, lots: [full] }).lots[0]!.nearMissed.slice(0, listedPerLot(100)));
    expect(view.gainedTotal).toBe(result.gained.length);
    expect(view.gained.length).toBe(Math.min(WhatIfListLimit, result.gained.length));
    expect(JSON.stringify(view).length).toBeLessThan(1_000_000);
  });

  it('answers the seeded what-ifs as before: nothing cut', () => {
    for (const n of seedNotices(t0)) {
      const view = toWhatIfView(whatIf(n, { kind: 'set-cpv', add: [] }, seedProfiles(t0), t0));
      expect(view.truncated, n.id).toBe(false);
      for (const l of view.before.lots) expect([l.reached.length, l.nearMissed.length]).toEqual([l.reachedTotal, l.nearMissedTotal]);
    }
  });
});

describe('a reach view lists at most its share of bidders per lot', () => {
  const entry = (i: number) => ({ orgId: `org-${String(i).padStart(4, '0')}`, name: `Förening ${i}`, score: 1 - i / 10_000 });
  const blocker = { kind: 'region-not-served' as const, text: { sv: 'Ni verkar inte i regionen.', en: 'You do not serve the region.' } };
  const reach = (lots: number, bidders: number): NoticeReach => ({
    noticeId: 'N-1',
    reachedCount: bidders,
    nearMissedCount: bidders,
    lots: Array.from({ length: lots }, (_, l) => ({
      lotId: `L${l + 1}`,
      lotTitle: null,
      reached: Array.from({ length: bidders }, (_, i) => entry(i)),
      nearMissed: Array.from({ length: bidders }, (_, i) => ({ ...entry(bidders + i), blocker })),
    })),
  });

  it.each([
    [1, ReachLimits.perLot],
    [10, ReachLimits.perLot],
    [20, 12],
    [100, ReachLimits.minPerLot],
  ])('with %i lots, %i of each kind per lot', (lots, listed) => {
    const view = toReachView(reach(lots, 500));
    expect(NoticeReachView.parse(view)).toEqual(view);
    expect(view.truncated).toBe(true);
    for (const l of view.lots) {
      expect([l.reached.length, l.nearMissed.length, l.reachedTotal, l.nearMissedTotal]).toEqual([listed, listed, 500, 500]);
      expect(l.reached[0]!.orgId).toBe('org-0000'); // the best ones
    }
    expect(lots * listed).toBeLessThanOrEqual(Math.max(ReachLimits.perView, lots * ReachLimits.minPerLot));
  });

  it('cuts nothing when every list fits', () => {
    const view = toReachView(reach(3, ReachLimits.perLot));
    expect(view.truncated).toBe(false);
    expect(view.lots[0]!.reached).toHaveLength(ReachLimits.perLot);
  });
});

describe('a page of a list', () => {
  it('holds at most limit items, and fewer when they would pass 1 MB together (always one)', () => {
    expect(pageWithin([1, 2, 3], 2)).toEqual({ page: [1, 2], more: true });
    expect(pageWithin([1, 2], 2)).toEqual({ page: [1, 2], more: false });
    const big = 'å'.repeat(300_000); // 600 KB in UTF-8
    expect(pageWithin([big, big, big], 3)).toEqual({ page: [big], more: true });
    expect(pageWithin(['x'.repeat(2_000_000)], 50).page).toHaveLength(1);
  });

  it('of notices asks the store for one more than the page, and says where the next page starts', async () => {
    const notices = seedNotices(t0);
    const listNotices = vi.fn(async (page: { limit: number; after?: string }) => notices.slice(0, page.limit));
    const deps = { matchCases: {}, commit: vi.fn(), repository: { listNotices }, clock: { now: () => t0 } } as unknown as ProcurementApiDependencies;
    const args = { actor: buyer, params: {}, body: undefined, query: { limit: 2, after: 'x' }, headers: {} } as unknown as RouteArgs<never, never>;
    const answer = (await procurementHandlers(deps).listNotices(args)).body!;
    expect(listNotices).toHaveBeenCalledWith({ limit: 3, after: 'x' });
    expect(answer.items.map((n) => n.id)).toEqual([notices[0]!.id, notices[1]!.id]);
    expect(answer).toMatchObject({ more: true, next: `${notices[1]!.createdAt}#${notices[1]!.id}` });
  });
});
