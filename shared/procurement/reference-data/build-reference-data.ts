/**
 * Regenerates the JSON reference data of this folder from the published CSV
 * codelists (CPV 2008, Swedish NUTS 3, eForms codelists). Run once when a list
 * changes: `npx tsx shared/procurement/reference-data/build-reference-data.ts <folder with the CSV files>`.
 * The JSON is committed. The small lists are bundled; the CPV vocabulary is
 * read at run time from beside the bundle (see cpv-vocabulary.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** RFC 4180 rows: quoted fields may hold commas and doubled quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      field = '';
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function readRows(source: string, file: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(readFileSync(join(source, file), 'utf8'));
  if (!header) throw new Error(`${file} is empty`);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

function main(): void {
  const source = process.argv[2];
  if (!source) throw new Error('Usage: build-reference-data.ts <folder with the CSV files>');
  const out = dirname(fileURLToPath(import.meta.url));
  const write = (name: string, data: unknown) => writeFileSync(join(out, name), JSON.stringify(data) + '\n');

  // Compact: one [code, sv, en] tuple per code; 38 codes have no English label (kept as "").
  write(
    'cpv-2008.json',
    readRows(source, 'cpv-2008.csv').map((r) => [r.code, r.label_sv, r.label_en]),
  );
  const labelled = (file: string) => readRows(source, file).map((r) => ({ code: r.code, sv: r.label_sv, en: r.label_en }));
  write('nuts-se.json', labelled('nuts-se-level3.csv'));
  write('reserved-procurement.json', labelled('reserved-procurement.csv'));
  write('social-objectives.json', labelled('social-objective.csv'));
  write('social-service-cpv.json', labelled('social-service-cpv.csv'));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
