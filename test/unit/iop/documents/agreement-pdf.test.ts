import { describe, expect, it } from 'vitest';
import { PDFDocument } from '@cantoo/pdf-lib';
import { agreementDocument } from '../../../../shared/iop/documents/agreement-document.js';
import { agreementPdf, agreementPdfFileName } from '../../../../shared/iop/documents/pdf/agreement-pdf.js';
import { applyAction } from '../../../../shared/iop/domain/index.js';
import { pdfText } from '../../../support/pdf-text.js';
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

  it('gets a file name with the case and the version', () => {
    expect(agreementPdfFileName(doc('sv'))).toBe(`${state.reference}-overenskommelse-version-1.pdf`);
    expect(agreementPdfFileName(doc('en'))).toBe(`${state.reference}-agreement-version-1.pdf`);
  });
});
