import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { literalString, type PageContent, pdfNumber } from './page-content.js';
import { FirstCode } from './helvetica-metrics.js';
import { StandardFonts } from './standard-fonts.js';

/**
 * A PDF file of text pages: the least the format asks for (PDF 1.7, section
 * 7.5), written object by object with each one's byte offset kept for the
 * cross-reference table. No font is embedded: the pages use the standard
 * fonts, which every reader has.
 */

export interface PdfPage {
  /** Width and height in points. */
  readonly size: readonly [number, number];
  readonly content: PageContent;
}

/** The document information dictionary, and the catalog's language. */
export interface PdfInfo {
  readonly title: string;
  readonly subject?: string;
  /** A BCP 47 tag, e.g. sv-SE: screen readers pick their voice by it. */
  readonly lang?: string;
  readonly producer: string;
  readonly created: Date;
}

/** A text string as UTF-16BE with its byte order mark, in hex: any character round-trips, whatever the string's bytes. */
export function textString(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
  return `<${hex}>`;
}

/** A date as PDF writes one (section 7.9.4), in UTC: (D:YYYYMMDDHHmmSSZ). */
export function pdfDate(at: Date): string {
  const digits = at
    .toISOString()
    .replace(/\.\d+Z$/, '')
    .replace(/\D/g, '');
  return `(D:${digits}Z)`;
}

/** An ASCII string as a literal string: names of languages and the like. */
function asciiString(text: string): string {
  if (!/^[\x20-\x7e]*$/.test(text)) throw new Error(`not printable ASCII: ${JSON.stringify(text)}`);
  return literalString(Buffer.from(text, 'latin1'));
}

/** Objects appended in turn, each one's byte offset noted for the cross-reference table. */
class ObjectFile {
  private readonly parts: Buffer[] = [];
  private length = 0;
  private readonly offsets = new Map<number, number>();
  private count = 0;

  constructor(version: string) {
    // The second line's bytes above 127 tell transfer tools the file is binary (section 7.5.2).
    this.append(Buffer.from(`%PDF-${version}\n%\xe2\xe3\xcf\xd3\n`, 'latin1'));
  }

  private append(part: Buffer): void {
    this.parts.push(part);
    this.length += part.length;
  }

  /** A number for an object written later, so that others can refer to it first. */
  reserve(): number {
    return ++this.count;
  }

  object(ref: number, body: string): void {
    this.offsets.set(ref, this.length);
    this.append(Buffer.from(`${ref} 0 obj\n${body}\nendobj\n`, 'latin1'));
  }

  /** A stream object: its dictionary gets the exact /Length of `data` and the given entries. */
  stream(ref: number, data: Buffer, entries: string): void {
    this.offsets.set(ref, this.length);
    this.append(Buffer.from(`${ref} 0 obj\n<< /Length ${data.length} ${entries} >>\nstream\n`, 'latin1'));
    this.append(data);
    this.append(Buffer.from('\nendstream\nendobj\n', 'latin1'));
  }

  /**
   * The cross-reference table (an entry of exactly 20 bytes per object, the
   * free head of the list first), the trailer and the end of file. The file
   * identifier is a hash of everything before it, so the same document gives
   * the same bytes.
   */
  end(trailer: string): Buffer {
    const id = createHash('md5').update(Buffer.concat(this.parts)).digest('hex').toUpperCase();
    const at = this.length;
    let xref = `xref\n0 ${this.count + 1}\n0000000000 65535 f\r\n`;
    for (let ref = 1; ref <= this.count; ref++) {
      const offset = this.offsets.get(ref);
      if (offset === undefined) throw new Error(`object ${ref} was reserved and never written`);
      xref += `${String(offset).padStart(10, '0')} 00000 n\r\n`;
    }
    xref += `trailer\n<< /Size ${this.count + 1} ${trailer} /ID [<${id}> <${id}>] >>\nstartxref\n${at}\n%%EOF\n`;
    this.append(Buffer.from(xref, 'latin1'));
    return Buffer.concat(this.parts);
  }
}

/** The pages as one PDF file, each page's content compressed with Flate. */
export function writePdf(pages: readonly PdfPage[], info: PdfInfo): Uint8Array {
  if (pages.length === 0) throw new Error('a PDF has at least one page');
  const file = new ObjectFile('1.7');
  const catalog = file.reserve();
  const pageTree = file.reserve();
  const infoRef = file.reserve();
  const fonts = StandardFonts.map((font) => ({ font, ref: file.reserve() }));
  const pageRefs = pages.map(() => ({ page: file.reserve(), content: file.reserve() }));

  file.object(catalog, `<< /Type /Catalog /Pages ${pageTree} 0 R${info.lang ? ` /Lang ${asciiString(info.lang)}` : ''} >>`);
  file.object(pageTree, `<< /Type /Pages /Kids [${pageRefs.map((p) => `${p.page} 0 R`).join(' ')}] /Count ${pages.length} >>`);
  const date = pdfDate(info.created);
  file.object(
    infoRef,
    `<< /Title ${textString(info.title)}${info.subject ? ` /Subject ${textString(info.subject)}` : ''} /Producer ${textString(info.producer)} /CreationDate ${date} /ModDate ${date} >>`,
  );
  for (const { font, ref } of fonts) {
    // The widths are optional for a standard font; with them, a reader that draws it with a substitute spaces the
    // glyphs as Helvetica would, so lines keep the width they were laid out to.
    const widths = `/FirstChar ${FirstCode} /LastChar ${FirstCode + font.widths.length - 1} /Widths [${font.widths.join(' ')}]`;
    file.object(ref, `<< /Type /Font /Subtype /Type1 /BaseFont /${font.baseFont} /Encoding /WinAnsiEncoding ${widths} >>`);
  }
  const resources = `<< /Font << ${fonts.map(({ font, ref }) => `/${font.resource} ${ref} 0 R`).join(' ')} >> >>`;
  pages.forEach((page, i) => {
    const { page: ref, content } = pageRefs[i]!;
    const [width, height] = page.size;
    file.object(
      ref,
      `<< /Type /Page /Parent ${pageTree} 0 R /MediaBox [0 0 ${pdfNumber(width)} ${pdfNumber(height)}] /Resources ${resources} /Contents ${content} 0 R >>`,
    );
    file.stream(content, deflateSync(page.content.bytes()), '/Filter /FlateDecode');
  });
  return new Uint8Array(file.end(`/Root ${catalog} 0 R /Info ${infoRef} 0 R`));
}
