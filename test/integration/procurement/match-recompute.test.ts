import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitUntilIdle } from '../../../local/engines/clock/wait-until-idle.js';
import { IopDemoUsers } from '../../../local/seed/iop-seed.js';
import { generateNotices, generateProfiles } from '../../../local/seed/procurement-seed.js';
import { ItemStore } from '../../../shared/platform/dynamodb/index.js';
import { bidderMatchesPk } from '../../../shared/procurement/domain/matching/match-keys.js';
import { bulkLoadCatalogue } from '../../../shared/procurement/store/bulk-load.js';
import { recomputeProfile } from '../../../shared/procurement/store/match-recompute.js';
import { batchWriteItems, type DynamoRequestLog, logDynamoRequests } from '../../../bench/matching/dynamo-requests.js';
import { startTestRuntime, type ApiClient, type Caller } from '../../support/local-runtime.js';

/**
 * Matching through the real data path, with a catalogue stored: the two
 * writes stay a handful of DynamoDB requests however large the catalogue is,
 * the stream's recompute writes only what changed (BatchWriteItem, at most 25
 * a request), and a notice past its deadline leaves the stored matches.
 * Requests are counted by a middleware on the SDK client, not mocked.
 */
let api: ApiClient;
let buyer: Caller;
let bidder: Caller;
let requests: DynamoRequestLog;
let now: Date;
const ORG = 'org-bred-forening';
const items = new ItemStore();
const settled = () => waitUntilIdle(() => api.runtime.isIdle(), 60_000);

/** A broad profile: the service codes most generated notices carry, every region but one. */
const broadProfile = (overrides: Record<string, unknown> = {}) => ({
  name: 'Bred Förening',
  description: 'Vi arbetar med äldre, anhöriga, mötesplatser, rådgivning, städning, måltider, transporter och utbildning.',
  cpv: ['85312400', '85311100', '79540000', '80500000', '55520000', '90910000', '98133000', '60130000'],
  regions: ['SE110', 'SE121', 'SE122', 'SE123', 'SE124', 'SE125', 'SE211', 'SE212', 'SE213', 'SE214', 'SE221', 'SE224', 'SE231', 'SE232'],
  capacitySekPerYear: 5_000_000,
  staff: 40,
  disadvantagedShare: 0.35,
  ideburen: true,
  consortiumWilling: true,
  socialObjectives: ['opp'],
  ...overrides,
});

const storedMatchKeys = async () => (await items.query<{ sk: string; digest: string }>(bidderMatchesPk(ORG))).map((i) => `${i.sk} ${i.digest}`);

beforeAll(async () => {
  api = await startTestRuntime();
  buyer = await api.as(IopDemoUsers.procurement);
  bidder = await api.as({ sub: 'bred', name: 'Bo Bred', role: 'civil', org: ORG });
  now = new Date((await api.anonymous().get('/dev/clock')).body.now);
  // A catalogue beside the demo data: 600 notices (a third with lots) and 150 bidders, loaded in bulk.
  await bulkLoadCatalogue({ notices: generateNotices(600, now, 5), profiles: generateProfiles(150, now, 6) }, now);
  await settled();
  requests = logDynamoRequests(api.runtime);
}, 180_000);
afterAll(async () => {
  requests?.detach();
  await api?.runtime.stop();
});

describe('the request path of the two writes', () => {
  it('stores a broad profile in at most 5 DynamoDB requests, and its hundreds of matches follow from the stream', async () => {
    const mark = requests.mark();
    const put = await bidder.put(`/bidders/${ORG}`, broadProfile(), { 'idempotency-key': 'bred-1' });
    expect(put.status, JSON.stringify(put.body)).toBe(201);
    expect(put.body.matching).toEqual({ updating: true });
    const inRequest = requests.since(mark).filter((r) => r.fn === 'ProcurementApi');
    expect(inRequest.length, inRequest.map((r) => r.operation).join(', ')).toBeLessThanOrEqual(5);
    expect(inRequest.length).toBeGreaterThan(0);

    await settled();
    const afterwards = requests.since(mark).filter((r) => r.fn === 'ProcurementTasks');
    const stored = await storedMatchKeys();
    // The catalogue is large enough that the old request path would have written one request per match.
    expect(stored.length).toBeGreaterThan(100);
    expect(afterwards.filter((r) => r.operation === 'BatchWriteItem').length).toBeLessThan(stored.length / 10);
    const view = (await bidder.get(`/bidders/${ORG}/matches`)).body;
    expect(view.matching.updating).toBe(false);
    expect(view.items.length + view.nearMisses.length).toBeGreaterThan(0);
  });

  it('stores a notice in at most 5 DynamoDB requests', async () => {
    const mark = requests.mark();
    const created = await buyer.post(
      '/procurement/notices',
      {
        buyer: { orgId: 'vgr', unit: 'Västra Götalandsregionen, Koncernkontoret inköp' },
        title: 'Mötesplatser och anhörigstöd',
        description: 'Mötesplatser, samtalsgrupper och anhörigstöd för äldre och deras anhöriga.',
        cpv: { main: '85312400', additional: [] },
        nuts: ['SE232'],
        estimatedValueSek: 1_000_000,
        durationMonths: 24,
        procedure: 'simplified',
        deadline: new Date(now.getTime() + 30 * 86_400_000).toISOString(),
      },
      { 'idempotency-key': 'notice-bred-1' },
    );
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const inRequest = requests.since(mark).filter((r) => r.fn === 'ProcurementApi');
    expect(inRequest.length, inRequest.map((r) => r.operation).join(', ')).toBeLessThanOrEqual(5);
    await settled();
    const reach = (await buyer.get(`/procurement/notices/${created.body.id}/matches`)).body;
    expect(reach.matching.updating).toBe(false);
    expect(reach.lots[0].reached.map((r: { orgId: string }) => r.orgId)).toContain(ORG);
  });
});

describe("the stream's recompute", () => {
  it('writes only the matches that changed, in BatchWriteItem requests of at most 25', async () => {
    await settled();
    const before = new Set(await storedMatchKeys());
    // Fewer regions: the matches in the dropped regions become near-misses (new keys), the rest stay as they are.
    const mark = requests.mark();
    const narrower = broadProfile({ regions: ['SE110', 'SE121', 'SE122', 'SE123', 'SE124', 'SE125', 'SE211', 'SE232'] });
    expect((await bidder.put(`/bidders/${ORG}`, narrower)).status).toBe(200);
    await settled();
    const after = new Set(await storedMatchKeys());
    const changed = [...after].filter((k) => !before.has(k)).length + [...before].filter((k) => !after.has(k)).length;
    expect(changed).toBeGreaterThan(25);
    expect(changed).toBeLessThan(before.size + after.size);

    const matchBatches = requests
      .since(mark)
      .filter((r) => r.fn === 'ProcurementTasks' && r.operation === 'BatchWriteItem')
      .map(batchWriteItems)
      .filter((batch) => batch.some((w) => JSON.stringify(w).includes('#MATCHES')));
    for (const batch of matchBatches) expect(batch.length).toBeLessThanOrEqual(25);
    const written = matchBatches.reduce((n, batch) => n + batch.length, 0);
    // A changed score moves a match to a new key: one put and one delete, both counted in `changed`.
    expect(written).toBe(changed);
    expect(matchBatches.length).toBe(Math.ceil(changed / 25));
  });

  it('writes nothing when run again on the same profile', async () => {
    const report = await recomputeProfile(ORG, new Date((await api.anonymous().get('/dev/clock')).body.now));
    expect(report).toMatchObject({ puts: 0, deletes: 0, matchWriteRequests: 0 });
    // The item, the candidate pages and the stored keys, and nothing else.
    expect(report!.requests).toBe(report!.readRequests);
  });

  it('moves copies kept the old way (a division bucket with the whole profile) into the division × area buckets', async () => {
    const at = new Date((await api.anonymous().get('/dev/clock')).body.now);
    const record = await items.get<{ revision: string; at: string }>(`BIDDER#${ORG}`, 'MATCHING');
    const profile = (await items.get<{ profile: unknown }>(`BIDDER#${ORG}`, 'PROFILE'))!.profile;
    // As a recompute of the round before left them: the same revision, `divisions`, a full copy in BIDDERS#DIV#85.
    await items.put(`BIDDER#${ORG}`, 'MATCHING', { revision: record!.revision, at: record!.at, divisions: ['85'] });
    await items.put('BIDDERS#DIV#85', ORG, { profile });
    await items.delete('BIDDERS#DIV#85#SE23', ORG);
    await recomputeProfile(ORG, at);
    expect(await items.get('BIDDERS#DIV#85', ORG)).toBeUndefined();
    expect((await items.get<{ c: string }>('BIDDERS#DIV#85#SE23', ORG))?.c).toContain('"orgId":"org-bred-forening"');
    expect(await items.get<{ buckets: string[] }>(`BIDDER#${ORG}`, 'MATCHING')).toMatchObject({ buckets: expect.arrayContaining(['85#SE23', '85#SE11']) });
  });

  it('says the matches are being updated while the recompute has not run', async () => {
    const stop = api.runtime.invoker.failWhen('ProcurementTasks', (e) => (e as { 'detail-type'?: string })['detail-type'] === 'ProfileChanged');
    try {
      expect((await bidder.put(`/bidders/${ORG}`, broadProfile({ staff: 41 }))).status).toBe(200);
      expect((await bidder.get(`/bidders/${ORG}/matches`)).body.matching.updating).toBe(true);
    } finally {
      stop();
    }
    await recomputeProfile(ORG, new Date((await api.anonymous().get('/dev/clock')).body.now));
    await settled();
    expect((await bidder.get(`/bidders/${ORG}/matches`)).body.matching.updating).toBe(false);
  });
});

describe('a notice whose deadline passes', () => {
  it('leaves the stored matches when the clock passes its deadline, and no recompute brings them back', async () => {
    await settled();
    const created = await buyer.post('/procurement/notices', {
      buyer: { orgId: 'vgr', unit: 'Västra Götalandsregionen, Koncernkontoret inköp' },
      title: 'Anhörigstöd med kort svarstid',
      description: 'Anhörigstöd och mötesplatser för äldre.',
      cpv: { main: '85312400', additional: [] },
      nuts: ['SE232'],
      estimatedValueSek: 800_000,
      durationMonths: 12,
      procedure: 'simplified',
      deadline: new Date(now.getTime() + 2 * 86_400_000).toISOString(),
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.id as string;
    await settled();
    expect((await buyer.get(`/procurement/notices/${id}/matches`)).body.matchesTotal).toBeGreaterThan(0);
    const mine = async () => (await bidder.get(`/bidders/${ORG}/matches?limit=200`)).body;
    const ids = (v: { items: { noticeId: string }[]; nearMisses: { noticeId: string }[] }) => [...v.items, ...v.nearMisses].map((m) => m.noticeId);
    expect(ids(await mine())).toContain(id);

    expect((await api.anonymous().post('/dev/clock', { advance: 'P3D' })).status).toBe(200);
    await settled();
    expect((await buyer.get(`/procurement/notices/${id}/matches`)).body.matchesTotal).toBe(0);
    expect((await items.query(bidderMatchesPk(ORG))).map((i) => String(i.sk))).not.toContainEqual(expect.stringContaining(`#${id}#`));

    // The bidder changes its profile: the closed notice is not matched again.
    expect((await bidder.put(`/bidders/${ORG}`, broadProfile({ staff: 42 }))).status).toBe(200);
    await settled();
    expect(ids(await mine())).not.toContain(id);
    expect((await items.query(bidderMatchesPk(ORG))).map((i) => String(i.sk))).not.toContainEqual(expect.stringContaining(`#${id}#`));
  });
});

describe('the what-if cache of profile buckets', () => {
  const head = async (bucket: string) => (await items.get<{ rev: string }>(`BIDDERS#DIV#${bucket}`, '#head'))?.rev;

  it('moves the heads of the buckets a profile change touched, in a write after its copies, and a warm what-if sees the change', async () => {
    await settled();
    const at = new Date((await api.anonymous().get('/dev/clock')).body.now);
    const created = await buyer.post('/procurement/notices', {
      buyer: { orgId: 'vgr', unit: 'Västra Götalandsregionen, Koncernkontoret inköp' },
      title: 'Mötesplatser för äldre',
      description: 'Mötesplatser och anhörigstöd för äldre.',
      cpv: { main: '85312400', additional: [] },
      nuts: ['SE232'],
      estimatedValueSek: 800_000,
      durationMonths: 12,
      procedure: 'simplified',
      deadline: new Date(at.getTime() + 5 * 86_400_000).toISOString(),
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    await settled();
    const whatIf = async () => (await buyer.post(`/procurement/notices/${created.body.id}/what-if`, { kind: 'reserve', reservation: 'ideburna' })).body;
    const reached = (view: { before: { lots: { reached: { orgId: string }[] }[] } }) => view.before.lots.flatMap((l) => l.reached.map((r) => r.orgId));
    // Twice: the second answer comes from the buckets the first one kept.
    expect(reached(await whatIf())).toContain(ORG);
    expect(reached(await whatIf())).toContain(ORG);
    const before = await head('85#SE23');
    expect(before).toBeDefined();

    // The bidder stops serving Västsverige: it leaves bucket 85#SE23.
    const mark = requests.mark();
    const regions = broadProfile().regions.filter((r) => !r.startsWith('SE23'));
    expect((await bidder.put(`/bidders/${ORG}`, broadProfile({ regions }))).status).toBe(200);
    await settled();
    expect(await head('85#SE23')).not.toBe(before);
    const writes = requests
      .since(mark)
      .filter((r) => r.fn === 'ProcurementTasks' && r.operation === 'BatchWriteItem')
      .map(batchWriteItems)
      .map((batch) => JSON.stringify(batch));
    const lastCopy = writes.findLastIndex((b) => b.includes('BIDDERS#DIV#') && !b.includes('#head'));
    const firstHead = writes.findIndex((b) => b.includes('#head'));
    expect(lastCopy).toBeGreaterThanOrEqual(0);
    expect(firstHead).toBeGreaterThan(lastCopy);
    expect(reached(await whatIf())).not.toContain(ORG);
  });
});
