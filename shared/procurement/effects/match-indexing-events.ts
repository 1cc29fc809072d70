import { PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { eventBridgeClient } from '../../platform/aws-clients.js';
import { clock } from '../../platform/clock.js';
import { EnvNames } from '../../platform/env-names.js';
import { ClosePastDeadline } from './close-past-deadline-schedule.js';
import { closeNoticesPastDeadline, recomputeNotice, recomputeProfile } from '../store/match-recompute.js';

/**
 * Domain events that change who a notice reaches. The API only stores the
 * notice or profile (and answers that its matches are being updated); the
 * change goes out from the table's stream; the match indexer (ProcurementTasks,
 * on the EventBridge rule for these detail types) recomputes from the stored
 * item (store/match-recompute.ts). Recomputing is idempotent: it reads the
 * current notice or profile, not the event's copy, and writes only what
 * differs, so a late, repeated or out-of-order event converges on the same
 * stored matches.
 */
export const MatchIndexingEvents = { noticeChanged: 'NoticeChanged', profileChanged: 'ProfileChanged' } as const;
export type MatchIndexingEvent = (typeof MatchIndexingEvents)[keyof typeof MatchIndexingEvents];
export const PROCUREMENT_EVENT_SOURCE = 'iop-workflows.procurement';

export type MatchIndexingDetail = { readonly noticeId: string } | { readonly orgId: string };

/**
 * Publishes the indexing event for a stored notice or profile, from the
 * table's stream (the Effects function), never from the request: a write
 * that was stored always gets its event. `eventId` is the stream record's
 * (deterministic, so a redelivery can be told apart). A failure throws: the
 * stream retries the record.
 */
export async function publishMatchIndexingEvent(type: MatchIndexingEvent, detail: MatchIndexingDetail, eventId: string): Promise<void> {
  const bus = process.env[EnvNames.eventBusName];
  if (!bus) return;
  const out = await eventBridgeClient().send(
    new PutEventsCommand({
      Entries: [{ EventBusName: bus, Source: PROCUREMENT_EVENT_SOURCE, DetailType: type, Detail: JSON.stringify({ ...detail, eventId, at: clock.nowIso() }) }],
    }),
  );
  if ((out.FailedEntryCount ?? 0) > 0) throw new Error(`EventBridge refused the ${type} event`);
}

/**
 * The indexing event a written notice or profile item calls for (by its key), if any. An item loaded
 * in bulk (store/bulk-load.ts) comes with its buckets and matches written by the loader: no event.
 */
export function indexingEventOfItem(
  keys: { pk?: string; sk?: string },
  item?: { loadedInBulk?: unknown },
): { type: MatchIndexingEvent; detail: MatchIndexingDetail } | undefined {
  if (item?.loadedInBulk === true) return undefined;
  if (keys.sk === 'NOTICE' && keys.pk?.startsWith('NOTICE#'))
    return { type: MatchIndexingEvents.noticeChanged, detail: { noticeId: keys.pk.slice('NOTICE#'.length) } };
  if (keys.sk === 'PROFILE' && keys.pk?.startsWith('BIDDER#'))
    return { type: MatchIndexingEvents.profileChanged, detail: { orgId: keys.pk.slice('BIDDER#'.length) } };
  return undefined;
}

/** The part of an EventBridge event the indexer reads. */
export interface MatchIndexingEventEnvelope {
  readonly 'detail-type': string;
  readonly source?: string;
  readonly detail: unknown;
}

export const isMatchIndexingEvent = (event: unknown): event is MatchIndexingEventEnvelope =>
  typeof event === 'object' &&
  event !== null &&
  'detail-type' in event &&
  Object.values(MatchIndexingEvents).includes((event as MatchIndexingEventEnvelope)['detail-type'] as MatchIndexingEvent);

/** Recomputes and stores the matches of the notice or profile the event names. */
export async function reindexFromEvent(event: MatchIndexingEventEnvelope): Promise<{ reindexed: string | null; matches: number }> {
  const detail = (event.detail ?? {}) as Partial<{ noticeId: unknown; orgId: unknown }>;
  const now = clock.now();
  const report =
    event['detail-type'] === MatchIndexingEvents.noticeChanged && typeof detail.noticeId === 'string'
      ? await recomputeNotice(detail.noticeId, now)
      : event['detail-type'] === MatchIndexingEvents.profileChanged && typeof detail.orgId === 'string'
        ? await recomputeProfile(detail.orgId, now)
        : undefined;
  return report ? { reindexed: report.subject, matches: report.matches } : { reindexed: null, matches: 0 };
}

/** What the daily rule (and locally the clock) sends ProcurementTasks: close the notices whose deadline has passed. */
export const isClosePastDeadlineEvent = (event: unknown): event is typeof ClosePastDeadline.event =>
  typeof event === 'object' && event !== null && (event as { task?: unknown }).task === ClosePastDeadline.event.task;

export async function closePastDeadline(): Promise<{ closed: number; nextDeadline?: string }> {
  const { closed, nextDeadline } = await closeNoticesPastDeadline(clock.now());
  return { closed: closed.length, ...(nextDeadline ? { nextDeadline } : {}) };
}
