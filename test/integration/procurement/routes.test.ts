import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IopDemoUsers } from '../../../local/seed/iop-seed.js';
import { validateReleasePackage } from '../../../shared/procurement/ocds/ocds-validator.js';
import { ProcurementDemoUsers } from '../../../local/seed/procurement-seed-store.js';
import { waitUntilIdle } from '../../../local/engines/clock/wait-until-idle.js';
import { startTestRuntime, type ApiClient, type Caller } from '../../support/local-runtime.js';

/**
 * Every procurement and bidder route over HTTP against the local runtime with
 * its demo data: the buyer's view, what-ifs, bidder profiles, bad input and
 * who may do what.
 */
let api: ApiClient;
let buyer: Caller, eva: Caller, lars: Caller, healthcare: Caller, anonymous: Caller;
let now: Date;
const EVA_ORG = ProcurementDemoUsers[0].org;
const LARS_ORG = ProcurementDemoUsers[1].org;

const paths = (body: { errors?: { path: string }[] }) => (body.errors ?? []).map((e) => e.path).sort();
/** Matches are recomputed from the table's stream after a write answers: wait for that. */
const settled = () => waitUntilIdle(() => api.runtime.isIdle(), 20_000);

/** A small, valid notice (relative to the local clock). */
const notice = (overrides: Record<string, unknown> = {}) => ({
  buyer: { orgId: 'vgr', unit: 'Västra Götalandsregionen, Koncernkontoret inköp' },
  title: 'Mötesplatser för äldre i Borås',
  description: 'Mötesplatser, samtalsgrupper och anhörigstöd för äldre personer och deras anhöriga i Borås. Verksamheten ska motverka ensamhet.',
  cpv: { main: '85312400', additional: [] },
  nuts: ['SE232'],
  estimatedValueSek: 1_000_000,
  durationMonths: 24,
  procedure: 'simplified',
  deadline: new Date(now.getTime() + 30 * 86_400_000).toISOString(),
  ...overrides,
});

const profile = (overrides: Record<string, unknown> = {}) => ({
  name: 'Anhörigcentrum Väst ideell förening',
  description: 'Vi driver mötesplatser, samtalsgrupper och anhörigstöd för äldre och deras anhöriga i Göteborg.',
  cpv: ['85312400', '85312320'],
  regions: ['SE232'],
  capacitySekPerYear: 1_500_000,
  staff: 12,
  disadvantagedShare: 0.1,
  ideburen: true,
  consortiumWilling: true,
  socialObjectives: ['acc-all'],
  ...overrides,
});

beforeAll(async () => {
  api = await startTestRuntime();
  buyer = await api.as(IopDemoUsers.procurement);
  eva = await api.as(ProcurementDemoUsers[0]);
  lars = await api.as(ProcurementDemoUsers[1]);
  healthcare = await api.as(IopDemoUsers.healthcareAngered);
  anonymous = api.anonymous();
  now = new Date((await anonymous.get('/dev/clock')).body.now);
}, 120_000);
afterAll(async () => api?.runtime.stop());

describe('the seeded buyer view', () => {
  it('shows who a notice reaches and nearly reaches, lot by lot, with reasons', async () => {
    const r = await buyer.get('/procurement/notices/VGR-2026-001/matches');
    expect(r.status).toBe(200);
    expect(r.body.lots.map((l: { lotId: string }) => l.lotId)).toEqual(['1', '2', '3']);
    expect(r.body.reachedCount).toBeGreaterThan(0);
    expect(r.body.nearMissedCount).toBeGreaterThan(0);
    const near = r.body.lots.flatMap((l: { nearMissed: { blocker: { kind: string; text: { sv: string; en: string } } }[] }) => l.nearMissed);
    expect(near.length).toBeGreaterThan(0);
    for (const n of near) expect(n.blocker.text.sv.length * n.blocker.text.en.length).toBeGreaterThan(0);
    const match = r.body.matches.find((m: { kind: string }) => m.kind === 'match');
    expect(match.reasons.length).toBeGreaterThan(0);
    const shares = match.reasons.reduce((s: number, x: { share: number }) => s + x.share, 0);
    expect(shares).toBeCloseTo(1, 2);
    // A not-idéburen company cannot bid on a contract reserved under 19 kap. 25 §: a near-miss at most.
    const reached = new Set(r.body.lots.flatMap((l: { reached: { orgId: string }[] }) => l.reached.map((x) => x.orgId)));
    expect(reached.has('org-omsorgsbolaget')).toBe(false);
  });

  it('lists notices for procurement and civil users, and a single notice with its lots', async () => {
    for (const who of [buyer, eva]) {
      const list = await who.get('/procurement/notices');
      expect(list.status).toBe(200);
      expect(list.body.items.map((n: { id: string }) => n.id)).toEqual(expect.arrayContaining(['VGR-2026-001', 'VGR-2026-007']));
    }
    const one = await eva.get('/procurement/notices/VGR-2026-001');
    expect(one.status).toBe(200);
    expect(one.body.lots).toHaveLength(3);
    expect((await eva.get('/procurement/notices/VGR-nope')).status).toBe(404);
    expect((await buyer.get('/procurement/notices/VGR-nope/matches')).status).toBe(404);
  });

  it('answers what-ifs: split into lots, reserve, change CPV', async () => {
    const split = await buyer.post('/procurement/notices/VGR-2026-002/what-if', { kind: 'split-into-lots', lotValueSek: 1_000_000 });
    expect(split.status, JSON.stringify(split.body)).toBe(200);
    expect(split.body.after.lots.length).toBeGreaterThan(1);
    expect(split.body.after.reachedCount).toBeGreaterThan(split.body.before.reachedCount);
    expect(split.body.gained.length).toBe(split.body.after.reachedCount - split.body.before.reachedCount + split.body.lost.length);

    const reserve = await buyer.post('/procurement/notices/VGR-2026-004/what-if', { kind: 'reserve', reservation: 'res-ws' });
    expect(reserve.status, JSON.stringify(reserve.body)).toBe(200);
    expect(reserve.body.before).toBeDefined();
    expect(Array.isArray(reserve.body.lost)).toBe(true);

    const cpv = await buyer.post('/procurement/notices/VGR-2026-001/what-if', { kind: 'set-cpv', lotId: '2', add: ['85312320'] });
    expect(cpv.status, JSON.stringify(cpv.body)).toBe(200);
    expect(cpv.body.change).toMatchObject({ kind: 'set-cpv', lotId: '2' });

    // A reservation under 19 kap. 25 § on a CPV outside its list is a rule broken.
    const bad = await buyer.post('/procurement/notices/VGR-2026-004/what-if', { kind: 'reserve', reservation: 'res-pub-ser' });
    expect(bad.status).toBe(422);
    expect(paths(bad.body)).toContain('cpv.main');
    const unknownCode = await buyer.post('/procurement/notices/VGR-2026-004/what-if', { kind: 'set-cpv', add: ['12345678'] });
    expect(unknownCode.status).toBe(400);
    expect(paths(unknownCode.body)).toEqual(['add.0']);
  });
});

describe('bounds on what a request computes and answers', () => {
  const size = (body: unknown) => JSON.stringify(body).length;

  it('refuses a what-if splitting SEK 100 million into lots of SEK 10,000 with a small 422, and writes nothing', async () => {
    const created = await buyer.post(
      '/procurement/notices',
      notice({ title: 'Stor upphandling av mötesplatser', estimatedValueSek: 100_000_000, procedure: 'open' }),
    );
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.id as string;
    await settled();
    const before = {
      notice: (await buyer.get(`/procurement/notices/${id}`)).body,
      reach: (await buyer.get(`/procurement/notices/${id}/matches`)).body,
      outbox: ((await anonymous.get('/dev/outbox')).body.events as unknown[]).length,
    };
    const started = performance.now();
    const r = await buyer.post(`/procurement/notices/${id}/what-if`, { kind: 'split-into-lots', lotValueSek: 10_000 }, { 'idempotency-key': 'split-10k' });
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(r.status, JSON.stringify(r.body)).toBe(422);
    expect(r.headers.get('content-type')).toBe('application/problem+json');
    expect(paths(r.body)).toEqual(['lotValueSek']);
    expect(r.body.errors[0].message).toContain('into 10,000 lots; at most 100');
    expect(size(r.body)).toBeLessThan(2_000);
    expect((await buyer.get(`/procurement/notices/${id}`)).body).toEqual(before.notice);
    expect((await buyer.get(`/procurement/notices/${id}/matches`)).body).toEqual(before.reach);
    expect(((await anonymous.get('/dev/outbox')).body.events as unknown[]).length).toBe(before.outbox);

    // The most lots a notice may have is answered, well below 1 MB.
    const most = await buyer.post(`/procurement/notices/${id}/what-if`, { kind: 'split-into-lots', lotValueSek: 1_000_000 });
    expect(most.status, JSON.stringify(most.body).slice(0, 300)).toBe(200);
    expect(most.body.after.lots).toHaveLength(100);
    expect(size(most.body)).toBeLessThan(1_000_000);
  });

  it('pages the notice list, newest first, and refuses a page size out of range naming query.limit', async () => {
    const first = await eva.get('/procurement/notices?limit=2');
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(2);
    expect(first.body.more).toBe(true);
    const second = await eva.get(`/procurement/notices?limit=2&after=${encodeURIComponent(first.body.next)}`);
    expect(second.status).toBe(200);
    const key = (n: { createdAt: string; id: string }) => `${n.createdAt}#${n.id}`;
    for (const n of second.body.items) expect(key(n) < first.body.next).toBe(true);
    const all = (await eva.get('/procurement/notices')).body;
    expect(all.items.slice(0, 4).map(key)).toEqual([...first.body.items, ...second.body.items].map(key));
    expect(all.more).toBe(false);
    expect(all.next).toBeUndefined();
    for (const bad of ['limit=0', 'limit=101', 'limit=ten']) {
      const r = await eva.get(`/procurement/notices?${bad}`);
      expect(r.status, bad).toBe(400);
      expect(paths(r.body)).toEqual(['query.limit']);
    }
  });

  it("lists a notice's stored matches up to limit, with the total", async () => {
    const whole = (await buyer.get('/procurement/notices/VGR-2026-001/matches')).body;
    expect(whole.matches).toHaveLength(whole.matchesTotal);
    expect(whole.truncated).toBe(false);
    const one = await buyer.get('/procurement/notices/VGR-2026-001/matches?limit=1');
    expect(one.body.matches).toEqual(whole.matches.slice(0, 1));
    expect(one.body.matchesTotal).toBe(whole.matchesTotal);
    expect((await buyer.get('/procurement/notices/VGR-2026-001/matches?limit=201')).status).toBe(400);
  });
});

describe('POST /procurement/notices', () => {
  it('registers a notice, computes its reach from the stream and replays an Idempotency-Key', async () => {
    const body = notice();
    const created = await buyer.post('/procurement/notices', body, { 'idempotency-key': 'notice-1' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.id).toMatch(/^N-/);
    expect(created.body.matching).toEqual({ updating: true });
    const replay = await buyer.post('/procurement/notices', body, { 'idempotency-key': 'notice-1' });
    expect(replay.status).toBe(201);
    expect(replay.body.id).toBe(created.body.id);
    const titled = (await buyer.get('/procurement/notices')).body.items.filter((n: { title: string }) => n.title === body.title);
    expect(titled).toHaveLength(1);
    const published = (await anonymous.get('/dev/outbox')).body.events.filter(
      (e: { 'detail-type': string; detail: { noticeId?: string } }) => e['detail-type'] === 'NoticeChanged' && e.detail.noticeId === created.body.id,
    );
    expect(published).toHaveLength(1);
    // Once the stream's recompute is done, the buyer reads the reach and that it is up to date.
    await settled();
    const matches = await buyer.get(`/procurement/notices/${created.body.id}/matches`);
    expect(matches.body.reachedCount).toBeGreaterThan(0);
    expect(matches.body.matching.updating).toBe(false);
    expect(Date.parse(matches.body.matching.updatedAt)).toBeGreaterThanOrEqual(Date.parse(created.body.createdAt));
    // And what the bidder reads from its side.
    const mine = await eva.get(`/bidders/${EVA_ORG}/matches`);
    expect(mine.body.items.map((m: { noticeId: string }) => m.noticeId)).toContain(created.body.id);
  });

  it.each([
    ['an unknown CPV code', { cpv: { main: '12345678' } }, 400, ['cpv.main']],
    ['a malformed CPV code', { cpv: { main: '8531' } }, 400, ['cpv.main']],
    ['an unknown NUTS code', { nuts: ['SE999'] }, 400, ['nuts.0']],
    ['a negative value', { estimatedValueSek: -1 }, 400, ['estimatedValueSek']],
    ['a lot with a negative value', { lots: [{ id: '1', title: 'a', valueSek: -5, cpv: { main: '85312400' }, durationMonths: 12 }] }, 400, ['lots.0.valueSek']],
    ['an unknown social objective', { socialObjectives: ['nope'] }, 400, ['socialObjectives.0']],
    ['an unknown field', { colour: 'blue' }, 400, ['colour']],
  ])('refuses %s with 400 and the field', async (_what, overrides, status, fields) => {
    const r = await buyer.post('/procurement/notices', notice(overrides));
    expect(r.status, JSON.stringify(r.body)).toBe(status);
    expect(r.headers.get('content-type')).toContain('application/problem+json');
    expect(paths(r.body)).toEqual(fields);
  });

  it.each([
    ['a deadline in the past', () => ({ deadline: new Date(now.getTime() - 86_400_000).toISOString() }), ['deadline']],
    [
      'lot values that do not add up',
      () => ({
        lots: [
          { id: '1', title: 'Borås', valueSek: 600_000, cpv: { main: '85312400' }, durationMonths: 24 },
          { id: '2', title: 'Ulricehamn', valueSek: 300_000, cpv: { main: '85312400' }, durationMonths: 24 },
        ],
      }),
      ['lots'],
    ],
    ['a 19 kap. 25 § reservation on a CPV outside its list', () => ({ reservation: 'res-pub-ser', cpv: { main: '90910000' } }), ['cpv.main']],
    ['a 19 kap. 25 § reservation longer than 3 years', () => ({ reservation: 'res-pub-ser', durationMonths: 48 }), ['durationMonths']],
    ['a framework agreement over 4 years', () => ({ framework: true, durationMonths: 60 }), ['durationMonths']],
    ['a direct award above the limit', () => ({ procedure: 'direct-award', estimatedValueSek: 900_000 }), ['estimatedValueSek']],
  ])('refuses %s with 422 and the field', async (_what, overrides, fields) => {
    const r = await buyer.post('/procurement/notices', notice(overrides()));
    expect(r.status, JSON.stringify(r.body)).toBe(422);
    expect(paths(r.body)).toEqual(fields);
  });
});

describe('bidder profiles', () => {
  it('lets a bidder read and change its own profile, and recomputes its matches', async () => {
    const own = await eva.get(`/bidders/${EVA_ORG}`);
    expect(own.status).toBe(200);
    expect(own.body.orgId).toBe(EVA_ORG);
    const before = (await eva.get(`/bidders/${EVA_ORG}/matches`)).body;
    expect(before.items.length).toBeGreaterThan(0);
    expect(before.items[0].reasons.length).toBeGreaterThan(0);

    // Serving only Stockholm moves every Västra Götaland match out of reach: far away, not even a near-miss.
    const moved = await eva.put(`/bidders/${EVA_ORG}`, profile({ regions: ['SE110'] }));
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body.matching).toEqual({ updating: true });
    await settled();
    const after = (await eva.get(`/bidders/${EVA_ORG}/matches`)).body;
    expect(after.items).toEqual([]);
    expect(after.nearMisses.map((m: { blockers: { kind: string }[] }) => m.blockers[0]!.kind)).not.toContain('region-not-served');
    // Halland is next door: the Västra Götaland matches come back as near-misses on the region.
    expect((await eva.put(`/bidders/${EVA_ORG}`, profile({ regions: ['SE231'] }))).status).toBe(200);
    await settled();
    const nextDoor = (await eva.get(`/bidders/${EVA_ORG}/matches`)).body;
    expect(nextDoor.nearMisses.map((m: { blockers: { kind: string }[] }) => m.blockers[0]!.kind)).toContain('region-not-served');

    expect(after.matching.updating).toBe(false);
    const back = await eva.put(`/bidders/${EVA_ORG}`, profile());
    expect(back.status).toBe(200);
    await settled();
    expect((await eva.get(`/bidders/${EVA_ORG}/matches`)).body.items.length).toBeGreaterThan(0);
    expect((await buyer.get(`/bidders/${EVA_ORG}`)).body.regions).toEqual(['SE232']);
  });

  it('creates a new profile with 201', async () => {
    const fresh = await api.as({ sub: 'new-bidder', name: 'Ny Förening', role: 'civil', org: 'org-ny-forening' });
    const r = await fresh.put('/bidders/org-ny-forening', profile({ name: 'Ny Förening' }));
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect((await fresh.get('/bidders/org-ny-forening')).status).toBe(200);
    expect((await buyer.get('/bidders/org-finns-inte')).status).toBe(404);
  });

  it.each([
    ['an unknown CPV code', { cpv: ['85312400', '99999999'] }, ['cpv.1']],
    ['an unknown region', { regions: ['XX123'] }, ['regions.0']],
    ['a negative capacity', { capacitySekPerYear: -100 }, ['capacitySekPerYear']],
    ['a share above 1', { disadvantagedShare: 1.5 }, ['disadvantagedShare']],
    ['no CPV at all', { cpv: [] }, ['cpv']],
  ])('refuses a profile with %s (400 and the field)', async (_what, overrides, fields) => {
    const r = await eva.put(`/bidders/${EVA_ORG}`, profile(overrides));
    expect(r.status, JSON.stringify(r.body)).toBe(400);
    expect(paths(r.body)).toEqual(fields);
  });
});

describe('who may do what', () => {
  it('keeps a bidder to its own profile and matches', async () => {
    expect((await eva.get(`/bidders/${LARS_ORG}`)).status).toBe(403);
    expect((await eva.get(`/bidders/${LARS_ORG}/matches`)).status).toBe(403);
    expect((await eva.put(`/bidders/${LARS_ORG}`, profile())).status).toBe(403);
    expect((await lars.get(`/bidders/${LARS_ORG}/matches`)).status).toBe(200);
    expect((await buyer.get(`/bidders/${LARS_ORG}`)).status).toBe(200);
    expect((await buyer.get(`/bidders/${LARS_ORG}/matches`)).status).toBe(200);
    // Procurement staff read profiles; only the organisation writes its own.
    expect((await buyer.put(`/bidders/${LARS_ORG}`, profile())).status).toBe(403);
    expect((await healthcare.get(`/bidders/${LARS_ORG}`)).status).toBe(403);
  });

  it('lets only procurement staff register notices, read reach and try what-ifs', async () => {
    expect((await eva.post('/procurement/notices', notice())).status).toBe(403);
    expect((await eva.get('/procurement/notices/VGR-2026-001/matches')).status).toBe(403);
    expect((await eva.post('/procurement/notices/VGR-2026-001/what-if', { kind: 'reserve', reservation: 'res-ws' })).status).toBe(403);
    expect((await healthcare.get('/procurement/notices')).status).toBe(403);
    expect((await healthcare.post('/procurement/notices', notice())).status).toBe(403);
  });

  it('turns away anonymous callers with 401, except for OCDS', async () => {
    const routes: [string, string][] = [
      ['POST', '/procurement/notices'],
      ['GET', '/procurement/notices'],
      ['GET', '/procurement/notices/VGR-2026-001'],
      ['GET', '/procurement/notices/VGR-2026-001/matches'],
      ['POST', '/procurement/notices/VGR-2026-001/what-if'],
      ['PUT', `/bidders/${EVA_ORG}`],
      ['GET', `/bidders/${EVA_ORG}`],
      ['GET', `/bidders/${EVA_ORG}/matches`],
      ['POST', '/procurement/matches'],
      ['GET', '/procurement/matches'],
      ['GET', '/procurement/matches/x'],
      ['GET', '/procurement/matches/x/timeline'],
      ['POST', '/procurement/matches/x/actions'],
    ];
    for (const [method, path] of routes) {
      const r = await anonymous.raw(path, { method, ...(method === 'GET' ? {} : { body: '{}', headers: { 'content-type': 'application/json' } }) });
      expect(r.status, `${method} ${path}`).toBe(401);
    }
  });
});

describe('GET /procurement/ocds/{noticeId}', () => {
  it('serves every seeded notice publicly as a valid OCDS 1.1.5 release package with lots', async () => {
    const ids = (await buyer.get('/procurement/notices')).body.items.map((n: { id: string }) => n.id) as string[];
    const seeded = ids.filter((id) => id.startsWith('VGR-'));
    expect(seeded.length).toBeGreaterThanOrEqual(8);
    for (const id of seeded) {
      const r = await anonymous.get(`/procurement/ocds/${id}`);
      expect(r.status).toBe(200);
      const result = validateReleasePackage(r.body);
      expect(result.errors, id).toEqual([]);
    }
    const withLots = (await anonymous.get('/procurement/ocds/VGR-2026-001')).body;
    const tender = withLots.releases[0].tender;
    expect(tender.lots).toHaveLength(3);
    expect(JSON.stringify(tender)).toContain('publicServiceMissionOrganization');
    expect((await anonymous.get('/procurement/ocds/VGR-nope')).status).toBe(404);
  });
});

describe('POST /procurement/matches', () => {
  it('lets a bidder start a case only for its own organisation and a real lot', async () => {
    expect((await eva.post('/procurement/matches', { noticeId: 'VGR-2026-001', lotId: '2', orgId: LARS_ORG })).status).toBe(403);
    expect((await eva.post('/procurement/matches', { noticeId: 'VGR-2026-001', lotId: '9', orgId: EVA_ORG })).status).toBe(404);
    const whole = await eva.post('/procurement/matches', { noticeId: 'VGR-2026-001', orgId: EVA_ORG });
    expect(whole.status).toBe(422);
    expect(paths(whole.body)).toEqual(['lotId']);
    expect((await healthcare.post('/procurement/matches', { noticeId: 'VGR-2026-004', orgId: EVA_ORG })).status).toBe(403);
    const started = await eva.post('/procurement/matches', { noticeId: 'VGR-2026-001', lotId: '1', orgId: EVA_ORG });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    expect(started.body).toMatchObject({ stage: 'initiation', bidderOrgId: EVA_ORG, lotId: '1' });
    expect((await lars.get(`/procurement/matches/${started.body.id}`)).status).toBe(404);
    expect((await buyer.get(`/procurement/matches/${started.body.id}`)).status).toBe(200);
    expect((await eva.get('/procurement/matches')).body.items.map((c: { id: string }) => c.id)).toContain(started.body.id);
    expect((await lars.get('/procurement/matches')).body.items.map((c: { id: string }) => c.id)).not.toContain(started.body.id);
    // Staff of other roles in the buyer's organisation are not parties to the case.
    const approver = await api.as(IopDemoUsers.approver);
    expect((await approver.get(`/procurement/matches/${started.body.id}`)).status).toBe(404);
    expect((await approver.get('/procurement/matches')).body.items.map((c: { id: string }) => c.id)).not.toContain(started.body.id);
  });

  it('lists at most limit match cases, by stage when asked', async () => {
    for (const lotId of ['2', '3']) expect((await eva.post('/procurement/matches', { noticeId: 'VGR-2026-001', lotId, orgId: EVA_ORG })).status).toBe(201);
    const all = (await buyer.get('/procurement/matches')).body;
    expect(all.items.length).toBeGreaterThanOrEqual(3);
    expect(all.more).toBe(false);
    const one = (await buyer.get('/procurement/matches?limit=1')).body;
    expect(one.items.map((c: { id: string }) => c.id)).toEqual([all.items[0].id]);
    expect(one.more).toBe(true);
    expect((await eva.get('/procurement/matches?limit=1')).body.more).toBe(true);
    expect((await buyer.get('/procurement/matches?stage=closed')).body.items).toEqual([]);
    expect((await buyer.get('/procurement/matches?stage=initiation')).body.items.length).toBe(all.items.length);
    expect((await buyer.get('/procurement/matches?limit=101')).status).toBe(400);
    expect((await buyer.get('/procurement/matches?stage=nope')).status).toBe(400);
  });
});

describe('tenancy: procurement staff act only within their own region or municipality', () => {
  const stockholm = { sub: 'demo-procurement-sthlm', name: 'Inköp Stockholm', role: 'procurement' as const, org: 'region-stockholm' };

  it("refuses another region's staff a notice in VGR's name, its reach, its what-ifs and its match cases", async () => {
    const other = await api.as(stockholm);
    const registered = await other.post('/procurement/notices', notice());
    expect(registered.status).toBe(403);
    expect((await other.get('/procurement/notices/VGR-2026-001/matches')).status).toBe(403);
    expect((await other.post('/procurement/notices/VGR-2026-004/what-if', { kind: 'reserve', reservation: 'res-ws' })).status).toBe(403);
    expect((await other.post('/procurement/matches', { noticeId: 'VGR-2026-001', lotId: '1', orgId: EVA_ORG })).status).toBe(403);

    // A match case of VGR's is unknown to them, and absent from their list.
    const started = await buyer.post('/procurement/matches', { noticeId: 'VGR-2026-001', lotId: '1', orgId: EVA_ORG });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    expect((await other.get(`/procurement/matches/${started.body.id}`)).status).toBe(404);
    expect((await other.get('/procurement/matches')).body.items.map((m: { id: string }) => m.id)).not.toContain(started.body.id);
    expect((await buyer.get(`/procurement/matches/${started.body.id}`)).status).toBe(200);
  });

  it('refuses a notice whose buyer the organisation registry does not know, naming the field', async () => {
    const answer = await buyer.post('/procurement/notices', notice({ buyer: { orgId: 'okand-kommun', unit: 'Okänd' } }));
    expect(answer.status).toBe(422);
    expect(paths(answer.body)).toEqual(['buyer.orgId']);
  });
});
