import { describe, expect, it } from 'vitest';
import { applyAction, openReview, scheduleReviews, type IopAction, type IopCase } from '../../../../shared/iop/domain/index.js';
import { agreementDocument, agreementYears, SectionIds, signatureLine } from '../../../../shared/iop/documents/agreement-document.js';
import { agreementSummary, SummaryPatterns, summarySentences } from '../../../../shared/iop/documents/agreement-summary.js';
import { agreementVersions } from '../../../../shared/iop/documents/agreement-versions.js';
import { agreementChanges } from '../../../../shared/iop/documents/agreement-changes.js';
import { kronor, lastDayOf, longDate } from '../../../../shared/iop/documents/document-language.js';
import { active, approve, config, hearEveryone, inAgreement, later, partyUsers, t0, users } from '../fixtures.js';

const nbsp = '\u00a0';
const act = (s: IopCase, a: IopAction, who: (typeof users)[keyof typeof users], now: Date) => applyAction(s, a, who, now, config).state;
const report = { type: 'submit-review-report', activities: 'Gruppträffar', reach: 100, outcomes: 'Mål nådda', moneyUsedSek: 1, inKindUsedSek: 1 } as const;

/** The fixture's agreement in force, reviewed after a year and revised: the budget and notice period change, and every party signs version 2. */
function amended(): IopCase {
  const now = later(400);
  let s = openReview(scheduleReviews(active(), t0, config).state, { reviewNumber: 1, final: false }, now, config).state;
  s = act(act(s, report, users.redCross, now), report, users.stadsmission, now);
  s = hearEveryone(s, now);
  s = act(s, { type: 'review-decision', decision: 'revise', motivation: 'Fler träffar' }, users.healthcare, now);
  s = act(s, { type: 'revise-draft', changes: { budgetPerYearSek: 2_400_000, noticeMonths: 6 } }, users.healthcare, now);
  for (const u of partyUsers) s = act(s, { type: 'consent', draftVersion: s.draft.version }, u, now);
  s = act(s, { type: 'request-decision' }, users.healthcare, now);
  s = act(s, approve, users.approver, now);
  for (const u of partyUsers) s = act(s, { type: 'sign' }, u, now);
  return s;
}

describe('the Swedish and English ways of writing', () => {
  it('writes kronor with Swedish thousands separators and dates in words', () => {
    expect(kronor(1_250_000, 'sv')).toBe(`1${nbsp}250${nbsp}000${nbsp}kr`);
    expect(kronor(1_250_000, 'en')).toBe(`SEK${nbsp}1,250,000`);
    expect(longDate('2027-03-01T00:00:00.000Z', 'sv')).toBe('1 mars 2027');
    expect(longDate('2027-03-01T00:00:00.000Z', 'en')).toBe('1 March 2027');
    expect(lastDayOf('2032-01-01T00:00:00.000Z')).toBe('2031-12-31T00:00:00.000Z');
  });

  it('splits the term into agreement years, the last one shorter when the term is', () => {
    const years = agreementYears('2027-01-01T00:00:00.000Z', '2029-07-01T00:00:00.000Z');
    expect(years.map((y) => [y.n, y.from.slice(0, 10), y.to.slice(0, 10), y.months])).toEqual([
      [1, '2027-01-01', '2027-12-31', 12],
      [2, '2028-01-01', '2028-12-31', 12],
      [3, '2029-01-01', '2029-06-30', 6],
    ]);
  });
});

describe('the agreement document', () => {
  const state = inAgreement();
  const agreement = state.agreement!;
  const doc = (lang: 'sv' | 'en') => agreementDocument({ caseId: state.id, reference: state.reference, agreement, state: 'awaiting-signatures' }, lang);

  it('has the sections of the agreement in order, written from the consented draft', () => {
    const sv = doc('sv');
    expect(sv.sections.map((s) => s.id)).toEqual([...SectionIds]);
    expect(sv.version).toBe(1);
    expect(sv.basedOnDraftVersion).toBe(state.draft.version);
    const text = JSON.stringify(sv);
    for (const p of agreement.parties) expect(text).toContain(p.name);
    expect(text).toContain(agreement.purpose);
    for (const a of agreement.activities) expect(sv.sections.find((s) => s.id === 'activities')!.list).toContain(a);
    expect(text).toContain(kronor(agreement.budgetPerYearSek, 'sv'));
    expect(sv.sections.find((s) => s.id === 'term')!.paragraphs[0]).toBe(
      `Överenskommelsen gäller från och med ${longDate(agreement.termStart, 'sv')} till och med ${longDate(lastDayOf(agreement.termEnd), 'sv')}.`,
    );
    expect(sv.sections.find((s) => s.id === 'notice')!.paragraphs[0]).toContain(`${agreement.noticeMonths} månader`);
    expect(sv.sections.find((s) => s.id === 'governance')!.paragraphs.join(' ')).toContain('självständighet och oberoende');
    expect(sv.sections.find((s) => s.id === 'dispute')!.paragraphs[0]).toBe(agreement.disputeClause.sv);
  });

  it('sums each party’s contributions per year in a table with a total', () => {
    const table = doc('sv').sections.find((s) => s.id === 'contributions')!.table!;
    expect(table.rows).toHaveLength(agreement.parties.length + 1);
    const total = agreement.parties.reduce(
      (n, p) => n + agreement.contributions[p.orgId]!.moneySekPerYear + agreement.contributions[p.orgId]!.inKindSekPerYear,
      0,
    );
    expect(table.rows.at(-1)!.at(-1)).toBe(kronor(total, 'sv'));
  });

  it('has an English version with the same structure and the English clauses', () => {
    const en = doc('en');
    expect(en.sections.map((s) => s.id)).toEqual(doc('sv').sections.map((s) => s.id));
    expect(en.heading).toContain('Agreement');
    expect(en.sections.find((s) => s.id === 'amendment')!.paragraphs[0]).toBe(agreement.amendmentClause.en);
  });

  it('shows who has signed which version, and who has not yet', () => {
    const oneSigned = act(state, { type: 'sign' }, users.healthcare, later(1));
    const d = agreementDocument(
      {
        caseId: state.id,
        reference: state.reference,
        agreement: oneSigned.agreement!,
        state: 'awaiting-signatures',
        signerNames: { [users.healthcare.org]: 'Anna Andersson' },
      },
      'sv',
    );
    const lines = d.signatures.map((s) => signatureLine(s, 'sv'));
    const unit = agreement.parties.find((p) => p.orgId === users.healthcare.org)!.name;
    expect(lines[0]).toBe(`Undertecknad av Anna Andersson för ${unit} den ${longDate(later(1).toISOString(), 'sv')} (version 1).`);
    expect(lines.slice(1).every((l) => l.includes('har ännu inte undertecknat version 1'))).toBe(true);
  });
});

describe('the plain-language summary', () => {
  const agreement = inAgreement().agreement!;

  it('says who takes part, what they do, who pays what, for how long and how it ends', () => {
    const s = agreementSummary(agreement, 'sv');
    expect(s[0]).toBe(
      `Det här är en överenskommelse mellan ${agreement.parties
        .map((p) => p.name)
        .slice(0, -1)
        .join(', ')} och ${agreement.parties.at(-1)!.name}.`,
    );
    for (const p of agreement.parties) expect(s.some((line) => line.startsWith(`${p.name} bidrar`))).toBe(true);
    expect(s).toContain(`Hela budgeten är ${kronor(agreement.budgetPerYearSek, 'sv')} om året.`);
    expect(s).toContain(`Överenskommelsen gäller från ${longDate(agreement.termStart, 'sv')} till och med ${longDate(lastDayOf(agreement.termEnd), 'sv')}.`);
    expect(s).toContain(`Efter uppsägningen gäller den i ${agreement.noticeMonths} månader till.`);
    expect(agreementSummary(agreement, 'en')).toContain(`After the notice it runs for ${agreement.noticeMonths} months more.`);
  });

  it('contains no text that is not its fixed patterns or the agreement’s own data', () => {
    const data = [
      ...agreement.parties.map((p) => p.name),
      agreement.purpose,
      agreement.targetGroup,
      ...agreement.activities,
      ...Object.values(agreement.contributions).flatMap((c) => [c.moneySekPerYear, c.inKindSekPerYear]),
      agreement.budgetPerYearSek,
      agreement.noticeMonths,
      agreement.termStart,
      lastDayOf(agreement.termEnd),
    ];
    for (const lang of ['sv', 'en'] as const) {
      const written = new Set(data.flatMap((d) => (typeof d === 'number' ? [kronor(d, lang), String(d)] : [d, longDate(d, lang)])));
      for (const s of summarySentences(agreement, lang)) {
        // The sentence is its pattern with the slots filled…
        const pattern: string = SummaryPatterns[lang][s.pattern];
        expect(pattern.replace(/\{(\w+)\}/g, (_, k: string) => s.values[k] ?? '?')).toBe(s.text);
        // …and every slot holds data of the agreement (a list of names or activities is made of data).
        for (const value of Object.values(s.values)) {
          const parts = value
            .replace(/\.$/, '')
            .split(/, | och | and /)
            .map((part) => part.replace(/ (månader|månad|months|month)$/, ''));
          for (const part of parts) {
            const known = [...written].some((w) => w.includes(part));
            expect(known, `"${part}" in ${s.pattern} is not from the agreement`).toBe(true);
          }
        }
      }
    }
  });

  it('follows the data: another budget and notice period give other sentences', () => {
    const changed = { ...agreement, budgetPerYearSek: 123_456, noticeMonths: 1 };
    const s = agreementSummary(changed, 'sv');
    expect(s).toContain(`Hela budgeten är 123${nbsp}456${nbsp}kr om året.`);
    expect(s).toContain('Efter uppsägningen gäller den i 1 månad till.');
    expect(s).not.toContain(`Hela budgeten är ${kronor(agreement.budgetPerYearSek, 'sv')} om året.`);
  });
});

describe('versions after an amendment', () => {
  it('keeps the signed version 1 and makes version 2 with what the amendment changed', () => {
    const s = amended();
    const versions = agreementVersions(s);
    expect(versions.map((v) => [v.agreement.version, v.state])).toEqual([
      [1, 'superseded'],
      [2, 'in-force'],
    ]);
    const v2 = versions[1]!;
    expect(v2.previous?.version).toBe(1);
    const d = agreementDocument({ caseId: s.id, reference: s.reference, agreement: v2.agreement, previous: v2.previous, state: v2.state }, 'sv');
    expect(d.changes?.since).toBe(1);
    expect(d.changes?.items.map((c) => c.field)).toEqual(['budgetPerYearSek', 'noticeMonths']);
    expect(d.changes?.items[0]).toMatchObject({ before: kronor(v2.previous!.budgetPerYearSek, 'sv'), after: `2${nbsp}400${nbsp}000${nbsp}kr` });
    expect(d.changes?.items[1]).toMatchObject({ label: 'Uppsägningstid', after: '6 månader' });
    // The term an amendment keeps is not a change.
    expect(v2.agreement.termStart).toBe(v2.previous!.termStart);
  });

  it('while the amendment awaits signatures, version 1 is in force and version 2 awaits', () => {
    const s = amended();
    const mid: IopCase = { ...s, agreement: { ...s.agreement!, signatures: {} }, agreementInForce: s.agreementHistory![0]! };
    expect(agreementVersions(mid).map((v) => [v.agreement.version, v.state])).toEqual([
      [1, 'in-force'],
      [2, 'awaiting-signatures'],
    ]);
  });

  it('finds nothing changed between a version and itself', () => {
    const a = active().agreementInForce!;
    expect(agreementChanges(a, a, 'en')).toEqual([]);
    expect(agreementChanges(a, { ...a, activities: [...a.activities, 'Läxhjälp'] }, 'en')).toMatchObject([{ field: 'activities', label: 'Activities' }]);
  });
});
