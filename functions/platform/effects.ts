import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import type { StoredEvent } from '../../shared/platform/dynamodb/case-store.js';
import type { NotifyEffect } from '../../shared/platform/outbox/notify-effect.js';
import type { IopOutboxEffect } from '../../shared/iop/effects/iop-outbox.js';
import { IOP_KIND } from '../../shared/iop/store/iop-store.js';
import { runIopOutbox } from '../../shared/iop/effects/run-iop-effects.js';
import type { MatchOutboxEffect } from '../../shared/procurement/effects/match-outbox.js';
import { MATCH_CASE_KIND, runMatchOutbox } from '../../shared/procurement/effects/run-match-effects.js';
import { createLogger } from '../../shared/platform/logger.js';
import { indexingEventOfItem, publishMatchIndexingEvent } from '../../shared/procurement/effects/match-indexing-events.js';
import { isDeepStrictEqual } from 'node:util';
import { NOTICE_QUESTION_KIND } from '../../shared/procurement/store/notice-questions-store.js';
import { runNotifyOutbox } from '../../shared/procurement/effects/notice-question-outbox.js';
import { TENDER_SCHOOL_KIND } from '../../shared/procurement/store/tender-school-kind.js';

/**
 * The transactional outbox's consumer: the table's stream delivers each new
 * event item that carries effects (filtered in the event source mapping), and
 * this function runs them: callbacks, schedules, notifications; and each
 * written notice or bidder profile, whose indexing event it publishes. Records are
 * taken in order; after a failure the rest of the batch is reported failed
 * too, so Lambda retries from the first failed record and a case's effects
 * never overtake each other. Each effect is idempotent (a record may be delivered twice).
 */
const logger = createLogger({ function: 'Effects' });
const processor = new BatchProcessor(EventType.DynamoDBStreams);

type Runner = (caseId: string, version: number, effects: readonly unknown[]) => Promise<void>;
const runners: Readonly<Record<string, Runner>> = {
  [IOP_KIND]: (id, version, effects) => runIopOutbox(id, version, effects as readonly IopOutboxEffect[]),
  [MATCH_CASE_KIND]: (id, version, effects) => runMatchOutbox(id, version, effects as readonly MatchOutboxEffect[]),
  [NOTICE_QUESTION_KIND]: (_id, version, effects) => runNotifyOutbox(NOTICE_QUESTION_KIND, version, effects as readonly NotifyEffect[]),
  [TENDER_SCHOOL_KIND]: (_id, version, effects) => runNotifyOutbox(TENDER_SCHOOL_KIND, version, effects as readonly NotifyEffect[]),
};

/** The event item of a record, when it is one that carries effects. */
export function outboxEventOf(record: DynamoDBRecord): StoredEvent | undefined {
  const image = record.dynamodb?.NewImage;
  if (record.eventName !== 'INSERT' || !image) return undefined;
  const event = unmarshall(image as Record<string, AttributeValue>) as StoredEvent;
  return event.effects && event.effects.length > 0 ? event : undefined;
}

/**
 * A written notice or profile: publish its indexing event. A put that changed
 * nothing (the indexer stores the item again) is no news, or indexing would
 * feed itself.
 */
async function publishIndexingOf(record: DynamoDBRecord): Promise<boolean> {
  const keys = record.dynamodb?.Keys ? unmarshall(record.dynamodb.Keys as Record<string, AttributeValue>) : {};
  const after = record.dynamodb?.NewImage ? unmarshall(record.dynamodb.NewImage as Record<string, AttributeValue>) : undefined;
  const indexing = indexingEventOfItem(keys as { pk?: string; sk?: string }, after);
  if (!indexing) return false;
  const before = record.dynamodb?.OldImage ? unmarshall(record.dynamodb.OldImage as Record<string, AttributeValue>) : undefined;
  if (before && after && isDeepStrictEqual(before, after)) return true;
  await publishMatchIndexingEvent(indexing.type, indexing.detail, record.eventID ?? record.dynamodb?.SequenceNumber ?? '');
  return true;
}

/** What one record asks for: an indexing event, or a change's effects. */
async function runEffectsOf(record: DynamoDBRecord): Promise<void> {
  if (await publishIndexingOf(record)) return;
  const stored = outboxEventOf(record);
  if (!stored) return;
  const run = runners[stored.kind];
  if (!run) {
    logger.warn('effects of an unknown kind skipped', { kind: stored.kind, caseId: stored.caseId });
    return;
  }
  await run(stored.caseId, stored.version, stored.effects!);
  logger.info('effects run', { kind: stored.kind, caseId: stored.caseId, version: stored.version, effects: stored.effects!.length });
}

export async function handler(event: DynamoDBStreamEvent) {
  let failed = false;
  async function runRecord(record: DynamoDBRecord): Promise<void> {
    if (failed) throw new Error('Not run: an earlier record of the batch failed (order is kept).');
    try {
      await runEffectsOf(record);
    } catch (error) {
      failed = true;
      logger.error('effects failed', { eventID: record.eventID, error: String(error) });
      throw error;
    }
  }
  return processPartialResponse(event, runRecord, processor, { processInParallel: false, throwOnFullBatchFailure: false });
}
