import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { appealHoldEnd, isSwedishNonWorkingDay, standstillEnd, swedishDate } from '../../../shared/procurement/domain/match-case/standstill.js';

describe('standstill (avtalsspärr)', () => {
  it('runs 10 days from the sending day when sent electronically', () => {
    // Mon 2 March 2026 → Thu 12 March; the contract may be signed from Fri 13 March 00:00 Stockholm time
    expect(standstillEnd(new Date('2026-03-02T09:00:00Z'), true)).toEqual({ lastDay: '2026-03-12', endsAt: '2026-03-12T23:00:00.000Z' });
  });

  it('runs 15 days otherwise', () => {
    expect(standstillEnd(new Date('2026-03-02T09:00:00Z'), false).lastDay).toBe('2026-03-17');
  });

  it('moves a last day on a weekend to Monday', () => {
    // Wed 4 March + 10 = Sat 14 March → Mon 16 March
    expect(standstillEnd(new Date('2026-03-04T09:00:00Z'), true).lastDay).toBe('2026-03-16');
  });

  it('moves a last day on a Swedish holiday past it (Easter 2026, midsummer, Christmas)', () => {
    // 24 March + 10 = Fri 3 April (långfredagen) → Sat, Sun, annandag påsk Mon 6 April → Tue 7 April
    expect(standstillEnd(new Date('2026-03-24T10:00:00Z'), true).lastDay).toBe('2026-04-07');
    // 9 June + 10 = Fri 19 June (midsommarafton) → Mon 22 June
    expect(standstillEnd(new Date('2026-06-09T10:00:00Z'), true).lastDay).toBe('2026-06-22');
    // 14 Dec + 10 = Thu 24 Dec (julafton) → 25, 26 (Sat), 27 (Sun) → Mon 28 Dec
    expect(standstillEnd(new Date('2026-12-14T10:00:00Z'), true).lastDay).toBe('2026-12-28');
  });

  it('counts day 0 in Swedish time, not UTC', () => {
    // 23:30 UTC on 1 March is already 2 March in Stockholm
    expect(standstillEnd(new Date('2026-03-01T23:30:00Z'), true).lastDay).toBe('2026-03-12');
    expect(swedishDate(new Date('2026-03-01T23:30:00Z'))).toBe('2026-03-02');
  });

  it('handles summer time for the end instant', () => {
    expect(standstillEnd(new Date('2026-06-01T10:00:00Z'), true)).toEqual({ lastDay: '2026-06-11', endsAt: '2026-06-11T22:00:00.000Z' });
  });

  it('holds the contract until 10 days after the court decides', () => {
    // 4 May + 10 = Thu 14 May, Kristi himmelsfärdsdag → Fri 15 May
    expect(appealHoldEnd(new Date('2026-05-04T08:00:00Z')).lastDay).toBe('2026-05-15');
  });

  test.prop([fc.date({ min: new Date('2024-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }), fc.boolean()])(
    'always ends on a working day at least 10 or 15 days later',
    (sentAt, electronic) => {
      const { lastDay, endsAt } = standstillEnd(sentAt, electronic);
      expect(isSwedishNonWorkingDay(lastDay)).toBe(false);
      const days = (Date.parse(lastDay) - Date.parse(swedishDate(sentAt))) / 86_400_000;
      expect(days).toBeGreaterThanOrEqual(electronic ? 10 : 15);
      expect(days).toBeLessThanOrEqual((electronic ? 10 : 15) + 5);
      expect(Date.parse(endsAt)).toBeGreaterThan(sentAt.getTime());
    },
  );
});
