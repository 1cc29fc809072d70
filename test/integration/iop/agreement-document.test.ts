import { describe, expect, it } from 'vitest';
import { DefaultIopConfig, reviewSlots } from '../../../shared/iop/domain/index.js';
import { IopDemoUsers } from '../../../local/seed/iop-seed.js';
import { pdfText } from '../../support/pdf-text.js';
import { advance, approveBody, must, reviewReport, toActive, toApproval, useIopRuntime } from './iop-http.js';

/**
 * The agreement as a document over HTTP: the parties read it (and its PDF)
 * before they sign, the signed version names its signatures, an amendment
 * after a review makes version 2 with what changed, and the review's report
 * stays readable. Nobody outside the case learns it exists.
 */
const t = useIopRuntime();

/** The PDF as bytes (the test callers read answers as text). */
async function pdf(user: (typeof IopDemoUsers)[keyof typeof IopDemoUsers], path: string) {
  const token = await t.api.runtime.token({ sub: user.sub, name: user.name, role: user.role, org: user.org });
  const res = await fetch(`${t.api.runtime.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, headers: res.headers, bytes: new Uint8Array(await res.arrayBuffer()) };
}

const daysUntil = async (iso: string) => Math.ceil((Date.parse(iso) - Date.parse((await t.api.anonymous().get('/dev/clock')).body.now)) / 86_400_000);

describe('the agreement document', () => {
  it('is readable by the parties before they sign, as a page and as a PDF, and by nobody outside the case', async () => {
    const { api, c } = t;
    const id = await toApproval(api, c, 'Dokumentet före underskrift');
    // Before the decision there is no agreement to read.
    expect((await c.rk.get(`/iop/cases/${id}/agreement`)).status).toBe(404);
    await must(api, c.ap, id, approveBody);

    const doc = await c.rk.get(`/iop/cases/${id}/agreement`);
    expect(doc.status).toBe(200);
    expect(doc.body).toMatchObject({ version: 1, state: 'awaiting-signatures', lang: 'sv', pdfPath: `/iop/cases/${id}/agreement.pdf?version=1&lang=sv` });
    expect(doc.body.summary[0]).toMatch(/^Det här är en överenskommelse mellan /);
    expect(doc.body.sections.map((s: { id: string }) => s.id)).toEqual([
      'parties',
      'purpose',
      'activities',
      'contributions',
      'budget',
      'governance',
      'followUp',
      'term',
      'notice',
      'amendment',
      'dispute',
    ]);
    expect(doc.body.signatures.every((s: { signed: boolean }) => !s.signed)).toBe(true);
    const en = await c.hc.get(`/iop/cases/${id}/agreement?lang=en`);
    expect(en.body.summary[0]).toMatch(/^This is an agreement between /);

    const file = await pdf(IopDemoUsers.civilGoteborgsStadsmission, doc.body.pdfPath);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    const reference = doc.body.reference as string;
    expect(file.headers.get('content-disposition')).toBe(`attachment; filename="${reference}-overenskommelse-version-1.pdf"`);
    const text = pdfText(file.bytes);
    expect(text).toContain('Version 1');
    for (const s of doc.body.signatures as { organisation: string }[]) expect(text).toContain(s.organisation);

    // The public body's staff read it; outsiders, another unit and procurement staff get the 404 of a case that does not exist.
    expect((await c.ap.get(`/iop/cases/${id}/agreement`)).status).toBe(200);
    expect((await c.admin.get(`/iop/cases/${id}/agreement`)).status).toBe(200);
    for (const who of [c.outsider, c.otherUnit, c.procurement]) {
      expect((await who.get(`/iop/cases/${id}/agreement`)).status).toBe(404);
      expect((await who.get(`/iop/cases/${id}/agreement.pdf`)).status).toBe(404);
    }
    expect((await pdf(IopDemoUsers.civilRsmh, `/iop/cases/${id}/agreement.pdf`)).status).toBe(404);
    expect((await c.rk.get(`/iop/cases/${id}/agreement?version=7`)).status).toBe(404);
    expect((await c.rk.get(`/iop/cases/${id}/agreement?lang=de`)).status).toBe(400);
  }, 120_000);

  it('names who signed the version in force, and after an amendment has version 2 with what changed', async () => {
    const { api, c } = t;
    const id = await toActive(api, c, 'Dokumentet efter ändring');
    const signed = await c.hc.get(`/iop/cases/${id}/agreement`);
    expect(signed.body).toMatchObject({ version: 1, state: 'in-force' });
    const lines = signed.body.signatures.map((s: { line: string }) => s.line);
    expect(lines[0]).toMatch(new RegExp(`^Undertecknad av ${IopDemoUsers.healthcareAngered.name} för .+ \\(version 1\\)\\.$`));
    expect(signed.body.signatures.every((s: { signed: boolean; version: number }) => s.signed && s.version === 1)).toBe(true);
    const signedPdf = pdfText((await pdf(IopDemoUsers.healthcareAngered, `/iop/cases/${id}/agreement.pdf`)).bytes);
    expect(signedPdf).toContain(`Undertecknad av ${IopDemoUsers.civilRodaKorset.name}`);

    // The first review: the parties report, take positions, and decide to amend.
    const { agreementInForce } = (await c.hc.get(`/iop/cases/${id}`)).body;
    const [first] = reviewSlots(agreementInForce, DefaultIopConfig);
    await advance(api, `P${(await daysUntil(first!.at)) + 1}D`);
    await must(api, c.rk, id, reviewReport);
    await must(api, c.sm, id, reviewReport);
    await must(api, c.rk, id, { type: 'record-review-position', position: 'revise', statement: 'Fler träffar behövs' });
    // The decision is recorded only after every party was heard.
    await must(api, c.sm, id, { type: 'record-review-position', position: 'revise', statement: 'Vi håller med' });
    await must(api, c.hc, id, { type: 'record-review-position', position: 'revise', statement: 'Vi ändrar gärna' });
    await must(api, c.hc, id, { type: 'review-decision', decision: 'revise', motivation: 'Fler träffar' });

    // The review's report stays readable after it was submitted and decided, organisations by name.
    const report = await c.sm.get(`/iop/cases/${id}/reviews/1`);
    expect(report.status).toBe(200);
    expect(report.body.reports).toHaveLength(2);
    expect(report.body.reports.map((r: { organisation: string }) => r.organisation)).not.toContain(IopDemoUsers.civilRodaKorset.org);
    expect(report.body.positions[0]).toMatchObject({ position: 'revise', statement: 'Fler träffar behövs', positionText: { sv: 'Ändra överenskommelsen' } });
    expect(report.body.decision).toMatchObject({ decision: 'revise', motivation: 'Fler träffar' });
    expect((await c.outsider.get(`/iop/cases/${id}/reviews/1`)).status).toBe(404);
    expect((await c.sm.get(`/iop/cases/${id}/reviews/9`)).status).toBe(404);

    // The amendment: a new budget, consented, approved and signed.
    await must(api, c.hc, id, { type: 'revise-draft', changes: { budgetPerYearSek: 2_400_000 } });
    const { draft } = (await c.hc.get(`/iop/cases/${id}`)).body;
    for (const who of [c.hc, c.rk, c.sm]) await must(api, who, id, { type: 'consent', draftVersion: draft.version });
    await must(api, c.hc, id, { type: 'request-decision' });
    await must(api, c.ap, id, approveBody);
    const awaiting = await c.rk.get(`/iop/cases/${id}/agreement`);
    expect(awaiting.body).toMatchObject({ version: 2, state: 'awaiting-signatures' });
    expect(awaiting.body.versions).toEqual([
      { version: 1, state: 'in-force', stateText: 'Gäller' },
      { version: 2, state: 'awaiting-signatures', stateText: 'Väntar på underskrifter' },
    ]);
    for (const who of [c.hc, c.rk, c.sm]) await must(api, who, id, { type: 'sign' });

    const v2 = await c.rk.get(`/iop/cases/${id}/agreement`);
    expect(v2.body).toMatchObject({ version: 2, state: 'in-force' });
    expect(v2.body.changes).toMatchObject({ since: 1, items: [{ field: 'budgetPerYearSek', after: '2\u00a0400\u00a0000\u00a0kr' }] });
    const v1 = await c.rk.get(`/iop/cases/${id}/agreement?version=1`);
    expect(v1.body).toMatchObject({ version: 1, state: 'superseded' });
    expect(v1.body.changes).toBeUndefined();
    const file = await pdf(IopDemoUsers.civilRodaKorset, `/iop/cases/${id}/agreement.pdf?version=2&lang=en`);
    expect(file.headers.get('content-disposition')).toBe(`attachment; filename="${v2.body.reference}-agreement-version-2.pdf"`);
    const text = pdfText(file.bytes);
    expect(text).toContain('Version 2');
    expect(text).toContain('What changed since version 1');
  }, 240_000);
});
