import { describe, expect, it } from 'vitest';
import { PDFDocument } from '@cantoo/pdf-lib';
import { agreementDocument } from '../../../../shared/iop/documents/agreement-document.js';
import { agreementPdf, agreementPdfFileName } from '../../../../shared/iop/documents/pdf/agreement-pdf.js';
import { applyAction } from '../../../../shared/iop/domain/index.js';
import { Helvetica, widthOfText } from '../../../../shared/iop/documents/pdf/standard-fonts.js';
import { pdfPageRuns, pdfText } from '../../../support/pdf-text.js';
import { config, inAgreement, later, users } from '../fixtures.js';

describe('the agreement PDF', () => {
  const state = applyAction(inAgreement(), { type: 'sign' }, users.healthcare, later(1), config).state;
  const doc = (lang: 'sv' | 'en') =>
    agreementDocument(
      {
        caseId: state.id,
        reference: state.reference,
        agreement: state.agreement!,
        state: 'awaiting-signatures',
        signerNames: { [users.healthcare.org]: 'Åsa Öberg-Élan' },
      },
      lang,
    );

  it('is a PDF that names the version and the parties, with Swedish characters intact', async () => {
    const bytes = await agreementPdf(doc('sv'));
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const text = pdfText(bytes);
    expect(text).toContain('Version 1');
    for (const p of state.agreement!.parties) expect(text).toContain(p.name);
    expect(text).toContain('Överenskommelse om idéburet offentligt partnerskap');
    expect(text).toContain('Undertecknad av Åsa Öberg-Élan');
    expect(text).toContain('Sammanfattning på lätt svenska');
    // The document's every section heading is in it, in order.
    const at = doc('sv').sections.map((s) => text.indexOf(s.heading));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('carries its title with the case and version, and opens again', async () => {
    const loaded = await PDFDocument.load(await agreementPdf(doc('en')));
    expect(loaded.getTitle()).toBe(`${state.agreement!.title} – ${state.reference} – Version 1`);
    expect(loaded.getPageCount()).toBeGreaterThanOrEqual(1);
  });

  // A4 less the 56 pt margins: the widest a line of the body may be.
  const A4 = { width: 595.28, height: 841.89 };
  const margin = 56;
  const column = A4.width - 2 * margin;

  it('runs over as many pages as it needs, each with the footer naming the case and the version', async () => {
    const sv = doc('sv');
    const long = { ...sv, sections: [...sv.sections, ...sv.sections, ...sv.sections] };
    const pages = await pdfPageRuns(await agreementPdf(long));
    expect(pages.length).toBeGreaterThan((await pdfPageRuns(await agreementPdf(sv))).length);
    const footer = `${sv.reference} · ${sv.title} · ${sv.versionText} · ${sv.stateText}`;
    for (const [i, runs] of pages.entries()) {
      expect(
        runs.filter((r) => r.text === footer).map((r) => [r.x, r.y, r.size]),
        `page ${i + 1}`,
      ).toEqual([[margin, margin / 2, 8]]);
      // The body stays between the margins, clear of the footer.
      const body = runs.filter((r) => r.text !== footer);
      expect(body.length, `page ${i + 1}`).toBeGreaterThan(0);
      for (const r of body) expect(r.y, r.text).toBeGreaterThanOrEqual(margin);
      for (const r of body) expect(r.y, r.text).toBeLessThan(A4.height - margin);
    }
    // Every section heading, all three times, in order across the pages.
    const headings = pages.flat().filter((r) => sv.sections.some((s) => s.heading === r.text));
    expect(headings.map((r) => r.text)).toEqual(long.sections.map((s) => s.heading));
  });

  it('draws no line of the body wider than its column, measured as it is drawn', async () => {
    for (const lang of ['sv', 'en'] as const) {
      const runs = (await pdfPageRuns(await agreementPdf(doc(lang)))).flat().filter((r) => r.font === 'Helvetica' && r.size === 10.5);
      expect(runs.length).toBeGreaterThan(10);
      for (const r of runs) expect(widthOfText(Helvetica, r.text, r.size), r.text).toBeLessThanOrEqual(column - (r.x - margin));
    }
  });

  it('cuts a word longer than a line into pieces that each fit, as long as they can be', async () => {
    const word = 'Överenskommelseomidéburetoffentligtpartnerskap'.repeat(5);
    const sv = doc('sv');
    const withWord = { ...sv, sections: [{ ...sv.sections[0]!, paragraphs: [`Före ${word} efter`] }] };
    const runs = (await pdfPageRuns(await agreementPdf(withWord))).flat();
    const first = runs.findIndex((r) => r.text === 'Före');
    const last = runs.findIndex((r) => r.text.endsWith('efter'));
    expect(first).toBeGreaterThanOrEqual(0);
    // The pieces, then "efter" on the last piece's line or on a line of its own.
    const pieces = runs
      .slice(first + 1, last + 1)
      .map((r) => r.text.replace(/ ?efter$/, ''))
      .filter((piece) => piece !== '');
    expect(pieces.length).toBeGreaterThan(2);
    expect(pieces.join('')).toBe(word);
    for (const [i, piece] of pieces.entries()) {
      expect(widthOfText(Helvetica, piece, 10.5)).toBeLessThanOrEqual(column);
      // Greedy: one more letter would not have fitted.
      if (i < pieces.length - 1) expect(widthOfText(Helvetica, piece + pieces[i + 1]![0], 10.5)).toBeGreaterThan(column);
    }
  });

  it('shows parentheses, backslashes and typographic marks as written, and a narrow no-break space as a no-break space', async () => {
    const sv = doc('sv');
    const paragraph = 'Parter (båda) – “citat” \\ snedstreck … 1\u202f000\u00a0kr € (';
    const text = pdfText(await agreementPdf({ ...sv, sections: [{ ...sv.sections[0]!, paragraphs: [paragraph] }] }));
    expect(text).toContain(paragraph.replace('\u202f', '\u00a0'));
  });

  it('gets a file name with the case and the version', () => {
    expect(agreementPdfFileName(doc('sv'))).toBe(`${state.reference}-overenskommelse-version-1.pdf`);
    expect(agreementPdfFileName(doc('en'))).toBe(`${state.reference}-agreement-version-1.pdf`);
  });
});
