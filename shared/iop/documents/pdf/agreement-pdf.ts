import { type AgreementDocument, signatureLine } from '../agreement-document.js';
import { PageContent, type Rgb, rgb } from './page-content.js';
import { type PdfPage, writePdf } from './pdf-writer.js';
import { Helvetica, HelveticaBold, type StandardFont, widthOfText } from './standard-fonts.js';

/** A4 in points, with margins wide enough to print and file. */
const PageSize: [number, number] = [595.28, 841.89];
const Margin = 56;
const Width = PageSize[0] - 2 * Margin;
const Ink = rgb(0.1, 0.1, 0.1);
const Muted = rgb(0.35, 0.35, 0.35);

/**
 * Lays text out top to bottom over as many pages as it needs. The standard
 * Helvetica fonts write WinAnsi, which has å ä ö é and the no-break space the
 * Swedish number format uses, so no font file travels with the function, and
 * the lines are measured with the fonts' own widths (helvetica-metrics.ts).
 */
class Layout {
  readonly pages: PdfPage[] = [];
  private page: PageContent;
  private y: number;
  constructor(
    readonly regular: StandardFont,
    readonly bold: StandardFont,
    private readonly footer: string,
  ) {
    this.page = this.newPage();
    this.y = PageSize[1] - Margin;
  }

  private newPage(): PageContent {
    const page = new PageContent();
    this.pages.push({ size: PageSize, content: page });
    page.text(this.footer, { x: Margin, y: Margin / 2, size: 8, font: this.regular, color: Muted });
    return page;
  }

  private room(height: number): void {
    if (this.y - height >= Margin) return;
    this.page = this.newPage();
    this.y = PageSize[1] - Margin;
  }

  /** Words onto lines no wider than `width`; a word longer than a line is cut. */
  wrap(text: string, font: StandardFont, size: number, width: number): string[] {
    const lines: string[] = [];
    for (const paragraph of text.split('\n')) {
      let line = '';
      for (const word of paragraph.split(/ +/)) {
        const tried = line ? `${line} ${word}` : word;
        if (widthOfText(font, tried, size) <= width) {
          line = tried;
          continue;
        }
        if (line) lines.push(line);
        let rest = word;
        while (widthOfText(font, rest, size) > width && rest.length > 1) {
          let cut = rest.length - 1;
          while (cut > 1 && widthOfText(font, rest.slice(0, cut), size) > width) cut--;
          lines.push(rest.slice(0, cut));
          rest = rest.slice(cut);
        }
        line = rest;
      }
      lines.push(line);
    }
    return lines;
  }

  text(text: string, options: { size?: number; font?: StandardFont; indent?: number; after?: number; color?: Rgb } = {}): void {
    const size = options.size ?? 10.5;
    const font = options.font ?? this.regular;
    const indent = options.indent ?? 0;
    const leading = size * 1.35;
    for (const line of this.wrap(text, font, size, Width - indent)) {
      this.room(leading);
      this.y -= leading;
      this.page.text(line, { x: Margin + indent, y: this.y, size, font, color: options.color ?? Ink });
    }
    this.y -= options.after ?? 4;
  }

  gap(points: number): void {
    this.y -= points;
  }

  /** A table of short cells: columns share the width, the first gets more. */
  table(columns: readonly string[], rows: readonly (readonly string[])[]): void {
    const size = 9.5;
    const leading = size * 1.35;
    const first = columns.length > 2 ? 0.34 : 0.5;
    const widths = columns.map((_, i) => (i === 0 ? Width * first : (Width * (1 - first)) / (columns.length - 1)));
    const drawRow = (cells: readonly string[], font: StandardFont) => {
      const wrapped = cells.map((c, i) => this.wrap(c, font, size, widths[i]! - 6));
      const height = Math.max(...wrapped.map((w) => w.length)) * leading;
      this.room(height + 4);
      let x = Margin;
      wrapped.forEach((lines, i) => {
        lines.forEach((line, n) => {
          this.page.text(line, { x, y: this.y - leading * (n + 1), size, font, color: Ink });
        });
        x += widths[i]!;
      });
      this.y -= height + 3;
      this.page.line({ x: Margin, y: this.y }, { x: Margin + Width, y: this.y }, 0.4, Muted);
      this.y -= 2;
    };
    drawRow(columns, this.bold);
    for (const row of rows) drawRow(row, this.regular);
    this.y -= 6;
  }
}

/**
 * The agreement document as a PDF: the same text as the page, in the same
 * order (summary, sections, what changed, signatures). Its title and every
 * page's footer name the case and the version, so a printed page says what it is.
 */
export async function agreementPdf(doc: AgreementDocument): Promise<Uint8Array> {
  const bold = HelveticaBold;
  const out = new Layout(Helvetica, bold, `${doc.reference} · ${doc.title} · ${doc.versionText} · ${doc.stateText}`);

  out.text(doc.heading, { size: 11, color: Muted });
  out.text(doc.title, { size: 18, font: bold, after: 6 });
  out.text(`${doc.reference} · ${doc.versionText} · ${doc.stateText}`, { size: 10.5, font: bold, after: 10 });

  out.text(doc.summaryHeading, { size: 13, font: bold });
  for (const line of doc.summary) out.text(`• ${line}`, { indent: 8, after: 2 });
  out.gap(10);

  for (const section of doc.sections) {
    out.text(section.heading, { size: 13, font: bold, after: 4 });
    for (const p of section.paragraphs) out.text(p);
    for (const item of section.list ?? []) out.text(`• ${item}`, { indent: 8, after: 2 });
    if (section.table) out.table(section.table.columns, section.table.rows);
    out.gap(6);
  }

  if (doc.changes && doc.changes.items.length > 0) {
    out.text(doc.changes.heading, { size: 13, font: bold, after: 4 });
    for (const c of doc.changes.items) {
      out.text(c.label, { font: bold, after: 1 });
      out.text(`${doc.changes.beforeText}: ${c.before}`, { indent: 8, after: 1 });
      out.text(`${doc.changes.afterText}: ${c.after}`, { indent: 8 });
    }
    out.gap(6);
  }

  out.text(doc.signaturesHeading, { size: 13, font: bold, after: 4 });
  for (const s of doc.signatures) out.text(signatureLine(s, doc.lang));
  return writePdf(out.pages, {
    title: `${doc.title} – ${doc.reference} – ${doc.versionText}`,
    subject: doc.heading,
    lang: doc.lang === 'sv' ? 'sv-SE' : 'en-GB',
    producer: 'iop-workflows',
    // A fixed date, so that the same version of the agreement is always the same file.
    created: new Date(0),
  });
}

/** The file name a download gets: the case's reference, the version and the language, ASCII only. */
export function agreementPdfFileName(doc: Pick<AgreementDocument, 'reference' | 'version' | 'lang'>): string {
  const reference = doc.reference.replace(/[^A-Za-z0-9-]/g, '-');
  return `${reference}-${doc.lang === 'sv' ? 'overenskommelse' : 'agreement'}-version-${doc.version}.pdf`;
}
