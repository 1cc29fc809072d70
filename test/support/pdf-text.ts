import { inflateSync } from 'node:zlib';

/**
 * The text a PDF draws, for tests: every content stream (inflated when it is
 * Flate-encoded), every string shown with Tj or TJ, decoded as WinAnsi (the
 * encoding of the standard fonts). Enough for the documents this product
 * writes; not a general PDF reader.
 */
export function pdfText(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes);
  const raw = buffer.toString('latin1');
  const decoder = new TextDecoder('windows-1252');
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
    const shown = /(<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\))\s*Tj/g;
    for (let s = shown.exec(content); s; s = shown.exec(content)) {
      const token = s[1]!;
      const bytesOf = token.startsWith('<')
        ? Buffer.from(token.slice(1, -1).replace(/\s/g, ''), 'hex')
        : Buffer.from(token.slice(1, -1).replace(/\\([()\\])/g, '$1'), 'latin1');
      lines.push(decoder.decode(bytesOf));
    }
  }
  return lines.join('\n');
}
