import { describe, expect, it } from 'vitest';
import { IopDemoUsers } from '../../../local/seed/iop-seed.js';
import { RegistryDemoUsers } from '../../../local/seed/organisations-seed.js';
import type { IopCase } from '../../../shared/iop/domain/case-model.js';
import { iopStore } from '../../../shared/iop/store/iop-store.js';
import { listNotices } from '../../../shared/procurement/store/procurement-repository.js';
import { overviewTables, parseCsv, registerTable } from '../../../shared/reporting/contract.js';
import type { PublicRegisterPage, StaffOverview } from '../../../shared/reporting/contract.js';
import { AllIopStages } from '../../../shared/reporting/store/reporting-reads.js';
import { act, advance, createCase, idle, must, reviewReport, toActive, toDialogue, useIopRuntime } from '../iop/iop-http.js';

/**
 * The yearly follow-up and the public register against the whole product: cases
 * made through the API, the figures checked against what the store holds (read
 * here straight from the table, counted the plain way), the CSV against the
 * JSON, the public version for people's names, and other bodies kept out.
 */
const t = useIopRuntime();
const body = 'vgr';

async function storedCasesOf(publicBody: string): Promise<IopCase[]> {
  const all = (await Promise.all(AllIopStages.map((s) => iopStore.listByStage(s)))).flat().map((c) => c.state);
  return all.filter((c) => c.publicBody === publicBody);
}

/** The people a case names: whoever created, reported, decided or signed, and the demo users' names. */
function peopleOf(cases: readonly IopCase[]): string[] {
  const names = new Set<string>(Object.values(IopDemoUsers).map((u) => u.name));
  for (const c of cases) {
    for (const r of c.reviews) {
      for (const report of r.reports) names.add(report.submittedBy);
      if (r.decision) names.add(r.decision.decidedBy);
    }
    for (const s of Object.values(c.agreementInForce?.signatures ?? {})) names.add(s.signedBy);
  }
  return [...names].filter((n) => n.length > 3);
}

describe('the yearly follow-up of a public body', () => {
  it('shows the figures the store holds, for its own staff; the CSV has the rows of the tables', async () => {
    const { api, c } = t;
    const first = await toActive(api, c, 'Uppföljning: mötesplatser i Angered');
    await toActive(api, c, 'Uppföljning: läxhjälp i Angered');
    await toDialogue(api, c, 'Uppföljning: i dialog');
    await createCase(api, c, 'Uppföljning: nystartad');
    // A reserved notice of the body, and a small bidder it reaches.
    const rk = IopDemoUsers.civilRodaKorset.org;
    const profile = await c.rk.put(`/bidders/${rk}`, {
      name: 'Röda Korset Göteborg',
      description: 'Vi driver mötesplatser, samtalsgrupper och anhörigstöd för äldre och deras anhöriga i Göteborg.',
      cpv: ['85312400'],
      regions: ['SE232'],
      capacitySekPerYear: 5_000_000,
      staff: 40,
      disadvantagedShare: 0.1,
      ideburen: true,
      consortiumWilling: true,
      socialObjectives: [],
    });
    expect([200, 201], JSON.stringify(profile.body)).toContain(profile.status);
    const now = new Date((await api.anonymous().get('/dev/clock')).body.now);
    const notice = await c.procurement.post('/procurement/notices', {
      buyer: { orgId: body, unit: 'Västra Götalandsregionen, Koncernkontoret inköp' },
      title: 'Mötesplatser för äldre i Angered',
      description: 'Mötesplatser, samtalsgrupper och anhörigstöd för äldre personer och deras anhöriga i Angered. Verksamheten ska motverka ensamhet.',
      cpv: { main: '85312400', additional: [] },
      nuts: ['SE232'],
      estimatedValueSek: 1_000_000,
      durationMonths: 24,
      procedure: 'simplified',
      reservation: 'res-pub-ser',
      deadline: new Date(now.getTime() + 30 * 86_400_000).toISOString(),
    });
    expect(notice.status, JSON.stringify(notice.body)).toBe(201);
    await idle(api);

    const thisYear = now.getUTCFullYear();
    const started = performance.now();
    const answer = await c.ap.get(`/overview/${body}?year=${thisYear}`);
    const ms = performance.now() - started;
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    const o = answer.body as StaffOverview;
    const stored = await storedCasesOf(body);

    // IOPs by stage: the stored cases of the body, counted by their stage.
    for (const { stage, count } of o.iops.byStage) expect(count, stage).toBe(stored.filter((s) => s.stage === stage).length);
    expect(o.iops.total).toBe(stored.length);
    expect(o.iops.byStage.find((s) => s.stage === 'agreement')?.count).toBeGreaterThanOrEqual(2);
    // Procurement: the stored notices of the body this year; the reserved one; a small bidder reached.
    const notices = (await listNotices({ limit: 1000 })).filter((n) => n.publicBody === body && new Date(n.createdAt).getUTCFullYear() === thisYear);
    expect(o.procurement.notices).toBe(notices.length);
    expect(o.procurement.reserved25).toBe(notices.filter((n) => n.reservation === 'res-pub-ser').length);
    expect(o.procurement.reachingSmallBidders).toBeGreaterThanOrEqual(1);
    expect(o.procurement.reachingSmallBidders).toBeLessThanOrEqual(notices.length);
    console.info(`overview of ${stored.length} cases and ${notices.length} notices computed on request in ${Math.round(ms)} ms`);

    // Contributions of a year the agreements run through in full: the public parties' yearly money, summed.
    const inForce = stored.filter((s) => s.agreementInForce);
    const fullYear = Math.max(...inForce.map((s) => new Date(s.agreementInForce!.termStart).getUTCFullYear())) + 1;
    const next = (await c.ap.get(`/overview/${body}?year=${fullYear}`)).body as StaffOverview;
    const sumOf = (side: 'public' | 'civil', k: 'moneySekPerYear' | 'inKindSekPerYear') =>
      inForce.reduce((sum, s) => {
        const a = s.agreementInForce!;
        return sum + a.parties.filter((p) => p.side === side).reduce((x, p) => x + (a.contributions[p.orgId]?.[k] ?? 0), 0);
      }, 0);
    expect(next.contributions.find((y) => y.year === fullYear)).toEqual({
      year: fullYear,
      public: { moneySek: sumOf('public', 'moneySekPerYear'), inKindSek: sumOf('public', 'inKindSekPerYear') },
      civil: { moneySek: sumOf('civil', 'moneySekPerYear'), inKindSek: sumOf('civil', 'inKindSekPerYear') },
    });

    // A year on, the first review opens; its reports come in, and it is decided.
    await advance(api, 'P400D');
    await must(api, c.rk, first, reviewReport);
    await must(api, c.sm, first, reviewReport);
    await act(api, c.hc, first, { type: 'review-decision', decision: 'continue', motivation: 'Målen för året är nådda' });
    const afterReviews = await storedCasesOf(body);
    const reviewYear = new Date(
      afterReviews.find((s) => s.id === first)!.reviews[0]!.dueAt ?? afterReviews.find((s) => s.id === first)!.reviews[0]!.openedAt,
    ).getUTCFullYear();
    const r = (await c.hc.get(`/overview/${body}?year=${reviewYear}`)).body as StaffOverview;
    const reviewsOfYear = afterReviews.flatMap((s) => s.reviews).filter((x) => new Date(x.dueAt ?? x.openedAt).getUTCFullYear() === reviewYear);
    expect(r.reviews.done).toBe(reviewsOfYear.filter((x) => x.decision).length);
    expect(r.reviews.done + r.reviews.due + r.reviews.overdue).toBe(reviewsOfYear.filter((x) => x.decision || !x.closedAt).length);
    expect(r.outcomes.reportsSubmitted).toBe(reviewsOfYear.reduce((n, x) => n + x.reports.length, 0));
    expect(r.outcomes.reach).toBe(reviewsOfYear.reduce((n, x) => n + x.reports.reduce((m, y) => m + y.reach, 0), 0));
    expect(r.outcomes.reportsSubmitted).toBeGreaterThanOrEqual(2);

    // The CSV holds each table of the page, row for row.
    const csv = await c.hc.get(`/overview/${body}/overview.csv?year=${reviewYear}`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const rows = parseCsv(csv.body as string);
    for (const table of overviewTables(r, 'sv')) {
      const at = rows.findIndex((row) => row[0] === table.caption);
      expect(at, table.caption).toBeGreaterThan(0);
      expect(rows[at + 1]).toEqual(table.columns);
      expect(rows.slice(at + 2, at + 2 + table.rows.length)).toEqual(table.rows.map((row) => row.map((x) => (x === undefined ? '' : String(x)))));
    }
    // UTF-8 with a byte-order mark, so Excel shows å, ä and ö.
    const bytes = new Uint8Array(await (await fetch(`${api.runtime.url}/public/overview/${body}/overview.csv?year=${reviewYear}`)).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain('Årliga uppföljningar');
  }, 300_000);

  it('is not there for other bodies, nor for idéburna organisations (404)', async () => {
    const { api, c } = t;
    const stockholm = await api.as(RegistryDemoUsers.adminStockholm);
    const stockholmApprover = await api.as(IopDemoUsers.approverStockholm);
    for (const who of [stockholm, stockholmApprover]) {
      expect((await who.get(`/overview/${body}`)).status).toBe(404);
      expect((await who.get(`/overview/${body}/overview.csv`)).status).toBe(404);
    }
    expect((await c.rk.get(`/overview/${body}`)).status).toBe(403);
    expect((await api.anonymous().get(`/overview/${body}`)).status).toBe(401);
    expect((await api.anonymous().get('/public/overview/no-such-body')).status).toBe(404);
    expect((await api.anonymous().get(`/public/overview/${RegistryDemoUsers.adminStockholm.org}`)).status).toBe(200);
  });

  it('has a public version with the same figures and no people', async () => {
    const { api, c } = t;
    const year = new Date((await api.anonymous().get('/dev/clock')).body.now).getUTCFullYear();
    const staff = (await c.ap.get(`/overview/${body}?year=${year}`)).body as StaffOverview;
    const open = await api.anonymous().get(`/public/overview/${body}?year=${year}`);
    expect(open.status).toBe(200);
    expect({ ...open.body, computedAt: '', reviews: { ...open.body.reviews, lines: [] } }).toEqual({
      ...staff,
      computedAt: '',
      reviews: { ...staff.reviews, lines: [] },
    });
    const csv = (await api.anonymous().get(`/public/overview/${body}/overview.csv?year=${year}`)).body as string;
    const text = JSON.stringify(open.body) + csv;
    for (const person of peopleOf(await storedCasesOf(body))) expect(text.includes(person), person).toBe(false);
    expect(text).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
  });
});

describe('the public register', () => {
  it('lists the agreements in force with their money, follow-up and summary; filters hold; CSV and JSON have the same rows', async () => {
    const { api } = t;
    const all = (await api.anonymous().get('/public/register.json')).body as PublicRegisterPage;
    const stored = (await Promise.all(['agreement', 'review', 'dialogue', 'approval'].map((s) => iopStore.listByStage(s)))).flat().map((x) => x.state);
    const inForce = stored.filter((s) => s.agreementInForce);
    expect(all.agreements.map((a) => a.reference).sort()).toEqual(inForce.map((s) => s.reference).sort());
    expect(all.total).toBe(inForce.length);
    const one = all.agreements[0]!;
    expect(one.summary.sv.length).toBeGreaterThan(2);
    expect(one.publicMoneyPerYear.length).toBeGreaterThanOrEqual(5);

    const org = one.organisations[0]!.orgId;
    const filtered = (await api.anonymous().get(`/public/register.json?organisation=${org}&unit=${one.unit.orgId}&year=${one.publicMoneyPerYear[1]!.year}`))
      .body as PublicRegisterPage;
    expect(filtered.agreements.length).toBeGreaterThan(0);
    for (const a of filtered.agreements) expect(a.organisations.map((o) => o.orgId)).toContain(org);
    const searched = (await api.anonymous().get(`/public/register.json?q=${encodeURIComponent('läxhjälp')}`)).body as PublicRegisterPage;
    expect(searched.agreements.map((a) => a.title)).toEqual(all.agreements.filter((a) => a.title.toLowerCase().includes('läxhjälp')).map((a) => a.title));
    expect((await api.anonymous().get('/public/register.json?year=1999')).status).toBe(400);

    const csv = await api.anonymous().get('/public/register.csv');
    expect(csv.headers.get('content-disposition')).toContain('iop-register.csv');
    const rows = parseCsv(csv.body as string);
    const table = registerTable(all.agreements, 'sv');
    expect(rows[0]).toEqual(table.columns);
    expect(rows.slice(1)).toEqual(table.rows.map((row) => row.map((x) => (x === undefined ? '' : String(x)))));
    const text = JSON.stringify(all) + (csv.body as string);
    for (const person of peopleOf(stored)) expect(text.includes(person), person).toBe(false);
  });
});
