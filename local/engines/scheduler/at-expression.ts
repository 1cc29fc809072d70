/**
 * EventBridge Scheduler's one-time expression "at(yyyy-mm-ddThh:mm:ss)" names
 * a wall-clock time in ScheduleExpressionTimezone (UTC when absent). This turns
 * it into the instant it denotes, through Intl, so summer time is right.
 */
const AT_EXPRESSION = /^at\((\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\)$/;

export class InvalidScheduleExpressionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidScheduleExpressionError';
  }
}

/** Minutes a time zone is ahead of UTC at a given instant. */
function zoneOffsetMinutes(timeZone: string, instant: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

export function parseAtExpression(expression: string, timeZone = 'UTC'): Date {
  const match = AT_EXPRESSION.exec(expression.trim());
  if (!match) {
    throw new InvalidScheduleExpressionError(`Only one-time schedules "at(yyyy-mm-ddThh:mm:ss)" run locally, not "${expression}"`);
  }
  const [, y, mo, d, h, mi, s] = match.map(Number) as [number, number, number, number, number, number, number];
  const wallClockAsUtc = Date.UTC(y, mo - 1, d, h, mi, s);
  try {
    // Two passes settle the offset on the far side of a summer-time change.
    let instant = wallClockAsUtc - zoneOffsetMinutes(timeZone, wallClockAsUtc) * 60_000;
    instant = wallClockAsUtc - zoneOffsetMinutes(timeZone, instant) * 60_000;
    return new Date(instant);
  } catch {
    throw new InvalidScheduleExpressionError(`Unknown time zone "${timeZone}"`);
  }
}
