import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { clock, clockOffset, setClockOffset } from '../../../shared/platform/clock.js';
import { addIsoDuration } from './iso-duration.js';
import { waitUntilIdle } from './wait-until-idle.js';

/**
 * The local runtime's clock. It moves the shared platform clock forward (so
 * every rule reading clock.now() sees the new time) and fires the timers that
 * fall due on the way, one at a time and in time order, waiting for the work
 * each one triggers to settle before the next: "advance P5Y" then lives
 * through five annual reviews in order instead of firing them all at once.
 */
export type TimerCallback = () => void | Promise<void>;

export interface TimerHandle {
  readonly id: number;
  readonly at: Date;
  cancel(): void;
}

export interface FiredTimer {
  readonly at: string;
  readonly label: string;
}

export interface AdvanceSummary {
  readonly from: string;
  readonly to: string;
  readonly fired: readonly FiredTimer[];
}

/** Something that does work after a timer fires (an engine); the clock waits until it is idle. */
export interface ActivitySource {
  isIdle(): boolean;
}

export interface VirtualClockOptions {
  /** A file to keep the offset in, so a restarted local runtime is still "five years later". */
  readonly stateFile?: string;
  /** Longest the clock waits for work to settle after one timer, in real milliseconds. */
  readonly settleTimeoutMs?: number;
}

interface PendingTimer {
  readonly id: number;
  readonly at: number;
  readonly seq: number;
  readonly label: string;
  readonly callback: TimerCallback;
}

// setTimeout overflows above 2^31-1 ms (about 24.8 days) and then fires at once.
const MAX_REAL_DELAY_MS = 2_147_000_000;

export class VirtualClock {
  private readonly timers = new Map<number, PendingTimer>();
  private readonly sources: ActivitySource[] = [];
  private nextId = 1;
  private realTimer: NodeJS.Timeout | undefined;
  /** Every firing runs through this chain, so real-time and advance() never interleave. */
  private chain: Promise<unknown> = Promise.resolve();
  private closed = false;
  private readonly stateFile: string | undefined;
  private readonly settleTimeoutMs: number;

  constructor(options: VirtualClockOptions = {}) {
    this.stateFile = options.stateFile;
    this.settleTimeoutMs = options.settleTimeoutMs ?? 30_000;
    if (this.stateFile && existsSync(this.stateFile)) {
      const saved = JSON.parse(readFileSync(this.stateFile, 'utf8')) as { offsetMs?: number };
      if (typeof saved.offsetMs === 'number' && saved.offsetMs > clockOffset()) setClockOffset(saved.offsetMs);
    }
  }

  now(): Date {
    return clock.now();
  }

  /** Offset of virtual time from the wall clock, in milliseconds. */
  offsetMs(): number {
    return clockOffset();
  }

  setTimer(at: Date, callback: TimerCallback, label = 'timer'): TimerHandle {
    const id = this.nextId++;
    this.timers.set(id, { id, at: at.getTime(), seq: id, label, callback });
    this.armRealTimer();
    return { id, at: new Date(at.getTime()), cancel: () => this.cancelTimer(id) };
  }

  cancelTimer(id: number): void {
    if (this.timers.delete(id)) this.armRealTimer();
  }

  pendingTimers(): readonly { id: number; at: string; label: string }[] {
    return this.sortedTimers().map((t) => ({ id: t.id, at: new Date(t.at).toISOString(), label: t.label }));
  }

  /** Engines register here so the clock can wait for the work a timer triggers. */
  addActivitySource(source: ActivitySource): void {
    this.sources.push(source);
  }

  /** Moves time forward by an ISO-8601 duration, firing every timer due on the way, in order. */
  advance(duration: string): Promise<AdvanceSummary> {
    return this.advanceTo(addIsoDuration(this.now(), duration));
  }

  /** Moves time forward to an instant (never backwards), firing every timer due on the way. */
  advanceTo(target: Date): Promise<AdvanceSummary> {
    return this.serialize(async () => {
      const from = this.now();
      const fired: FiredTimer[] = [];
      await this.waitForIdle();
      for (;;) {
        const next = this.sortedTimers()[0];
        if (!next || next.at > target.getTime()) break;
        this.moveTo(next.at);
        fired.push(await this.fire(next));
      }
      this.moveTo(target.getTime());
      this.persist();
      this.armRealTimer();
      return { from: from.toISOString(), to: this.now().toISOString(), fired };
    });
  }

  /** Resolves once every registered engine is idle. */
  async waitForIdle(): Promise<void> {
    const settled = await waitUntilIdle(() => this.sources.every((s) => s.isIdle()), this.settleTimeoutMs);
    if (!settled) console.warn('[virtual-clock] work did not settle in time; moving on');
  }

  /** Cancels every timer and stops real-time firing. */
  close(): void {
    this.closed = true;
    this.timers.clear();
    if (this.realTimer) clearTimeout(this.realTimer);
    this.realTimer = undefined;
  }

  private async fire(timer: PendingTimer): Promise<FiredTimer> {
    this.timers.delete(timer.id);
    try {
      await timer.callback();
    } catch (error) {
      console.error(`[virtual-clock] timer "${timer.label}" failed`, error);
    }
    await this.waitForIdle();
    return { at: new Date(timer.at).toISOString(), label: timer.label };
  }

  private moveTo(atMs: number): void {
    const wanted = atMs - Date.now();
    if (wanted > clockOffset()) setClockOffset(wanted);
  }

  private sortedTimers(): PendingTimer[] {
    return [...this.timers.values()].sort((a, b) => a.at - b.at || a.seq - b.seq);
  }

  private serialize<T>(work: () => Promise<T>): Promise<T> {
    const run = this.chain.then(work, work);
    this.chain = run.catch(() => undefined);
    return run;
  }

  /** One real setTimeout for the earliest timer, so timers also fire as wall-clock time passes. */
  private armRealTimer(): void {
    if (this.realTimer) clearTimeout(this.realTimer);
    this.realTimer = undefined;
    const next = this.sortedTimers()[0];
    if (!next || this.closed) return;
    const delay = Math.min(Math.max(next.at - this.now().getTime(), 0), MAX_REAL_DELAY_MS);
    this.realTimer = setTimeout(() => {
      this.realTimer = undefined;
      void this.serialize(() => this.fireDueNow()).finally(() => this.armRealTimer());
    }, delay);
    // A pending virtual timer alone must not keep the process (or a test worker) alive.
    this.realTimer.unref();
  }

  private async fireDueNow(): Promise<void> {
    for (;;) {
      const next = this.sortedTimers()[0];
      if (!next || next.at > this.now().getTime() || this.closed) return;
      await this.fire(next);
    }
  }

  private persist(): void {
    if (!this.stateFile) return;
    mkdirSync(dirname(this.stateFile), { recursive: true });
    writeFileSync(this.stateFile, JSON.stringify({ offsetMs: clockOffset() }));
  }
}
