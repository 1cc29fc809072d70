/**
 * The product's notion of "now". In AWS it is the wall clock. The local runtime
 * moves it forward (POST /dev/clock) so five years of reviews can be lived
 * through in seconds; every rule that compares with a deadline reads it here.
 */
let offsetMs = 0;

export const clock = {
  now(): Date {
    return new Date(Date.now() + offsetMs);
  },
  nowIso(): string {
    return new Date(Date.now() + offsetMs).toISOString();
  },
};

/** Used only by the local runtime's virtual clock. */
export function setClockOffset(ms: number): void {
  offsetMs = ms;
}

export function clockOffset(): number {
  return offsetMs;
}
