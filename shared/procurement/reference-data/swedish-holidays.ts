import { readReferenceData, referenceDataAsset } from './run-time-files.js';

/** The table build-swedish-holidays.ts generates from date-holidays (21 KB, read on first use rather than bundled). */
export interface SwedishHolidayTable {
  readonly source: string;
  readonly firstYear: number;
  readonly lastYear: number;
  readonly dates: readonly string[];
}

export const SwedishHolidaysFile = 'swedish-holidays.json';
export const SwedishHolidaysAsset = referenceDataAsset(SwedishHolidaysFile);

let table: (SwedishHolidayTable & { readonly set: ReadonlySet<string> }) | undefined;

/** The years the table covers and its dates (YYYY-MM-DD), read once. */
export function swedishHolidays(): SwedishHolidayTable & { readonly set: ReadonlySet<string> } {
  if (!table) {
    const read = readReferenceData<SwedishHolidayTable>(SwedishHolidaysFile);
    table = { ...read, set: new Set(read.dates) };
  }
  return table;
}
