import { afterEach, describe, expect, it } from 'vitest';
import { VirtualClock } from '../../../../local/engines/clock/virtual-clock.js';
import { nextDailyAt, nextDailyAtInZone, startDailyTimer } from '../../../../local/runtime/daily-timer.js';

describe('nextDailyAt', () => {
  it('is later the same day before the hour, and the next day at or after it', () => {
    expect(nextDailyAt(new Date('2027-01-04T04:59:59.999Z'), 5).toISOString()).toBe('2027-01-04T05:00:00.000Z');
    expect(nextDailyAt(new Date('2027-01-04T05:00:00.000Z'), 5).toISOString()).toBe('2027-01-05T05:00:00.000Z');
    expect(nextDailyAt(new Date('2027-12-31T23:00:00.000Z'), 5).toISOString()).toBe('2028-01-01T05:00:00.000Z');
  });
});

describe('startDailyTimer', () => {
  let clock: VirtualClock | undefined;
  afterEach(() => clock?.close());

  it('runs once per day on the virtual clock, in order, and not after stop', async () => {
    clock = new VirtualClock({ settleTimeoutMs: 100 });
    const runs: string[] = [];
    const timer = startDailyTimer(clock, { hourUtc: 5, label: 'daily test', run: async () => void runs.push(clock!.now().toISOString()) });
    await clock.advance('P7D');
    expect(runs).toHaveLength(7);
    expect(runs.every((at) => at.slice(11, 16) === '05:00')).toBe(true);
    expect(new Set(runs.map((at) => at.slice(0, 10))).size).toBe(7);
    timer.stop();
    expect(clock.pendingTimers().filter((t) => t.label === 'daily test')).toEqual([]);
    await clock.advance('P2D');
    expect(runs).toHaveLength(7);
  });

  it('keeps the schedule when one run fails', async () => {
    clock = new VirtualClock({ settleTimeoutMs: 100 });
    let calls = 0;
    const timer = startDailyTimer(clock, {
      hourUtc: 5,
      label: 'daily failing',
      run: async () => {
        calls++;
        throw new Error('boom');
      },
    });
    const original = console.error;
    console.error = () => undefined;
    try {
      await clock.advance('P3D');
    } finally {
      console.error = original;
    }
    expect(calls).toBe(3);
    timer.stop();
  });
});

describe('nextDailyAtInZone', () => {
  it('is 07:00 Stockholm time: 06:00 UTC in winter, 05:00 UTC in summer', () => {
    expect(nextDailyAtInZone(new Date('2027-01-04T05:59:59.000Z'), 7, 'Europe/Stockholm').toISOString()).toBe('2027-01-04T06:00:00.000Z');
    expect(nextDailyAtInZone(new Date('2027-01-04T06:00:00.000Z'), 7, 'Europe/Stockholm').toISOString()).toBe('2027-01-05T06:00:00.000Z');
    expect(nextDailyAtInZone(new Date('2027-07-01T12:00:00.000Z'), 7, 'Europe/Stockholm').toISOString()).toBe('2027-07-02T05:00:00.000Z');
  });

  it('follows the night the clocks change (last Sunday of March and of October)', () => {
    expect(nextDailyAtInZone(new Date('2027-03-27T12:00:00.000Z'), 7, 'Europe/Stockholm').toISOString()).toBe('2027-03-28T05:00:00.000Z');
    expect(nextDailyAtInZone(new Date('2027-10-30T12:00:00.000Z'), 7, 'Europe/Stockholm').toISOString()).toBe('2027-10-31T06:00:00.000Z');
  });
});
