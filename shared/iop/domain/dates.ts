/** Calendar arithmetic in UTC on ISO strings; a term or deadline never depends on the server's time zone. */
const DAY_MS = 86_400_000;

export function addDays(at: Date | string, days: number): string {
  return new Date(new Date(at).getTime() + days * DAY_MS).toISOString();
}

/** Adds calendar months; a day that does not exist in the target month clamps to its last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(at: Date | string, months: number): string {
  const d = new Date(at);
  const day = d.getUTCDate();
  const target = new Date(
    Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1, d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds()),
  );
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString();
}

export function isAfter(a: Date | string, b: Date | string): boolean {
  return new Date(a).getTime() > new Date(b).getTime();
}

/** A plain date (YYYY-MM-DD) for documents and texts. */
export function dateOnly(at: Date | string): string {
  return new Date(at).toISOString().slice(0, 10);
}
