import { afterAll, describe, expect, it } from 'vitest';
import { addIsoDuration, parseIsoDuration } from '../../../../local/engines/clock/iso-duration.js';
import { VirtualClock } from '../../../../local/engines/clock/virtual-clock.js';
import { clock as platformClock } from '../../../../shared/platform/clock.js';

const clock = new VirtualClock();
afterAll(() => clock.close());

describe('ISO-8601 durations', () => {
  it('adds calendar years and months, clamping month ends', () => {
    expect(addIsoDuration(new Date('2024-02-29T10:00:00Z'), 'P1Y').toISOString()).toBe('2025-02-28T10:00:00.000Z');
    expect(addIsoDuration(new Date('2025-01-31T00:00:00Z'), 'P1M').toISOString()).toBe('2025-02-28T00:00:00.000Z');
    expect(addIsoDuration(new Date('2025-01-01T00:00:00Z'), 'P1DT2H30M').toISOString()).toBe('2025-01-02T02:30:00.000Z');
    expect(parseIsoDuration('P2W').weeks).toBe(2);
  });

  it('rejects what is not a duration', () => {
    for (const text of ['1Y', 'P', 'PT', 'P1H', 'P-1D']) expect(() => parseIsoDuration(text)).toThrow(/ISO-8601/);
  });
});

describe('VirtualClock', () => {
  it('moves the platform clock and fires due timers in time order, each settling before the next', async () => {
    const start = clock.now().getTime();
    const order: string[] = [];
    const day = 86_400_000;
    clock.setTimer(new Date(start + 3 * day), () => void order.push('third'), 'third');
    clock.setTimer(
      new Date(start + 1 * day),
      async () => {
        order.push('first');
        // Work triggered by a timer may set a later timer that still falls inside the advance.
        clock.setTimer(new Date(clock.now().getTime() + day / 2), () => void order.push('first-follow-up'), 'follow-up');
        await new Promise((resolve) => setTimeout(resolve, 5));
      },
      'first',
    );
    const cancelled = clock.setTimer(new Date(start + 2 * day), () => void order.push('cancelled'), 'cancelled');
    clock.setTimer(new Date(start + 10 * day), () => void order.push('too-late'), 'too-late');
    cancelled.cancel();

    const summary = await clock.advance('P5D');
    expect(order).toEqual(['first', 'first-follow-up', 'third']);
    expect(summary.fired.map((f) => f.label)).toEqual(['first', 'follow-up', 'third']);
    expect(platformClock.now().getTime() - start).toBeGreaterThanOrEqual(5 * day);
    expect(clock.pendingTimers().map((t) => t.label)).toEqual(['too-late']);
  });

  it('fires a timer in real time when its moment comes without an advance', async () => {
    const fired = new Promise<string>((resolve) => clock.setTimer(new Date(clock.now().getTime() + 20), () => resolve('fired')));
    await expect(fired).resolves.toBe('fired');
  });
});
