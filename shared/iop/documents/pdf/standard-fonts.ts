import { FirstCode, HelveticaBoldWidths, HelveticaWidths } from './helvetica-metrics.js';
import { winAnsiBytes } from './win-ansi.js';

/**
 * One of the PDF standard fonts every reader has: the file names it and its
 * encoding, and carries no font program. Its widths only serve the layout.
 */
export interface StandardFont {
  /** The font dictionary's /BaseFont. */
  readonly baseFont: 'Helvetica' | 'Helvetica-Bold';
  /** The name a page's resources give it and its text operators use. */
  readonly resource: 'F1' | 'F2';
  /** Widths by WinAnsi code from `FirstCode`, in thousandths of the size. */
  readonly widths: readonly number[];
}

export const Helvetica: StandardFont = { baseFont: 'Helvetica', resource: 'F1', widths: HelveticaWidths };
export const HelveticaBold: StandardFont = { baseFont: 'Helvetica-Bold', resource: 'F2', widths: HelveticaBoldWidths };

/** Every font a document may use: each gets a font dictionary and a place in every page's resources. */
export const StandardFonts: readonly StandardFont[] = [Helvetica, HelveticaBold];

/**
 * How wide a text is drawn at `size` points: the sum of the widths of the
 * bytes it is written as. No kerning, since the text is shown without it.
 */
export function widthOfText(font: StandardFont, text: string, size: number): number {
  let units = 0;
  for (const code of winAnsiBytes(text)) units += font.widths[code - FirstCode] ?? 0;
  return (units * size) / 1000;
}
