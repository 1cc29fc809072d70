/**
 * Unicode text as WinAnsi bytes, the encoding the standard fonts are drawn
 * with (PDF 1.7, annex D: Windows code page 1252). Latin-1's printable
 * characters keep their codes; 0x80–0x9F hold the typographic marks Latin-1
 * lacks (dashes, curly quotes, bullet, ellipsis, euro).
 */

/** The characters of 0x80–0x9F by code; 0x81, 0x8D, 0x8F, 0x90 and 0x9D are unused. */
const HighCodes: ReadonlyMap<number, number> = new Map([
  [0x20ac, 0x80], // € euro
  [0x201a, 0x82], // ‚ single low quote
  [0x0192, 0x83], // ƒ florin
  [0x201e, 0x84], // „ double low quote
  [0x2026, 0x85], // … ellipsis
  [0x2020, 0x86], // † dagger
  [0x2021, 0x87], // ‡ double dagger
  [0x02c6, 0x88], // ˆ circumflex
  [0x2030, 0x89], // ‰ per mille
  [0x0160, 0x8a], // Š
  [0x2039, 0x8b], // ‹
  [0x0152, 0x8c], // Œ
  [0x017d, 0x8e], // Ž
  [0x2018, 0x91], // ‘
  [0x2019, 0x92], // ’
  [0x201c, 0x93], // “
  [0x201d, 0x94], // ”
  [0x2022, 0x95], // • bullet
  [0x2013, 0x96], // – en dash
  [0x2014, 0x97], // — em dash
  [0x02dc, 0x98], // ˜ small tilde
  [0x2122, 0x99], // ™
  [0x0161, 0x9a], // š
  [0x203a, 0x9b], // ›
  [0x0153, 0x9c], // œ
  [0x017e, 0x9e], // ž
  [0x0178, 0x9f], // Ÿ
]);

/** Characters WinAnsi lacks, drawn as the nearest it has: no-break spaces stay unbreakable, minus and hyphens become the hyphen. */
const Fallbacks: ReadonlyMap<number, number> = new Map([
  [0x202f, 0xa0], // narrow no-break space (the sv-SE number format's thousands separator)
  [0x2007, 0xa0], // figure space
  [0x2060, -1], // word joiner: nothing to draw
  [0x200b, -1], // zero-width space
  [0x200c, -1], // zero-width non-joiner
  [0x200d, -1], // zero-width joiner
  [0xfeff, -1], // byte order mark
  [0x2010, 0x2d], // hyphen
  [0x2011, 0x2d], // non-breaking hyphen
  [0x2012, 0x96], // figure dash
  [0x2015, 0x97], // horizontal bar
  [0x2212, 0x2d], // minus sign
  [0x2032, 0x27], // prime
  [0x2033, 0x22], // double prime
  [0x2043, 0x2d], // hyphen bullet
  [0x00ad, -1], // soft hyphen: lines are not hyphenated, so it never shows
  [0x0009, 0x20], // tab
]);

/** Drawn for a character WinAnsi has nothing near to. */
export const Unmappable = 0x3f; // '?'

/** The WinAnsi code of one code point, or -1 when the character is drawn as nothing. */
export function winAnsiCode(codePoint: number): number {
  if ((codePoint >= 0x20 && codePoint <= 0x7e) || (codePoint >= 0xa0 && codePoint <= 0xff && codePoint !== 0xad)) return codePoint;
  const code = HighCodes.get(codePoint) ?? Fallbacks.get(codePoint);
  if (code !== undefined) return code;
  // The other spaces of the General Punctuation block (en quad to hair space) break like a space.
  if (codePoint >= 0x2000 && codePoint <= 0x200a) return 0x20;
  return Unmappable;
}

/** A text as the bytes a standard font's string shows; composed first, so "a" + combining ring is å. */
export function winAnsiBytes(text: string): Uint8Array {
  const codes: number[] = [];
  for (const char of text.normalize('NFC')) {
    const code = winAnsiCode(char.codePointAt(0)!);
    if (code >= 0) codes.push(code);
  }
  return Uint8Array.from(codes);
}
