import { describe, expect, it } from 'vitest';
import { Encodings } from '@cantoo/pdf-lib/standard-fonts';
import { Unmappable, winAnsiBytes, winAnsiCode } from '../../../../../shared/iop/documents/pdf/win-ansi.js';

const bytesOf = (text: string) => [...winAnsiBytes(text)];

describe('Unicode text as WinAnsi bytes', () => {
  it('gives every character WinAnsi has the code pdf-lib gives it', () => {
    // The soft hyphen is the one exception: it has a code, but lines are not hyphenated, so it is not drawn.
    const differing = Encodings.WinAnsi.supportedCodePoints
      .filter((cp) => cp !== 0xad)
      .filter((cp) => winAnsiCode(cp) !== Encodings.WinAnsi.encodeUnicodeCodePoint(cp).code)
      .map((cp) => `U+${cp.toString(16)}`);
    expect(differing).toEqual([]);
    expect(bytesOf('a\u00adb')).toEqual(bytesOf('ab'));
  });

  it('writes Swedish letters, the no-break space and the typographic marks as their codes', () => {
    expect(bytesOf('åäöéÅÄÖÉ')).toEqual([0xe5, 0xe4, 0xf6, 0xe9, 0xc5, 0xc4, 0xd6, 0xc9]);
    expect(bytesOf('2\u00a0000')).toEqual([0x32, 0xa0, 0x30, 0x30, 0x30]);
    expect(bytesOf('– — ‘’ “” • … €')).toEqual([0x96, 0x20, 0x97, 0x20, 0x91, 0x92, 0x20, 0x93, 0x94, 0x20, 0x95, 0x20, 0x85, 0x20, 0x80]);
  });

  it('round-trips through windows-1252 for every character it has', () => {
    const text = 'Överenskommelse – idéburet “partnerskap” • 1\u00a0000\u00a0kr … 5 € (Š ž Œ ™ ‰)';
    expect(new TextDecoder('windows-1252').decode(winAnsiBytes(text))).toBe(text);
  });

  it('draws characters WinAnsi lacks as the nearest it has, or as a question mark', () => {
    // The sv-SE number format's narrow no-break space stays a no-break space; the minus sign becomes a hyphen.
    expect(bytesOf('1\u202f000')).toEqual(bytesOf('1\u00a0000'));
    expect(bytesOf('\u22125')).toEqual(bytesOf('-5'));
    expect(bytesOf('a\u2009b')).toEqual(bytesOf('a b'));
    expect(bytesOf('a\u200bb')).toEqual(bytesOf('ab'));
    expect(bytesOf('Ω 😀 ł')).toEqual([Unmappable, 0x20, Unmappable, 0x20, Unmappable]);
    // Control characters have no glyph; a tab is a space.
    expect(bytesOf('a\tb\u0007')).toEqual([0x61, 0x20, 0x62, Unmappable]);
  });

  it('composes a letter and its combining mark first, so a decomposed å is still å', () => {
    expect(bytesOf('a\u030angstr\u00f6m')).toEqual(bytesOf('ångström'));
  });
});
