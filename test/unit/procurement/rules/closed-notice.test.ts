import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../../shared/platform/auth/actor.js';
import { RuleViolationError } from '../../../../shared/platform/errors/domain-errors.js';
import type { RouteArgs } from '../../../../shared/platform/http/http-types.js';
import { type ProcurementApiDependencies, procurementHandlers } from '../../../../shared/procurement/api/procurement-handlers.js';
import { BidderMatchesView, NoticeListView, NoticeView } from '../../../../shared/procurement/contract/views.js';
import { startMatchCase } from '../../../../shared/procurement/domain/match-case/match-case-reducer.js';
import { matchNoticeAgainstProfiles } from '../../../../shared/procurement/domain/matching/candidate-index.js';
import type { Notice } from '../../../../shared/procurement/domain/notice.js';
import { seedNotices, seedProfiles } from '../../../../local/seed/procurement-seed.js';

/** A notice past its tender deadline is closed: said so in its views, not offered to pursue, and no match case starts on it. */
const t0 = new Date('2026-03-02T09:00:00Z');
const notice: Notice = { ...seedNotices(t0)[0]!, publicBody: 'vgr' };
const afterDeadline = new Date(Date.parse(notice.deadline) + 60_000);
const bidder: Actor = { sub: 'u1', name: 'Anna Bidder', role: 'civil', org: 'org-anhorigcentrum-vast' };
const profile = seedProfiles(t0).find((p) => p.orgId === bidder.org)!;
const stored = matchNoticeAgainstProfiles(notice, [profile], t0);

const unused = () => Promise.reject(new Error('not used here'));
function handlersAt(now: Date) {
  const deps: ProcurementApiDependencies = {
    matchCases: { get: async () => undefined, listForOrg: async () => [], listByStage: async () => [], timelinePage: async () => ({ items: [] }) },
    commit: unused,
    repository: {
      getNotice: async (id) => (id === notice.id ? notice : undefined),
      listNotices: async () => [notice],
      saveNotice: unused,
      getProfile: async () => profile,
      saveProfile: unused,
      profileCandidates: async () => [],
      // The stored matches may outlive the deadline for a while (they are removed when it passes).
      storedBidderMatches: async () => stored,
      storedNoticeMatches: async () => stored,
      storedNoticeReach: async () => stored,
      noticeMatchingStatus: async () => ({ updating: false }),
      profileMatchingStatus: async () => ({ updating: false }),
    },
    clock: { now: () => now },
    organisations: { get: async () => undefined },
  };
  return procurementHandlers(deps);
}
const args = (actor: Actor, params: Record<string, string>, body?: unknown, query: Record<string, unknown> = {}) =>
  ({ actor, params, body, query, headers: {} }) as unknown as RouteArgs<never, never>;

describe('a notice past its deadline is closed', () => {
  it('refuses a match case on it with a reason in Swedish and English', () => {
    try {
      startMatchCase({ id: 'm1', reference: 'MC-1', notice, lotId: '1', bidderOrgId: bidder.org }, bidder, afterDeadline);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(RuleViolationError);
      const error = (e as RuleViolationError).errors[0]!;
      expect(error.path).toBe('noticeId');
      expect(error.text?.sv).toMatch(/stängd/);
      expect(error.text?.en).toMatch(/closed/);
    }
    expect(startMatchCase({ id: 'm1', reference: 'MC-1', notice, lotId: '1', bidderOrgId: bidder.org }, bidder, t0).state.stage).toBe('initiation');
  });

  it('is marked closed in the list and on its page, computed from the clock', async () => {
    const open = (await handlersAt(t0).getNotice(args(bidder, { id: notice.id }))).body!;
    expect(NoticeView.parse(open).closed).toBe(false);
    const closed = (await handlersAt(afterDeadline).getNotice(args(bidder, { id: notice.id }))).body!;
    expect(closed.closed).toBe(true);
    const list = NoticeListView.parse((await handlersAt(afterDeadline).listNotices(args(bidder, {}, undefined, { limit: 10 }))).body);
    expect(list.items.map((n) => n.closed)).toEqual([true]);
  });

  it("is no longer offered among a bidder's matches to pursue", async () => {
    expect(stored.filter((m) => m.kind === 'match').length).toBeGreaterThan(0);
    const before = BidderMatchesView.parse((await handlersAt(t0).bidderMatches(args(bidder, { orgId: bidder.org }, undefined, { limit: 20 }))).body);
    expect(before.items.length).toBeGreaterThan(0);
    const after = BidderMatchesView.parse((await handlersAt(afterDeadline).bidderMatches(args(bidder, { orgId: bidder.org }, undefined, { limit: 20 }))).body);
    expect([...after.items, ...after.nearMisses]).toEqual([]);
  });
});
