import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber } from '@cantoo/pdf-lib';
import { FirstCode, HelveticaBoldWidths, HelveticaWidths } from '../../../../../shared/iop/documents/pdf/helvetica-metrics.js';
import { literalString, PageContent, rgb } from '../../../../../shared/iop/documents/pdf/page-content.js';
import { pdfDate, textString, writePdf } from '../../../../../shared/iop/documents/pdf/pdf-writer.js';
import { Helvetica, HelveticaBold } from '../../../../../shared/iop/documents/pdf/standard-fonts.js';
import { pdfPageRuns, pdfText } from '../../../../support/pdf-text.js';

const A4: [number, number] = [595.28, 841.89];
const black = rgb(0, 0, 0);

/** A small file: `count` pages, each with a line of text in each font and a rule. */
function samplePdf(count: number, title = 'Sample', texts: readonly string[] = []): Buffer {
  const pages = Array.from({ length: count }, (_, i) => {
    const content = new PageContent();
    content.text(`Page ${i + 1}`, { x: 56, y: 780, size: 12, font: HelveticaBold, color: black });
    for (const [n, text] of texts.entries()) content.text(text, { x: 56, y: 760 - 14 * n, size: 10, font: Helvetica, color: rgb(0.35, 0.35, 0.35) });
    content.line({ x: 56, y: 700 }, { x: 539.28, y: 700 }, 0.4, black);
    return { size: A4, content };
  });
  return Buffer.from(writePdf(pages, { title, subject: 'Ämne', lang: 'sv-SE', producer: 'test', created: new Date('2026-12-01T09:30:05Z') }));
}

/** The cross-reference table: the byte offset of each object, by number. */
function xrefOffsets(file: Buffer): { size: number; offsets: number[] } {
  const raw = file.toString('latin1');
  const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(raw)![1]);
  expect(raw.slice(startxref, startxref + 5)).toBe('xref\n');
  const [, first, count] = /^xref\n(\d+) (\d+)\n/.exec(raw.slice(startxref))!;
  expect(first).toBe('0');
  const table = startxref + raw.slice(startxref).indexOf('\n', 5) + 1;
  const entries = Array.from({ length: Number(count) }, (_, i) => raw.slice(table + 20 * i, table + 20 * (i + 1)));
  expect(entries[0]).toBe('0000000000 65535 f\r\n');
  for (const entry of entries.slice(1)) expect(entry).toMatch(/^\d{10} 00000 n\r\n$/);
  expect(raw.slice(table + 20 * entries.length)).toMatch(/^trailer\n/);
  return { size: Number(/\/Size (\d+)/.exec(raw.slice(table))![1]), offsets: entries.map((e) => Number(e.slice(0, 10))) };
}

describe('the PDF writer', () => {
  it('writes a cross-reference table whose every offset is where its object starts', () => {
    const file = samplePdf(3);
    const raw = file.toString('latin1');
    const { size, offsets } = xrefOffsets(file);
    // Catalog, page tree, info, two fonts, and a page and its content per page.
    expect(size).toBe(1 + 5 + 2 * 3);
    expect(offsets).toHaveLength(size);
    for (const [ref, offset] of offsets.entries()) {
      if (ref > 0) expect(raw.slice(offset, offset + 12), `object ${ref}`).toMatch(new RegExp(`^${ref} 0 obj\\n`));
    }
    // And nothing else in the file is an object: every "N 0 obj" is in the table.
    expect([...raw.matchAll(/(?<=^|\n)(\d+) 0 obj\n/g)].map((m) => m.index)).toEqual(offsets.slice(1));
  });

  it('gives every stream its exact length and compresses it with Flate', () => {
    const file = samplePdf(2, 'Sample', ['Unique words in the stream']);
    const raw = file.toString('latin1');
    const streams = [...raw.matchAll(/<< \/Length (\d+) \/Filter \/FlateDecode >>\nstream\n/g)];
    expect(streams).toHaveLength(2);
    for (const m of streams) {
      const start = m.index + m[0].length;
      const length = Number(m[1]);
      expect(raw.slice(start + length, start + length + 18)).toBe('\nendstream\nendobj\n');
      expect(inflateSync(file.subarray(start, start + length)).toString('latin1')).toContain('(Unique words in the stream) Tj');
    }
    expect(raw).not.toContain('Unique words');
  });

  it('is read by pdf-lib with invalid objects refused: pages, A4 media box, the standard fonts in WinAnsi with their widths and no font file', async () => {
    const pdf = await PDFDocument.load(samplePdf(2), { throwOnInvalidObject: true, updateMetadata: false });
    expect(pdf.getPageCount()).toBe(2);
    for (const page of pdf.getPages()) {
      expect(page.getMediaBox()).toEqual({ x: 0, y: 0, width: A4[0], height: A4[1] });
      const fonts = page.node.Resources()!.lookup(PDFName.of('Font'), PDFDict);
      const described = fonts.keys().map((key) => {
        const font = fonts.lookup(key, PDFDict);
        return [
          font.get(PDFName.of('Subtype')),
          font.get(PDFName.of('BaseFont')),
          font.get(PDFName.of('Encoding')),
          font.has(PDFName.of('FontDescriptor')),
        ].map(String);
      });
      expect(described).toEqual([
        ['/Type1', '/Helvetica', '/WinAnsiEncoding', 'false'],
        ['/Type1', '/Helvetica-Bold', '/WinAnsiEncoding', 'false'],
      ]);
      // The widths the lines were laid out with, so that a reader drawing a substitute font spaces it as Helvetica.
      const widths = fonts.keys().map((key) => {
        const font = fonts.lookup(key, PDFDict);
        const first = font.lookup(PDFName.of('FirstChar'), PDFNumber).asNumber();
        const last = font.lookup(PDFName.of('LastChar'), PDFNumber).asNumber();
        const table = font
          .lookup(PDFName.of('Widths'), PDFArray)
          .asArray()
          .map((w) => (w as PDFNumber).asNumber());
        return { first, last, table };
      });
      expect(widths).toEqual([
        { first: FirstCode, last: 255, table: HelveticaWidths },
        { first: FirstCode, last: 255, table: HelveticaBoldWidths },
      ]);
    }
    expect(pdf.catalog.get(PDFName.of('Lang'))?.toString()).toBe('(sv-SE)');
  });

  it('keeps a title of any characters exactly, as UTF-16, and writes the dates in PDF form', async () => {
    const title = 'Avtal – 1\u202f000 kr − Ω (version 2) 😀';
    const pdf = await PDFDocument.load(samplePdf(1, title), { updateMetadata: false });
    expect(pdf.getTitle()).toBe(title);
    expect(pdf.getSubject()).toBe('Ämne');
    expect(pdf.getProducer()).toBe('test');
    expect(pdf.getCreationDate()?.toISOString()).toBe('2026-12-01T09:30:05.000Z');
    expect(textString('Å😀')).toBe('<FEFF00C5D83DDE00>');
    expect(pdfDate(new Date('2027-01-31T23:59:59.999Z'))).toBe('(D:20270131235959Z)');
  });

  it('escapes parentheses and backslashes in the strings it shows', async () => {
    const texts = ['a (b) c', 'only a closing one)', 'back\\slash \\(', '((('];
    const file = samplePdf(1, 'Sample', texts);
    expect(literalString(Buffer.from('a (b) \\ c\r', 'latin1'))).toBe('(a \\(b\\) \\\\ c\\r)');
    expect(pdfText(file).split('\n')).toEqual(['Page 1', ...texts]);
    expect((await pdfPageRuns(file))[0]!.map((r) => r.text)).toEqual(['Page 1', ...texts]);
  });

  it('refuses a font the file does not carry, and a file without pages', () => {
    const content = new PageContent();
    expect(() => content.text('x', { x: 0, y: 0, size: 10, font: { ...Helvetica }, color: black })).toThrow(/not one of the document's fonts/);
    expect(() => writePdf([], { title: 'x', producer: 'test', created: new Date(0) })).toThrow(/at least one page/);
  });
});
