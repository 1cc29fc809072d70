import { describe, expect, it } from 'vitest';
import { swedishLocalTime } from '../../../web/src/procurement/swedish-local-time.js';

describe('a tender school time typed in Swedish wall-clock time', () => {
  it('gets the offset Sweden has on that day, whatever the browser’s zone', () => {
    expect(swedishLocalTime('2027-04-08T09:00')).toBe('2027-04-08T09:00:00+02:00');
    expect(swedishLocalTime('2027-01-15T14:30')).toBe('2027-01-15T14:30:00+01:00');
    // The last Sunday of October: 01:30 is summer time, 04:30 winter time.
    expect(swedishLocalTime('2027-10-31T01:30')).toBe('2027-10-31T01:30:00+02:00');
    expect(swedishLocalTime('2027-10-31T04:30')).toBe('2027-10-31T04:30:00+01:00');
  });

  it('sends anything else as typed, so the API names the field', () => {
    expect(swedishLocalTime('')).toBe('');
    expect(swedishLocalTime('i morgon')).toBe('i morgon');
    // 02:30 on the last Sunday of March does not exist in Sweden.
    expect(swedishLocalTime('2027-03-28T02:30')).toBe('2027-03-28T02:30');
  });
});
