import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { VirtualClock } from '../clock/virtual-clock.js';
import { LOCAL_ACCOUNT_ID } from '../stepfunctions/arns.js';

/**
 * EventBridge PutEvents on one machine: every accepted entry lands in an
 * outbox (kept as JSON lines in the data folder when one is given) and simple
 * rules (source and detail-type) hand the event to a function, in the shape
 * EventBridge delivers to Lambda.
 */
export interface PutEventsEntry {
  readonly Source?: string;
  readonly DetailType?: string;
  readonly Detail?: string;
  readonly EventBusName?: string;
  readonly Resources?: readonly string[];
  readonly Time?: Date | string | number;
}

/** The event as EventBridge delivers it to a target. */
export interface EventBridgeEvent {
  readonly version: '0';
  readonly id: string;
  readonly 'detail-type': string;
  readonly source: string;
  readonly account: string;
  readonly time: string;
  readonly region: string;
  readonly resources: readonly string[];
  readonly detail: unknown;
}

export interface OutboxEntry {
  readonly eventBusName: string;
  readonly event: EventBridgeEvent;
}

export interface RulePattern {
  readonly source?: readonly string[] | string;
  readonly detailType?: readonly string[];
  /** Detail-types that begin so (EventBridge's `{"prefix": …}` matching). */
  readonly detailTypePrefix?: readonly string[];
}

export interface PutEventsResult {
  readonly FailedEntryCount: number;
  readonly Entries: ({ EventId: string } | { ErrorCode: string; ErrorMessage: string })[];
}

export interface LocalEventBridgeOptions {
  readonly clock: VirtualClock;
  readonly invokeFunction: (functionId: string, payload: unknown) => Promise<unknown>;
  readonly region?: string;
  readonly dataDir?: string;
}

interface Rule {
  readonly pattern: RulePattern;
  readonly functionId: string;
}

export class LocalEventBridge {
  private readonly events: OutboxEntry[] = [];
  private readonly rules: Rule[] = [];
  private readonly file: string | undefined;
  private readonly region: string;
  private readonly deliveries = new Set<Promise<void>>();

  constructor(private readonly options: LocalEventBridgeOptions) {
    this.region = options.region ?? 'eu-north-1';
    this.file = options.dataDir ? join(options.dataDir, 'eventbridge-outbox.jsonl') : undefined;
    options.clock.addActivitySource(this);
    if (this.file && existsSync(this.file)) {
      for (const line of readFileSync(this.file, 'utf8').split('\n')) {
        if (line.trim()) this.events.push(JSON.parse(line) as OutboxEntry);
      }
    }
  }

  /** Routes events whose source and detail-type match to a function (absent = any). */
  addRule(pattern: RulePattern, functionId: string): void {
    this.rules.push({ pattern, functionId });
  }

  putEvents(input: { Entries: readonly PutEventsEntry[] }): PutEventsResult {
    const entries = input.Entries.map((entry) => this.accept(entry));
    return { FailedEntryCount: entries.filter((e) => 'ErrorCode' in e).length, Entries: entries };
  }

  /** Every accepted event, oldest first. */
  outbox(): readonly OutboxEntry[] {
    return this.events;
  }

  isIdle(): boolean {
    return this.deliveries.size === 0;
  }

  /** Waits for rule deliveries in flight. */
  async drain(): Promise<void> {
    while (this.deliveries.size > 0) await Promise.allSettled([...this.deliveries]);
  }

  private accept(entry: PutEventsEntry): PutEventsResult['Entries'][number] {
    if (!entry.Source || !entry.DetailType || entry.Detail === undefined) {
      return { ErrorCode: 'InvalidArgument', ErrorMessage: 'Source, DetailType and Detail are required' };
    }
    let detail: unknown;
    try {
      detail = JSON.parse(entry.Detail);
    } catch {
      return { ErrorCode: 'MalformedDetail', ErrorMessage: 'Detail is not valid JSON' };
    }
    const time = entry.Time === undefined ? this.options.clock.now() : new Date(entry.Time);
    const event: EventBridgeEvent = {
      version: '0',
      id: randomUUID(),
      'detail-type': entry.DetailType,
      source: entry.Source,
      account: LOCAL_ACCOUNT_ID,
      time: time.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      region: this.region,
      resources: entry.Resources ?? [],
      detail,
    };
    const stored: OutboxEntry = { eventBusName: entry.EventBusName ?? 'default', event };
    this.events.push(stored);
    if (this.file && this.options.dataDir) {
      mkdirSync(this.options.dataDir, { recursive: true });
      appendFileSync(this.file, `${JSON.stringify(stored)}\n`);
    }
    for (const rule of this.rules) if (matches(rule.pattern, event)) this.deliver(rule.functionId, event);
    return { EventId: event.id };
  }

  private deliver(functionId: string, event: EventBridgeEvent): void {
    const delivery = this.options
      .invokeFunction(functionId, event)
      .then(
        () => undefined,
        (error: unknown) => console.error(`[local-eventbridge] rule target ${functionId} failed`, error),
      )
      .finally(() => this.deliveries.delete(delivery));
    this.deliveries.add(delivery);
  }
}

function matches(pattern: RulePattern, event: EventBridgeEvent): boolean {
  const sources = typeof pattern.source === 'string' ? [pattern.source] : pattern.source;
  if (sources && !sources.includes(event.source)) return false;
  if (pattern.detailType && !pattern.detailType.includes(event['detail-type'])) return false;
  if (pattern.detailTypePrefix && !pattern.detailTypePrefix.some((p) => event['detail-type'].startsWith(p))) return false;
  return true;
}
