import { PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { eventBridgeClient } from '../../platform/aws-clients.js';
import { clock } from '../../platform/clock.js';
import { EnvNames } from '../../platform/env-names.js';
import { createLogger } from '../../platform/logger.js';
import { getNotice, getProfile, saveNotice, saveProfile } from '../procurement-repository.js';

/**
 * Domain events that change who a notice reaches. The API computes a writer's
 * matches at once (immediate feedback) and publishes the change; the match
 * indexer (ProcurementTasks, on the EventBridge rule for these detail types)
 * recomputes from the stored item. Recomputing is idempotent: it reads the
 * current notice or profile, not the event's copy, so a late, repeated or
 * out-of-order event converges on the same stored matches.
 */
export const MatchIndexingEvents = { noticeChanged: 'NoticeChanged', profileChanged: 'ProfileChanged' } as const;
export type MatchIndexingEvent = (typeof MatchIndexingEvents)[keyof typeof MatchIndexingEvents];
export const PROCUREMENT_EVENT_SOURCE = 'iop-workflows.procurement';
const logger = createLogger({ component: 'match-indexing' });

export type MatchIndexingDetail = { readonly noticeId: string } | { readonly orgId: string };

export async function publishMatchIndexingEvent(type: 'NoticeChanged', detail: { noticeId: string }): Promise<void>;
export async function publishMatchIndexingEvent(type: 'ProfileChanged', detail: { orgId: string }): Promise<void>;
export async function publishMatchIndexingEvent(type: MatchIndexingEvent, detail: MatchIndexingDetail): Promise<void> {
  const bus = process.env[EnvNames.eventBusName];
  if (!bus) return;
  try {
    await eventBridgeClient().send(new PutEventsCommand({
      Entries: [{ EventBusName: bus, Source: PROCUREMENT_EVENT_SOURCE, DetailType: type, Detail: JSON.stringify({ ...detail, at: clock.nowIso() }) }],
    }));
  } catch (error) {
    // The write and its matches are stored already; failing the request would only invite a duplicate retry.
    logger.error('match indexing event not published', { type, ...detail, error: String(error) });
  }
}

/** The part of an EventBridge event the indexer reads. */
export interface MatchIndexingEventEnvelope {
  readonly 'detail-type': string;
  readonly source?: string;
  readonly detail: unknown;
}

export const isMatchIndexingEvent = (event: unknown): event is MatchIndexingEventEnvelope =>
  typeof event === 'object' && event !== null && 'detail-type' in event &&
  Object.values(MatchIndexingEvents).includes((event as MatchIndexingEventEnvelope)['detail-type'] as MatchIndexingEvent);

/** Recomputes and stores the matches of the notice or profile the event names. */
export async function reindexFromEvent(event: MatchIndexingEventEnvelope): Promise<{ reindexed: string | null; matches: number }> {
  const detail = (event.detail ?? {}) as Partial<{ noticeId: unknown; orgId: unknown }>;
  const now = clock.now();
  if (event['detail-type'] === MatchIndexingEvents.noticeChanged && typeof detail.noticeId === 'string') {
    const notice = await getNotice(detail.noticeId);
    if (!notice) return { reindexed: null, matches: 0 };
    return { reindexed: `notice ${notice.id}`, matches: (await saveNotice(notice, notice, now)).length };
  }
  if (event['detail-type'] === MatchIndexingEvents.profileChanged && typeof detail.orgId === 'string') {
    const profile = await getProfile(detail.orgId);
    if (!profile) return { reindexed: null, matches: 0 };
    return { reindexed: `profile ${profile.orgId}`, matches: (await saveProfile(profile, profile, now)).length };
  }
  return { reindexed: null, matches: 0 };
}
