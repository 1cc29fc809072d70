import type { TimerHandle, VirtualClock } from '../engines/clock/virtual-clock.js';

/** The first instant strictly after `now` at `hourUtc`:00 UTC (a run at 05:00 sharp arms the next day). */
export function nextDailyAt(now: Date, hourUtc: number): Date {
  const at = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hourUtc));
  if (at.getTime() <= now.getTime()) at.setUTCDate(at.getUTCDate() + 1);
  return at;
}

export interface DailyTimer {
  /** Cancels the pending run; a run under way finishes but does not re-arm. */
  stop(): void;
}

/**
 * The local stand-in for a daily EventBridge rule: a timer on the virtual
 * clock that runs `run` at `hourUtc`:00 UTC and re-arms itself for the next
 * day, so advancing the clock a week runs it seven times, in order.
 */
export function startDailyTimer(clock: VirtualClock, options: { hourUtc: number; label: string; run: () => Promise<unknown> }): DailyTimer {
  let handle: TimerHandle | undefined;
  let stopped = false;
  const arm = (): void => {
    if (stopped) return;
    const at = nextDailyAt(clock.now(), options.hourUtc);
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
