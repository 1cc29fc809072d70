/**
 * A date-time field's value ("2027-04-08T09:00", Swedish wall-clock time) as
 * the instant the API takes, with its offset (+01:00 in winter, +02:00 in
 * summer). Anything else is sent as typed, so the API names the field.
 */
const wallClock = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export function swedishLocalTime(value: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(value);
  if (!m) return value;
  for (const offset of [1, 2]) {
    const candidate = new Date(Date.parse(`${value}:00Z`) - offset * 3_600_000);
    if (wallClock.format(candidate).replace(' ', 'T') === value) return `${value}:00+0${offset}:00`;
  }
  return value;
}
