import type { TimerHandle, VirtualClock } from '../engines/clock/virtual-clock.js';

/** The first instant strictly after `now` at `hourUtc`:00 UTC (a run at 05:00 sharp arms the next day). */
export function nextDailyAt(now: Date, hourUtc: number): Date {
  const at = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hourUtc));
  if (at.getTime() <= now.getTime()) at.setUTCDate(at.getUTCDate() + 1);
  return at;
}

/** How far `timeZone`'s wall clock is ahead of UTC at `instant`, in ms (Stockholm: 1 h in winter, 2 h in summer). */
function zoneOffsetMs(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
      .formatToParts(new Date(instant))
      .map((p) => [p.type, Number(p.value)]),
  );
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!) - Math.floor(instant / 1000) * 1000;
}

/** The first instant strictly after `now` at `hour`:00 on `timeZone`'s wall clock, as an EventBridge Scheduler cron with a time zone fires. */
export function nextDailyAtInZone(now: Date, hour: number, timeZone: string): Date {
  const local = new Date(now.getTime() + zoneOffsetMs(now.getTime(), timeZone));
  for (let days = 0; days <= 2; days++) {
    const wall = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + days, hour);
    // The offset at the target instant, not now: the night between may change to or from summer time.
    const at = wall - zoneOffsetMs(wall - zoneOffsetMs(wall, timeZone), timeZone);
    if (at > now.getTime()) return new Date(at);
  }
  throw new Error(`No ${hour}:00 in ${timeZone} within two days of ${now.toISOString()}`);
}

export interface DailyTimer {
  /** Cancels the pending run; a run under way finishes but does not re-arm. */
  stop(): void;
}

/**
 * The local stand-in for a daily EventBridge rule or schedule: a timer on the virtual
 * clock that runs `run` at `hourUtc`:00 UTC (or `hour`:00 in `timeZone`) and re-arms itself for the next
 * day, so advancing the clock a week runs it seven times, in order.
 */
export function startDailyTimer(
  clock: VirtualClock,
  options: { label: string; run: () => Promise<unknown> } & ({ hourUtc: number } | { hour: number; timeZone: string }),
): DailyTimer {
  let handle: TimerHandle | undefined;
  let stopped = false;
  const arm = (): void => {
    if (stopped) return;
    const at = 'timeZone' in options ? nextDailyAtInZone(clock.now(), options.hour, options.timeZone) : nextDailyAt(clock.now(), options.hourUtc);
    handle = clock.setTimer(
      at,
      async () => {
        // Re-arm first: a failing run must not end the daily schedule.
        arm();
        await options.run();
      },
      options.label,
    );
  };
  arm();
  return {
    stop() {
      stopped = true;
      handle?.cancel();
    },
  };
}
