import { describe, expect, it } from 'vitest';
import Holidays from 'date-holidays';
import SwedishHolidays from '../../../shared/procurement/reference-data/swedish-holidays.json' with { type: 'json' };
import { swedishNonWorkingHolidays, FIRST_YEAR, LAST_YEAR } from '../../../shared/procurement/reference-data/build-swedish-holidays.js';
import { isSwedishNonWorkingDay } from '../../../shared/procurement/domain/match-case/standstill.js';

describe('the Swedish holiday table', () => {
  it('is exactly what date-holidays generates today (regenerate with build-swedish-holidays.ts)', () => {
    expect(SwedishHolidays.firstYear).toBe(FIRST_YEAR);
    expect(SwedishHolidays.lastYear).toBe(LAST_YEAR);
    expect(SwedishHolidays.dates).toEqual(swedishNonWorkingHolidays());
  });

  it('agrees with the library day by day for 2024-2032', () => {
    const library = new Holidays('SE');
    for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2033, 0, 1); t += 86_400_000) {
      const date = new Date(t).toISOString().slice(0, 10);
      const weekday = new Date(t).getUTCDay();
      const found = library.isHoliday(new Date(`${date}T12:00:00+01:00`));
      const holiday = Array.isArray(found) && found.some((h) => (h.type === 'public' || h.type === 'bank') && h.date.startsWith(date));
      expect(isSwedishNonWorkingDay(date), date).toBe(weekday === 0 || weekday === 6 || holiday);
    }
  });

  it('knows the days the law adds and refuses years it does not cover', () => {
    expect(isSwedishNonWorkingDay('2027-06-25')).toBe(true); // midsommarafton, a Friday
    expect(isSwedishNonWorkingDay('2026-12-24')).toBe(true); // julafton, a Thursday
    expect(isSwedishNonWorkingDay('2026-12-23')).toBe(false);
    expect(() => isSwedishNonWorkingDay('2101-01-03')).toThrow(RangeError);
  });
});
