import { describe, expect, it } from 'vitest';
import { Encodings, Font, FontNames } from '@cantoo/pdf-lib/standard-fonts';
import { FirstCode, HelveticaBoldWidths, HelveticaWidths } from '../../../../../shared/iop/documents/pdf/helvetica-metrics.js';
import { Helvetica, HelveticaBold, widthOfText } from '../../../../../shared/iop/documents/pdf/standard-fonts.js';

/** WinAnsi code → glyph name, from pdf-lib's copy of the encoding. */
const glyphNames = new Map(
  Encodings.WinAnsi.supportedCodePoints.map((cp) => {
    const { code, name } = Encodings.WinAnsi.encodeUnicodeCodePoint(cp);
    return [code, name] as const;
  }),
);

describe('the Helvetica width tables', () => {
  it.each([
    [FontNames.Helvetica, HelveticaWidths],
    [FontNames.HelveticaBold, HelveticaBoldWidths],
  ])('hold the AFM width of every WinAnsi glyph of %s, as pdf-lib ships them', (fontName, table) => {
    const afm = Font.load(fontName);
    expect(table).toHaveLength(256 - FirstCode);
    const differing: string[] = [];
    for (let code = FirstCode; code <= 255; code++) {
      const name = glyphNames.get(code);
      const expected = name ? afm.getWidthOfGlyph(name) : 0; // an unused code: never written
      if (table[code - FirstCode] !== expected) differing.push(`${code} (${name ?? 'unused'}): ${table[code - FirstCode]} ≠ ${expected}`);
    }
    expect(differing).toEqual([]);
  });

  it('measure a text as the sum of its glyphs at the size, unkerned', () => {
    const regular = Font.load(FontNames.Helvetica);
    const bold = Font.load(FontNames.HelveticaBold);
    const glyphs = (font: Font, ...names: string[]) => names.reduce((sum, n) => sum + (font.getWidthOfGlyph(n) as number), 0);
    // "AV" is a kerning pair in Helvetica; the text is shown without kerning, so it measures A + V.
    expect(regular.getXAxisKerningForPair('A', 'V')).toBeLessThan(0);
    expect(widthOfText(Helvetica, 'AV', 10)).toBeCloseTo((glyphs(regular, 'A', 'V') * 10) / 1000, 6);
    expect(widthOfText(HelveticaBold, 'Åsa – ok', 12)).toBeCloseTo((glyphs(bold, 'Aring', 's', 'a', 'space', 'endash', 'space', 'o', 'k') * 12) / 1000, 6);
    // Characters are measured as the bytes they are written as: the narrow no-break space as the no-break space.
    expect(widthOfText(Helvetica, '1\u202f000', 10)).toBe(widthOfText(Helvetica, '1\u00a0000', 10));
  });
});
