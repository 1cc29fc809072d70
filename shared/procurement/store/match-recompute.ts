import { TransactWriteItemsCommand } from '@aws-sdk/client-dynamodb';
import { fromAttributes, queryPages, toAttributes } from '../../platform/dynamodb/dynamo.js';
import { EnvironmentTable } from '../../platform/dynamodb/dynamo-table.js';
import type { BidderProfile } from '../domain/bidder-profile.js';
import type { Notice } from '../domain/notice.js';
import { matchPreparedNotice, matchPreparedProfile } from '../domain/matching/candidate-index.js';
import { noticeFromSummary, noticeSummary, profileFromSummary, profileSummary } from '../domain/matching/candidate-summary.js';
import { type PreparedNotice, type PreparedProfile, prepareNotice, prepareProfile } from '../domain/matching/evaluate-match.js';
import { bidderMatchesPk, matchItemKeys, noticeMatchesGsi1pk } from '../domain/matching/match-keys.js';
import type { Match } from '../domain/matching/match-types.js';
import { isClosedForMatching } from '../domain/matching/matching-status.js';
import { batchWrite, type ItemWrite } from '../../platform/dynamodb/batch-writes.js';
import { matchDigest, matchItem } from './match-items.js';
import { bucketHeadWrites } from './bucket-heads.js';
import {
  isBucketPartition,
  itemWithMatching,
  MATCHING_SK,
  noticeBucket,
  noticeKey,
  OPEN_NOTICES_PK,
  profileBucket,
  profileKey,
  readBuckets,
} from './procurement-repository.js';

/**
 * Recomputing the stored matches of one notice or profile, from the stream
 * (the match indexer), never in a request:
 *  1. read the item and its matching record (one BatchGetItem);
 *  2. keep its candidate buckets (division × NUTS 2 area, with its tokenised summary; and a notice's place among
 *     open notices) in step, when its revision is new;
 *  3. read the other side's candidates (tokenised summaries) from the shared buckets page by page and match each page;
 *  4. read the stored matches' keys and digests (one Query page per 1 MB of keys);
 *  5. write only what changed (a new key, or the same key with another digest) and delete what is gone,
 *     with BatchWriteItem, 25 a request, a few at once, unprocessed items retried;
 *  6. record the revision it computed from, on condition that the item still has it (one transaction;
 *     left out when the revision was recorded already and nothing changed, so a repeated event writes nothing).
 * If the item changed meanwhile, it starts again from 1 (at most three times; the
 * newer change's own event follows in any case). A notice whose deadline has
 * passed keeps no matches: its recompute deletes them and leaves the buckets.
 */
export interface RecomputeReport {
  readonly subject: string;
  /** Matches and near-misses stored once done. */
  readonly matches: number;
  readonly puts: number;
  readonly deletes: number;
  /** BatchWriteItem requests of the matches (retries included). */
  readonly matchWriteRequests: number;
  /** Read requests: the item, candidate pages and stored-match pages. */
  readonly readRequests: number;
  /** Every DynamoDB request of the recompute. */
  readonly requests: number;
  readonly closed: boolean;
}

interface MatchingItem {
  readonly revision: string;
  readonly at: string;
  /** The candidate buckets the item was copied into. */
  readonly buckets?: readonly string[];
  /** The same, in records written before buckets had areas (division codes). */
  readonly divisions?: readonly string[];
  /** A notice's key among the open notices. */
  readonly openKey?: string;
}

/** A stable digest of a stored match: equal digests, nothing to write (store/match-items.ts). */
export { matchDigest };

// In UTC with milliseconds, so keys order as instants whatever offset the deadline was written with.
export const openNoticeSk = (notice: Pick<Notice, 'id' | 'deadline'>): string => `${new Date(notice.deadline).toISOString()}#${notice.id}`;

const MAX_ATTEMPTS = 3;
const MATCH_WRITE_CONCURRENCY = 8;

class RevisionMoved extends Error {}

/** The buckets a matching record says the item was copied into. */
const bucketsOf = (record: MatchingItem | undefined): readonly string[] => record?.buckets ?? record?.divisions ?? [];

/** The bucket copies are to be written again: a new revision, or copies of the kind kept before areas and summaries. */
const isStale = (record: MatchingItem | undefined, revision: string): boolean => record?.revision !== revision || record.buckets === undefined;

export async function recomputeNotice(noticeId: string, now: Date): Promise<RecomputeReport | undefined> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await recomputeNoticeOnce(noticeId, now);
    } catch (error) {
      if (!(error instanceof RevisionMoved) || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}

export async function recomputeProfile(orgId: string, now: Date): Promise<RecomputeReport | undefined> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await recomputeProfileOnce(orgId, now);
    } catch (error) {
      if (!(error instanceof RevisionMoved) || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}

async function recomputeNoticeOnce(noticeId: string, now: Date): Promise<RecomputeReport | undefined> {
  const key = noticeKey(noticeId);
  const { item, matching } = await itemWithMatching<{ notice: Notice }>(key);
  if (!item) return undefined;
  const notice = item.notice;
  const revision = item.revision ?? '';
  const record = matching as MatchingItem | undefined;
  const closed = isClosedForMatching(notice, now);
  const prepared = prepareNotice(notice);
  const buckets = closed ? [] : prepared.buckets;
  const openKey = closed ? undefined : openNoticeSk(notice);
  let requests = 1;

  // The buckets and the open-notice entry: rewritten for a new revision, left alone for a repeated event.
  const upkeep: ItemWrite[] = [];
  const stale = isStale(record, revision);
  if (stale || closed) {
    for (const b of bucketsOf(record)) if (!buckets.includes(b)) upkeep.push({ delete: { pk: noticeBucket(b), sk: noticeId } });
    if (record?.openKey && record.openKey !== openKey) upkeep.push({ delete: { pk: OPEN_NOTICES_PK, sk: record.openKey } });
    if (stale) {
      const c = noticeSummary(notice);
      for (const b of buckets) upkeep.push({ put: { pk: noticeBucket(b), sk: noticeId, c } });
      if (openKey) upkeep.push({ put: { pk: OPEN_NOTICES_PK, sk: openKey, noticeId } });
    }
  }
  requests += await writeUpkeep(upkeep);

  const next: Match[] = [];
  const seen = new Set<string>();
  const candidatePages = closed
    ? 0
    : await readBuckets<PreparedProfile>(buckets.map(profileBucket), profileFromSummary, (page) => {
        const fresh = page.filter((p) => !seen.has(p.profile.orgId) && seen.add(p.profile.orgId));
        next.push(...matchPreparedNotice(prepared, fresh, now));
      });
  const stored = await storedKeys({ index: 'gsi1', pk: noticeMatchesGsi1pk(noticeId) });
  const written = await writeChanges(stored.keys, next);
  requests += candidatePages + stored.pages + written.requests;
  if (stale || upkeep.length + written.puts + written.deletes > 0) {
    requests += await recordMatching(key, revision, { revision, at: now.toISOString(), buckets, ...(openKey ? { openKey } : {}) });
  }
  return {
    subject: `notice ${noticeId}`,
    matches: next.length,
    puts: written.puts,
    deletes: written.deletes,
    matchWriteRequests: written.requests,
    readRequests: 1 + candidatePages + stored.pages,
    requests,
    closed,
  };
}

async function recomputeProfileOnce(orgId: string, now: Date): Promise<RecomputeReport | undefined> {
  const key = profileKey(orgId);
  const { item, matching } = await itemWithMatching<{ profile: BidderProfile }>(key);
  if (!item) return undefined;
  const profile = item.profile;
  const revision = item.revision ?? '';
  const record = matching as MatchingItem | undefined;
  const prepared = prepareProfile(profile);
  const buckets = prepared.buckets;
  let requests = 1;

  const upkeep: ItemWrite[] = [];
  const stale = isStale(record, revision);
  if (stale) {
    for (const b of bucketsOf(record)) if (!buckets.includes(b)) upkeep.push({ delete: { pk: profileBucket(b), sk: orgId } });
    const c = profileSummary(profile);
    for (const b of buckets) upkeep.push({ put: { pk: profileBucket(b), sk: orgId, c } });
  }
  requests += await writeUpkeep(upkeep);

  const next: Match[] = [];
  const seen = new Set<string>();
  const candidatePages = await readBuckets<PreparedNotice>(buckets.map(noticeBucket), noticeFromSummary, (page) => {
    // A notice past its deadline may still sit in a bucket until its own recompute closes it: it gets no matches here.
    const fresh = page.filter((n) => !seen.has(n.id) && seen.add(n.id) && !isClosedForMatching(n, now));
    next.push(...matchPreparedProfile(prepared, fresh, now));
  });
  const stored = await storedKeys({ pk: bidderMatchesPk(orgId) });
  const written = await writeChanges(stored.keys, next);
  requests += candidatePages + stored.pages + written.requests;
  if (stale || written.puts + written.deletes > 0) {
    requests += await recordMatching(key, revision, { revision, at: now.toISOString(), buckets });
  }
  return {
    subject: `profile ${orgId}`,
    matches: next.length,
    puts: written.puts,
    deletes: written.deletes,
    matchWriteRequests: written.requests,
    readRequests: 1 + candidatePages + stored.pages,
    requests,
    closed: false,
  };
}

/**
 * Writes the bucket copies, then (once they all succeeded) the heads of the
 * buckets they touched with fresh revisions, so a cached bucket is read again
 * (store/bucket-heads.ts). Returns the requests sent.
 */
async function writeUpkeep(upkeep: readonly ItemWrite[]): Promise<number> {
  const copies = await batchWrite(upkeep);
  const touched = upkeep.map((w) => ('put' in w ? String(w.put.pk) : w.delete.pk)).filter(isBucketPartition);
  const heads = await batchWrite(bucketHeadWrites(touched));
  return copies.requests + heads.requests;
}

interface StoredKey {
  readonly pk: string;
  readonly sk: string;
  readonly digest?: string;
}

/** The keys and digests of stored matches (a bidder's partition, or a notice's GSI1 partition), without the matches. */
async function storedKeys(where: { pk: string; index?: 'gsi1' }): Promise<{ keys: StoredKey[]; pages: number }> {
  const keys: StoredKey[] = [];
  let pages = 0;
  for await (const page of queryPages(() => ({
    TableName: EnvironmentTable.name(),
    IndexName: where.index,
    KeyConditionExpression: where.index ? 'gsi1pk = :pk' : 'pk = :pk',
    ExpressionAttributeValues: toAttributes({ ':pk': where.pk }),
    ProjectionExpression: 'pk, sk, digest',
    ...(where.index ? {} : { ConsistentRead: true }),
  }))) {
    pages++;
    for (const raw of page) keys.push(fromAttributes<StoredKey>(raw));
  }
  return { keys, pages };
}

/** What a recompute writes: the matches whose key is new or whose digest differs, and deletes for stored keys no longer matched. */
export function planMatchChanges(stored: readonly StoredKey[], next: readonly Match[]): ItemWrite[] {
  const have = new Map(stored.map((k) => [`${k.pk}\u0000${k.sk}`, k.digest]));
  const writes: ItemWrite[] = [];
  const keep = new Set<string>();
  for (const match of next) {
    const keys = matchItemKeys(match);
    const id = `${keys.pk}\u0000${keys.sk}`;
    if (keep.has(id)) continue;
    keep.add(id);
    const digest = matchDigest(match);
    if (have.get(id) !== digest) writes.push({ put: matchItem(match, digest) });
  }
  for (const k of stored) if (!keep.has(`${k.pk}\u0000${k.sk}`)) writes.push({ delete: { pk: k.pk, sk: k.sk } });
  return writes;
}

async function writeChanges(stored: readonly StoredKey[], next: readonly Match[]): Promise<{ puts: number; deletes: number; requests: number }> {
  const writes = planMatchChanges(stored, next);
  const { requests } = await batchWrite(writes, { concurrency: MATCH_WRITE_CONCURRENCY });
  const puts = writes.filter((w) => 'put' in w).length;
  return { puts, deletes: writes.length - puts, requests };
}

/** Records the revision computed from, if the item still has it; otherwise the recompute starts again. */
async function recordMatching(key: { pk: string; sk: string }, revision: string, record: MatchingItem): Promise<number> {
  try {
    await EnvironmentTable.client().send(
      new TransactWriteItemsCommand({
        TransactItems: [
          {
            ConditionCheck: {
              TableName: EnvironmentTable.name(),
              Key: toAttributes(key),
              ConditionExpression: revision === '' ? 'attribute_not_exists(revision)' : 'revision = :r',
              ...(revision === '' ? {} : { ExpressionAttributeValues: toAttributes({ ':r': revision }) }),
            },
          },
          { Put: { TableName: EnvironmentTable.name(), Item: toAttributes({ ...record, pk: key.pk, sk: MATCHING_SK }) } },
        ],
      }),
    );
    return 1;
  } catch (error) {
    const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? [];
    if ((error as Error).name === 'TransactionCanceledException' && reasons[0]?.Code === 'ConditionalCheckFailed') throw new RevisionMoved();
    throw error;
  }
}

/**
 * Closes every open notice whose deadline has passed: its recompute deletes
 * its matches and its bucket copies. Run daily (and by the local clock); a
 * notice missed one day is closed the next, and views never show a passed
 * deadline's matches in the meantime (see the bidder matches route).
 */
export async function closeNoticesPastDeadline(now: Date): Promise<{ closed: string[]; nextDeadline?: string }> {
  const due: string[] = [];
  for await (const page of queryPages(() => ({
    TableName: EnvironmentTable.name(),
    KeyConditionExpression: 'pk = :pk AND sk <= :now',
    ExpressionAttributeValues: toAttributes({ ':pk': OPEN_NOTICES_PK, ':now': `${now.toISOString()}\uffff` }),
    ProjectionExpression: 'noticeId',
    ConsistentRead: true,
  }))) {
    for (const raw of page) due.push(fromAttributes<{ noticeId: string }>(raw).noticeId);
  }
  const closed: string[] = [];
  for (const id of due) if ((await recomputeNotice(id, now))?.closed) closed.push(id);
  return { closed, nextDeadline: await earliestOpenDeadline() };
}

/** The deadline of the open notice that closes first, if any (the local clock sleeps until then). */
async function earliestOpenDeadline(): Promise<string | undefined> {
  for await (const page of queryPages(() => ({
    TableName: EnvironmentTable.name(),
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: toAttributes({ ':pk': OPEN_NOTICES_PK }),
    Limit: 1,
    ConsistentRead: true,
  }))) {
    const first = page[0] && fromAttributes<{ sk: string }>(page[0]).sk;
    return first?.slice(0, first.indexOf('#'));
  }
  return undefined;
}
