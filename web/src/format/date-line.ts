import { compareDates } from './dates.js';

export interface DatedItem {
  readonly label: string;
  /** ISO date or date-time. */
  readonly at: string;
  /** A deadline (standstill end, appeal, review due) is drawn apart from a thing that happened. */
  readonly kind?: 'event' | 'deadline';
}

export interface PlacedItem extends DatedItem {
  /** 1-based; the picture shows the number, the list under it says what it is. */
  readonly number: number;
  /** 0–1 along the line, by time. */
  readonly position: number;
  /** Marks closer than `minGap` go to the next row up, so none hides another. */
  readonly row: number;
}

const timeOf = (at: string): number => Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(at) ? `${at}T12:00:00Z` : at);

/** Orders dated items by time and places them along a line; items without a readable date are left out. */
export function placeOnLine(items: readonly DatedItem[], minGap = 0.04): PlacedItem[] {
  const dated = items.filter((item) => Number.isFinite(timeOf(item.at))).sort((a, b) => compareDates(a.at, b.at));
  if (dated.length === 0) return [];
  const first = timeOf(dated[0]!.at);
  const span = timeOf(dated.at(-1)!.at) - first;
  const rowEnds: number[] = [];
  return dated.map((item, i) => {
    const position = span === 0 ? 0.5 : (timeOf(item.at) - first) / span;
    let row = rowEnds.findIndex((end) => position - end >= minGap);
    if (row === -1) row = rowEnds.length;
    rowEnds[row] = position;
    return { ...item, number: i + 1, position, row };
  });
}

/** 1 January of each year inside the line, for the axis; none when the line spans under a year's turn. */
export function yearTicks(items: readonly PlacedItem[]): { readonly year: number; readonly position: number }[] {
  if (items.length < 2) return [];
  const first = timeOf(items[0]!.at);
  const last = timeOf(items.at(-1)!.at);
  const ticks: { year: number; position: number }[] = [];
  for (let year = new Date(first).getUTCFullYear() + 1; Date.UTC(year, 0, 1) <= last && ticks.length < 30; year++) {
    ticks.push({ year, position: (Date.UTC(year, 0, 1) - first) / (last - first) });
  }
  return ticks;
}
