import { describe, expect, it } from 'vitest';
import { compareDates, endOfSwedishDay, formatDate, formatDateTime, formatPercent, formatSek } from '../../../web/src/format/dates.js';
import { placeOnLine, yearTicks } from '../../../web/src/format/date-line.js';
import { isEndStage, journeyIndex, statusLines } from '../../../web/src/format/status.js';

describe('dates', () => {
  it('formats a calendar date in the reader’s language', () => {
    expect(formatDate('2027-01-01', 'sv')).toBe('1 januari 2027');
    expect(formatDate('2027-01-01', 'en')).toBe('1 January 2027');
  });

  it('shows instants in Swedish time, so a deadline at 23:30 UTC is the next day in Sweden', () => {
    expect(formatDate('2026-12-31T23:30:00Z', 'sv')).toBe('1 januari 2027');
    expect(formatDateTime('2026-06-01T10:05:00Z', 'sv')).toBe('1 juni 2026 kl. 12:05');
  });

  it('shows what it cannot read instead of hiding it', () => {
    expect(formatDate('soon', 'en')).toBe('soon');
    expect(formatDate(undefined, 'en')).toBe('');
  });

  it('turns a deadline day into the end of that Swedish day, winter and summer time', () => {
    expect(endOfSwedishDay('2027-01-15')).toBe('2027-01-15T23:59:00+01:00');
    expect(endOfSwedishDay('2027-07-15')).toBe('2027-07-15T23:59:00+02:00');
    expect(endOfSwedishDay('')).toBe('');
  });

  it('orders dates and date-times together, unknown last', () => {
    const sorted = ['2027-02-01', undefined, '2027-01-15T08:00:00Z', '2026-12-31'].sort(compareDates);
    expect(sorted).toEqual(['2026-12-31', '2027-01-15T08:00:00Z', '2027-02-01', undefined]);
  });

  it('formats kronor and shares', () => {
    expect(formatSek(1_250_000, 'sv').replace(/\s/g, ' ')).toBe('1 250 000 kr');
    expect(formatSek(1_250_000, 'en').replace(/\s/g, ' ')).toBe('SEK 1,250,000');
    expect(formatPercent(0.3, 'en')).toBe('30%');
  });
});

describe('status lines', () => {
  const status = {
    headline: { sv: 'Dialog pågår', en: 'Dialogue under way' },
    next: { sv: 'Alla godkänner utkastet', en: 'Everyone consents to the draft' },
    whoActs: { orgs: ['rsmh'], roles: ['civil'], label: { sv: 'RSMH', en: 'RSMH' } },
    dueAt: '2027-03-01T10:00:00Z',
  };

  it('answers where, what next, who and by when in the reader’s language', () => {
    expect(statusLines(status, 'en')).toEqual({
      headline: 'Dialogue under way',
      next: 'Everyone consents to the draft',
      whoActs: 'RSMH',
      due: '1 March 2027',
      dueAt: '2027-03-01T10:00:00Z',
    });
  });

  it('says nothing is due when there is no date, and survives a partial status', () => {
    expect(statusLines({ ...status, dueAt: null }, 'sv').due).toBeNull();
    expect(statusLines(undefined, 'sv')).toEqual({ headline: '', next: '', whoActs: '', due: null, dueAt: null });
  });

  it('places stages on the five-step journey; end states are off it', () => {
    expect(['initiation', 'dialogue', 'approval', 'agreement', 'review'].map(journeyIndex)).toEqual([0, 1, 2, 3, 4]);
    expect(journeyIndex('withdrawn')).toBe(-1);
    expect(isEndStage('rejected')).toBe(true);
    expect(isEndStage('review')).toBe(false);
  });
});

describe('placeOnLine', () => {
  it('orders items by time, numbers them and spreads them from 0 to 1', () => {
    const placed = placeOnLine([
      { label: 'end', at: '2031-01-01' },
      { label: 'start', at: '2026-01-01' },
      { label: 'middle', at: '2028-07-02' },
    ]);
    expect(placed.map((p) => [p.number, p.label, p.row])).toEqual([
      [1, 'start', 0],
      [2, 'middle', 0],
      [3, 'end', 0],
    ]);
    expect(placed[0]!.position).toBe(0);
    expect(placed[2]!.position).toBe(1);
    expect(placed[1]!.position).toBeCloseTo(0.5, 2);
  });

  it('lifts marks that would overlap to a row of their own, and reuses a row once there is room', () => {
    const placed = placeOnLine([
      { label: 'a', at: '2026-01-01' },
      { label: 'b', at: '2026-01-03' },
      { label: 'c', at: '2026-01-05' },
      { label: 'd', at: '2031-01-01' },
    ]);
    expect(placed.map((p) => p.row)).toEqual([0, 1, 2, 0]);
  });

  it('centres a single date and leaves out unreadable ones', () => {
    expect(
      placeOnLine([
        { label: 'only', at: '2027-01-01' },
        { label: 'bad', at: 'x' },
      ]),
    ).toEqual([{ label: 'only', at: '2027-01-01', number: 1, position: 0.5, row: 0 }]);
  });
});

describe('yearTicks', () => {
  it('marks each new year inside the line', () => {
    const placed = placeOnLine([
      { label: 'a', at: '2026-06-01' },
      { label: 'b', at: '2028-06-01' },
    ]);
    expect(yearTicks(placed).map((t) => t.year)).toEqual([2027, 2028]);
    expect(yearTicks(placed)[0]!.position).toBeGreaterThan(0);
  });
});
