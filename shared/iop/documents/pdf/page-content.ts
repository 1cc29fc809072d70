import { type StandardFont, StandardFonts } from './standard-fonts.js';
import { winAnsiBytes } from './win-ansi.js';

/** A colour as red, green and blue from 0 to 1. */
export interface Rgb {
  readonly r: number;
  readonly g: number;
  readonly b: number;
}

export const rgb = (r: number, g: number, b: number): Rgb => ({ r, g, b });

/** A number as a content stream writes it: plain decimals, no exponent, at most four places (a hundredth of a point is far below what prints). */
export function pdfNumber(n: number): string {
  const rounded = Number(n.toFixed(4));
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

const colour = (c: Rgb) => `${pdfNumber(c.r)} ${pdfNumber(c.g)} ${pdfNumber(c.b)}`;

/**
 * Bytes as a PDF literal string: "(", ")" and "\" escaped with a backslash,
 * and a carriage return as \r, since a reader would read a bare one as a line
 * end; the other bytes as they are. Returned as a string of one character per
 * byte, to be written out as Latin-1.
 */
export function literalString(bytes: Uint8Array): string {
  let out = '(';
  for (const b of bytes) {
    if (b === 0x28 || b === 0x29 || b === 0x5c) out += `\\${String.fromCharCode(b)}`;
    else if (b === 0x0d) out += '\\r';
    else out += String.fromCharCode(b);
  }
  return `${out})`;
}

/**
 * What one page draws, as content stream operators: lines of text in a
 * standard font (WinAnsi bytes, no kerning) and straight rules. Coordinates
 * are PDF points from the page's bottom left corner.
 */
export class PageContent {
  private readonly operators: string[] = [];

  /** One line of text, its baseline starting at (x, y). */
  text(text: string, at: { readonly x: number; readonly y: number; readonly size: number; readonly font: StandardFont; readonly color: Rgb }): void {
    if (!StandardFonts.includes(at.font)) throw new Error(`${at.font.baseFont} is not one of the document's fonts`);
    this.operators.push(
      `BT /${at.font.resource} ${pdfNumber(at.size)} Tf ${colour(at.color)} rg ${pdfNumber(at.x)} ${pdfNumber(at.y)} Td ${literalString(winAnsiBytes(text))} Tj ET`,
    );
  }

  /** A rule from one point to another, `thickness` points wide. */
  line(from: { readonly x: number; readonly y: number }, to: { readonly x: number; readonly y: number }, thickness: number, color: Rgb): void {
    this.operators.push(
      `q ${colour(color)} RG ${pdfNumber(thickness)} w ${pdfNumber(from.x)} ${pdfNumber(from.y)} m ${pdfNumber(to.x)} ${pdfNumber(to.y)} l S Q`,
    );
  }

  /** The content stream's bytes, before compression. */
  bytes(): Buffer {
    return Buffer.from(`${this.operators.join('\n')}\n`, 'latin1');
  }
}
