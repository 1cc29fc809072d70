import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ItemStore } from '../../../shared/platform/dynamodb/index.js';
import { waitUntilIdle } from '../../../local/engines/clock/wait-until-idle.js';
import { IopDemoUsers } from '../../../local/seed/iop-seed.js';
import { bidderMatchesPk, bidderMatchSk } from '../../../shared/procurement/domain/matching/match-keys.js';
import { ProcurementDemoUsers } from '../../../local/seed/procurement-seed-store.js';
import { startTestRuntime, type ApiClient, type Caller } from '../../support/local-runtime.js';

/**
 * Match indexing from domain events: the API answers the writer at once and
 * publishes NoticeChanged / ProfileChanged; the EventBridge rule hands them to
 * ProcurementTasks, which recomputes from the stored item (idempotent).
 */
let api: ApiClient;
let buyer: Caller, lars: Caller;
const LARS_ORG = ProcurementDemoUsers[1].org;
const idle = () => waitUntilIdle(() => api.runtime.isIdle(), 20_000);

const event = (detailType: string, detail: Record<string, unknown>) => ({
  version: '0',
  id: `e-${detailType}`,
  'detail-type': detailType,
  source: 'iop-workflows.procurement',
  account: '000000000000',
  time: new Date().toISOString(),
  region: 'eu-north-1',
  resources: [],
  detail,
});
const indexer = (e: unknown) => api.runtime.invoker.invoke('ProcurementTasks', e) as Promise<{ reindexed: string | null; matches: number }>;

beforeAll(async () => {
  api = await startTestRuntime();
  buyer = await api.as(IopDemoUsers.procurement);
  lars = await api.as(ProcurementDemoUsers[1]);
}, 120_000);
afterAll(async () => api?.runtime.stop());

describe('match indexing on domain events', () => {
  it('publishes ProfileChanged on a profile write and NoticeChanged on a new notice, from the table stream', async () => {
    // The seeded notices and profiles were written too (and indexed from the stream): count from here.
    await idle();
    const seen = ((await api.anonymous().get('/dev/outbox')).body.events as unknown[]).length;
    const profile = (await lars.get(`/bidders/${LARS_ORG}`)).body;
    const { orgId: _o, updatedAt: _u, ...input } = profile;
    expect((await lars.put(`/bidders/${LARS_ORG}`, { ...input, staff: 7 })).status).toBe(200);
    const notice = (await buyer.get('/procurement/notices/VGR-2026-005')).body;
    const { id: _i, createdAt: _c, updatedAt: _n, closed: _closed, cpvLabels: _labels, ...noticeInput } = notice;
    const created = await buyer.post('/procurement/notices', noticeInput);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    await idle();
    const outbox = (
      (await api.anonymous().get('/dev/outbox')).body.events as { source: string; 'detail-type': string; detail: Record<string, unknown> }[]
    ).slice(seen);
    const indexing = outbox.filter((e) => e.source === 'iop-workflows.procurement' && ['NoticeChanged', 'ProfileChanged'].includes(e['detail-type']));
    expect(indexing.map((e) => [e['detail-type'], e.detail.orgId ?? e.detail.noticeId])).toEqual([
      ['ProfileChanged', LARS_ORG],
      ['NoticeChanged', created.body.id],
    ]);
    // The asynchronous recompute stored the reach of the same notice as the seeded one it copies.
    const reach = (await buyer.get(`/procurement/notices/${created.body.id}/matches`)).body;
    const original = (await buyer.get('/procurement/notices/VGR-2026-005/matches')).body;
    expect(reach.matching.updating).toBe(false);
    expect(reach.reachedCount).toBe(original.reachedCount);
  });

  it('recomputes idempotently: twice gives the same stored matches', async () => {
    const before = (await buyer.get('/procurement/notices/VGR-2026-001/matches')).body;
    const first = await indexer(event('NoticeChanged', { noticeId: 'VGR-2026-001' }));
    const second = await indexer(event('NoticeChanged', { noticeId: 'VGR-2026-001' }));
    expect(first).toEqual({ reindexed: 'notice VGR-2026-001', matches: before.matches.length });
    expect(second).toEqual(first);
    expect((await buyer.get('/procurement/notices/VGR-2026-001/matches')).body).toEqual(before);
  });

  it('repairs a stored match that went missing, from a ProfileChanged event', async () => {
    const before = (await lars.get(`/bidders/${LARS_ORG}/matches`)).body;
    expect(before.items.length).toBeGreaterThan(0);
    const lost = before.items[0];
    await new ItemStore().delete(bidderMatchesPk(LARS_ORG), bidderMatchSk(lost));
    expect((await lars.get(`/bidders/${LARS_ORG}/matches`)).body.items).toHaveLength(before.items.length - 1);
    expect((await indexer(event('ProfileChanged', { orgId: LARS_ORG }))).reindexed).toBe(`profile ${LARS_ORG}`);
    const repaired = (await lars.get(`/bidders/${LARS_ORG}/matches`)).body;
    expect({ items: repaired.items, nearMisses: repaired.nearMisses }).toEqual({ items: before.items, nearMisses: before.nearMisses });
    // The repair was a recompute that wrote something: the view tells when.
    expect(repaired.matching.updating).toBe(false);
    expect(Date.parse(repaired.matching.updatedAt)).toBeGreaterThan(Date.parse(before.matching.updatedAt));
  });

  it('ignores events about things that do not exist', async () => {
    expect(await indexer(event('NoticeChanged', { noticeId: 'VGR-nope' }))).toEqual({ reindexed: null, matches: 0 });
    expect(await indexer(event('ProfileChanged', { orgId: 'org-nope' }))).toEqual({ reindexed: null, matches: 0 });
    expect(await indexer(event('ProfileChanged', {}))).toEqual({ reindexed: null, matches: 0 });
  });
});
