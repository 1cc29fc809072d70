import Holidays from 'date-holidays';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Generates swedish-holidays.json from the maintained date-holidays library:
 * every Swedish public holiday and the days Act 1930:173 treats like one
 * (midsommarafton, julafton, nyårsafton: date-holidays' "bank" days), for
 * FIRST_YEAR..LAST_YEAR. The Lambda bundles read this small table instead of
 * carrying date-holidays and its 1.4 MB of time-zone and astronomy code; a unit
 * test checks the table against the library, day by day.
 *
 *   npx tsx shared/procurement/reference-data/build-swedish-holidays.ts
 */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

export function swedishNonWorkingHolidays(first = FIRST_YEAR, last = LAST_YEAR): string[] {
  const holidays = new Holidays('SE');
  const dates = new Set<string>();
  for (let year = first; year <= last; year++) {
    for (const h of holidays.getHolidays(year)) {
      if (h.type === 'public' || h.type === 'bank') dates.add(h.date.slice(0, 10));
    }
  }
  return [...dates].sort();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = join(dirname(fileURLToPath(import.meta.url)), 'swedish-holidays.json');
  writeFileSync(
    out,
    JSON.stringify({ source: 'date-holidays (SE), public and bank days', firstYear: FIRST_YEAR, lastYear: LAST_YEAR, dates: swedishNonWorkingHolidays() }) +
      '\n',
  );
  console.log(`wrote ${out}`);
}
