import { describe, expect, it } from 'vitest';
import { contractEndDate, dueFollowUps, followUpScheduleName, followUpSlots } from '../../../shared/procurement/domain/match-case/follow-up-schedule.js';

describe('yearly follow-ups of a contract', () => {
  it('falls on each anniversary within the term', () => {
    expect(followUpSlots({ startDate: '2027-07-01', termMonths: 36 })).toEqual([
      { number: 1, at: '2028-07-01T08:00:00.000Z' },
      { number: 2, at: '2029-07-01T08:00:00.000Z' },
      { number: 3, at: '2030-07-01T08:00:00.000Z' },
    ]);
    expect(followUpSlots({ startDate: '2027-07-01', termMonths: 11 })).toEqual([]);
    expect(followUpSlots({ startDate: '2027-07-01', termMonths: 30 }).map((s) => s.number)).toEqual([1, 2]);
  });

  it('keeps a contract started on 29 February in February', () => {
    expect(followUpSlots({ startDate: '2028-02-29', termMonths: 24 }).map((s) => s.at.slice(0, 10))).toEqual(['2029-02-28', '2030-02-28']);
    expect(contractEndDate('2028-02-29', 12)).toBe('2029-02-28');
    expect(contractEndDate('2027-01-31', 1)).toBe('2027-02-28');
    expect(contractEndDate('2027-07-01', 36)).toBe('2030-07-01');
  });

  it('counts the follow-ups due by a given instant', () => {
    const contract = { startDate: '2027-07-01', termMonths: 36 };
    expect(dueFollowUps(contract, new Date('2028-07-01T07:59:59Z'))).toBe(0);
    expect(dueFollowUps(contract, new Date('2028-07-01T08:00:00Z'))).toBe(1);
    expect(dueFollowUps(contract, new Date('2035-01-01T00:00:00Z'))).toBe(3);
  });

  it('names one schedule per case and follow-up', () => {
    expect(followUpScheduleName('c1', 2)).toBe('c1-follow-up-2');
  });
});
