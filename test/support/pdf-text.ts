import { inflateSync } from 'node:zlib';
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream } from '@cantoo/pdf-lib';

const winAnsi = new TextDecoder('windows-1252');

/** A string operand of Tj, hex or literal, as the text it shows in WinAnsi. */
function shownString(token: string): string {
  const bytes = token.startsWith('<')
    ? Buffer.from(token.slice(1, -1).replace(/\s/g, ''), 'hex')
    : Buffer.from(token.slice(1, -1).replace(/\\([()\\])/g, '$1'), 'latin1');
  return winAnsi.decode(bytes);
}

const StringShown = /(<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\))\s*Tj/g;

/**
 * The text a PDF draws, for tests: every content stream (inflated when it is
 * Flate-encoded), every string shown with Tj, decoded as WinAnsi (the
 * encoding of the standard fonts). Enough for the documents this product
 * writes; not a general PDF reader.
 */
export function pdfText(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes);
  const raw = buffer.toString('latin1');
  const lines: string[] = [];
  const streams = /<<([\s\S]*?)>>\s*stream\r?\n/g;
  for (let m = streams.exec(raw); m; m = streams.exec(raw)) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    let data = buffer.subarray(start, end);
    if (/\/FlateDecode/.test(m[1]!)) {
      try {
        data = inflateSync(data);
      } catch {
        continue; // not a content stream we can read (e.g. a truncated one)
      }
    }
    const content = data.toString('latin1');
    for (const s of content.matchAll(StringShown)) lines.push(shownString(s[1]!));
  }
  return lines.join('\n');
}

/** One string a page shows: where its baseline starts, in which font and size. */
export interface TextRun {
  readonly x: number;
  readonly y: number;
  /** The font's /BaseFont, e.g. Helvetica-Bold. */
  readonly font: string;
  readonly size: number;
  readonly text: string;
}

/**
 * The strings each page shows, page by page in the page tree's order, read
 * with pdf-lib: the font of each from the page's resources, its position from
 * the Td or Tm before it (text placed one string per BT block, as the
 * product's documents are).
 */
export async function pdfPageRuns(bytes: Uint8Array): Promise<TextRun[][]> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  return pdf.getPages().map((page) => {
    const fonts = page.node.Resources()?.lookup(PDFName.of('Font'), PDFDict);
    const baseFont = (resource: string) => fonts?.lookup(PDFName.of(resource), PDFDict).get(PDFName.of('BaseFont'))?.toString().slice(1) ?? resource;
    const contents = page.node.Contents();
    const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => pdf.context.lookup(ref)) : [contents];
    const content = streams.map((s) => Buffer.from(decodePDFRawStream(s as PDFRawStream).decode()).toString('latin1')).join('\n');
    const runs: TextRun[] = [];
    let font = '';
    let size = 0;
    let x = 0;
    let y = 0;
    const operators =
      /\/(\S+)\s+([\d.]+)\s+Tf|(-?[\d.]+)\s+(-?[\d.]+)\s+Td|1 0 0 1\s+(-?[\d.]+)\s+(-?[\d.]+)\s+Tm|(<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\))\s*Tj/g;
    for (const m of content.matchAll(operators)) {
      if (m[1]) [font, size] = [baseFont(m[1]), Number(m[2])];
      else if (m[3]) [x, y] = [Number(m[3]), Number(m[4])];
      else if (m[5]) [x, y] = [Number(m[5]), Number(m[6])];
      else runs.push({ x, y, font, size, text: shownString(m[7]!) });
    }
    return runs;
  });
}
