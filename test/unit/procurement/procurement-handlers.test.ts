import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../shared/platform/auth/actor.js';
import type { StoredCase } from '../../../shared/platform/dynamodb/index.js';
import { NotFoundError } from '../../../shared/platform/errors/domain-errors.js';
import type { RouteArgs } from '../../../shared/platform/http/http-types.js';
import { type ProcurementApiDependencies, procurementHandlers } from '../../../shared/procurement/api/procurement-handlers.js';
import { MatchCaseView, NoticeView } from '../../../shared/procurement/contract/views.js';
import type { MatchCase } from '../../../shared/procurement/domain/match-case/match-case-model.js';
import { startMatchCase } from '../../../shared/procurement/domain/match-case/match-case-reducer.js';
import type { Notice } from '../../../shared/procurement/domain/notice.js';
import { seedNotices } from '../../../local/seed/procurement-seed.js';

const t0 = new Date('2026-03-02T09:00:00Z');
const bidder: Actor = { sub: 'u1', name: 'Anna Bidder', role: 'civil', org: 'org-anhorigcentrum-vast' };
const buyer: Actor = { sub: 'u2', name: 'Per Inköp', role: 'procurement', org: 'vgr', publicBody: 'vgr' };
const stranger: Actor = { sub: 'u3', name: 'Eva Annan', role: 'civil', org: 'org-other' };

// What a store might hand back beside the fields of the domain.
const notice = { ...seedNotices(t0)[0]!, gsi2pk: 'NOTICES' } as Notice;
const started = startMatchCase({ id: 'm1', reference: 'MC-1', notice, lotId: '1', bidderOrgId: bidder.org }, bidder, t0).state;
const stored: StoredCase<MatchCase> = {
  state: { ...started, stageRuns: 3 } as MatchCase,
  version: 4,
  index: { orgs: [], stage: 'initiation', stageSortKey: '' },
};

const unused = () => Promise.reject(new Error('not used here'));
const deps: ProcurementApiDependencies = {
  matchCases: {
    get: async (id) => (id === 'm1' ? stored : undefined),
    listForOrg: async () => [stored],
    listByStage: async () => [stored],
    timelinePage: async () => ({ items: [] }),
  },
  commit: unused,
  repository: {
    getNotice: async (id) => (id === notice.id ? notice : undefined),
    listNotices: async () => [notice],
    saveNotice: unused,
    getProfile: async () => undefined,
    saveProfile: unused,
    profileCandidates: async () => [],
    storedBidderMatches: async () => [],
    storedNoticeMatches: async () => [],
    storedNoticeReach: async () => [],
    noticeMatchingStatus: async () => ({ updating: false }),
    profileMatchingStatus: async () => ({ updating: false }),
  },
  clock: { now: () => t0 },
  organisations: { get: async (id) => (id === 'vgr' ? { id, name: 'Västra Götalandsregionen', kind: 'public-body' } : undefined) },
};
const handlers = procurementHandlers(deps);
const args = (actor: Actor, params: Record<string, string>) =>
  ({ actor, params, body: undefined, query: {}, headers: {} }) as unknown as RouteArgs<never, never>;

describe('the procurement handlers, with their dependencies passed in', () => {
  it('answer a notice as its view, without what the store keeps beside it', async () => {
    const answer = await handlers.getNotice(args(bidder, { id: notice.id }));
    expect(NoticeView.parse(answer.body)).toEqual(answer.body);
    expect(answer.body).not.toHaveProperty('gsi2pk');
    await expect(handlers.getNotice(args(bidder, { id: 'nope' }))).rejects.toThrow(NotFoundError);
  });

  it('answer a match case with its version and what the reader may do now, and hide it from others', async () => {
    const forBuyer = (await handlers.getMatchCase(args(buyer, { id: 'm1' }))).body;
    expect(MatchCaseView.parse(forBuyer)).toEqual(forBuyer);
    expect(forBuyer).not.toHaveProperty('stageRuns');
    expect(forBuyer).toMatchObject({ version: 4, stage: 'initiation', allowedActions: ['acknowledge', 'withdraw'] });
    expect((await handlers.getMatchCase(args(bidder, { id: 'm1' }))).body?.allowedActions).toEqual(['withdraw']);
    await expect(handlers.getMatchCase(args(stranger, { id: 'm1' }))).rejects.toThrow(NotFoundError);
    expect((await handlers.listMatchCases(args(stranger, {}))).body?.items).toEqual([]);
  });

  it('list at most `limit` match cases and page the timeline as asked', async () => {
    const many: ProcurementApiDependencies = {
      ...deps,
      matchCases: {
        ...deps.matchCases,
        listByStage: async (_stage, limit) =>
          Array.from({ length: Math.min(limit ?? 1000, 1000) }, (_, i) => ({ ...stored, state: { ...stored.state, id: `m${i}` } })),
        timelinePage: async (_id, page) => ({ items: [], next: (page.after ?? 0) + page.limit }),
      },
    };
    const h = procurementHandlers(many);
    const withQuery = (actor: Actor, params: Record<string, string>, query: object) =>
      ({ ...args(actor, params), query }) as unknown as RouteArgs<never, never>;
    const listed = (await h.listMatchCases(withQuery(buyer, {}, { limit: 3 }))).body!;
    expect(listed.items.map((c) => c.id)).toEqual(['m0', 'm1', 'm2']);
    expect(listed.more).toBe(true);
    expect((await h.matchCaseTimeline(withQuery(buyer, { id: 'm1' }, { after: 4, limit: 2 }))).body).toEqual({ items: [], next: 6 });
  });
});
