/**
 * CSV as Swedish Excel opens it with a double click: UTF-8 with a byte-order
 * mark (without it Excel reads the file as Windows-1252 and å, ä, ö break),
 * semicolons between fields (Swedish Excel's list separator, since the comma
 * is the decimal sign), CRLF line ends, and a field quoted when it holds a
 * semicolon, a quote or a line break. Numbers are written bare (no thousands
 * separator) so Excel reads them as numbers.
 */
export const CsvSeparator = ';';
export const Bom = '\uFEFF';

export type CsvCell = string | number | undefined;

function cell(value: CsvCell): string {
  if (value === undefined) return '';
  const text = String(value);
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return Bom + rows.map((row) => row.map(cell).join(CsvSeparator)).join('\r\n') + '\r\n';
}

/** Reads CSV written by toCsv back into rows of text (for tests and for anyone checking a download). */
export function parseCsv(text: string): string[][] {
  const body = text.startsWith(Bom) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === CsvSeparator) {
      row.push(field);
      field = '';
    } else if (ch === '\r' && body[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}
