import { randomUUID } from 'node:crypto';
import { PutItemCommand } from '@aws-sdk/client-dynamodb';
import { fromAttributes, queryPages, toAttributes } from '../../platform/dynamodb/dynamo.js';
import { type DynamoTable, EnvironmentTable } from '../../platform/dynamodb/dynamo-table.js';
import { ItemStore } from '../../platform/dynamodb/index.js';
import type { BidderProfile } from '../domain/bidder-profile.js';
import type { Notice } from '../domain/notice.js';
import { noticeListKey } from '../domain/notice-keys.js';
import type { Match } from '../domain/matching/match-types.js';
import type { ReachEntry } from '../domain/matching/reach.js';
import { bidderMatchesPk, noticeMatchesGsi1pk } from '../domain/matching/match-keys.js';
import { type MatchingRecord, type MatchingStatus, matchingStatusOf } from '../domain/matching/matching-status.js';
import { forEachLimited } from '../../platform/dynamodb/batch-writes.js';
import type { PreparedProfile } from '../domain/matching/evaluate-match.js';
import { profileFromSummary } from '../domain/matching/candidate-summary.js';
import type { CandidateBucketCache } from './bucket-cache.js';
import { readBucketHeads } from './bucket-heads.js';
import { MATCH_PROJECTION, matchOfItem, REACH_PROJECTION, reachEntryOfItem } from './match-items.js';
import { batchGetAll } from '../../platform/dynamodb/batch-get.js';

/**
 * Notices, profiles and stored matches in the single table.
 *   notice:   pk NOTICE#<id>, sk NOTICE, revision;  list: gsi2pk NOTICES, gsi2sk <createdAt>#<id> (noticeListKey)
 *   profile:  pk BIDDER#<orgId>, sk PROFILE, revision
 *   matching: pk NOTICE#<id> / BIDDER#<orgId>, sk MATCHING: the revision the stored matches come from
 *   profile list: gsi2pk BIDDERS, gsi2sk <orgId> (every profile, for a full pass)
 *   buckets:  pk NOTICES#DIV#<dd>#<area> sk <noticeId>;  pk BIDDERS#DIV#<dd>#<area> sk <orgId>: one per CPV division ×
 *             NUTS 2 area (matching/match-buckets.ts), holding `c`, the tokenised summary (matching/candidate-summary.ts);
 *             and sk '#head', `rev`: the bucket's revision, new after each change of its summaries (store/bucket-heads.ts)
 *   open:     pk NOTICES#OPEN, sk <deadline>#<noticeId> (open notices by deadline, to close them when it passes)
 *   matches:  see matching/match-keys.ts
 * A request stores the notice or profile alone (one PutItem, a new revision);
 * the stream recomputes its buckets and matches (store/match-recompute.ts).
 */
const items = new ItemStore();
/** The partition of a candidate bucket (`<division>#<area>`, or a division alone in items stored before areas). */
export const noticeBucket = (bucket: string) => `NOTICES#DIV#${bucket}`;
export const profileBucket = (bucket: string) => `BIDDERS#DIV#${bucket}`;
export const isBucketPartition = (pk: string): boolean => pk.startsWith('NOTICES#DIV#') || pk.startsWith('BIDDERS#DIV#');
export const PROFILES_LIST_PK = 'BIDDERS';
export const OPEN_NOTICES_PK = 'NOTICES#OPEN';
export const MATCHING_SK = 'MATCHING';
export const noticeKey = (id: string) => ({ pk: `NOTICE#${id}`, sk: 'NOTICE' });
export const profileKey = (orgId: string) => ({ pk: `BIDDER#${orgId}`, sk: 'PROFILE' });
/** Candidate buckets read at once. */
const BUCKET_READS = 4;

export async function getNotice(id: string): Promise<Notice | undefined> {
  return (await items.get<{ notice: Notice }>(noticeKey(id).pk, 'NOTICE'))?.notice;
}

/** Up to `limit` notices, newest first, older than the one whose list key is `after` (ItemStore.query has no start key). */
export async function listNotices(page: { limit: number; after?: string }): Promise<Notice[]> {
  const notices: Notice[] = [];
  for await (const items of queryPages(() => ({
    TableName: EnvironmentTable.name(),
    IndexName: 'gsi2',
    KeyConditionExpression: page.after === undefined ? 'gsi2pk = :pk' : 'gsi2pk = :pk AND gsi2sk < :after',
    ExpressionAttributeValues: toAttributes({ ':pk': 'NOTICES', ...(page.after === undefined ? {} : { ':after': page.after }) }),
    ScanIndexForward: false,
    Limit: page.limit - notices.length,
  }))) {
    for (const raw of items) notices.push(fromAttributes<{ notice: Notice }>(raw).notice);
    if (notices.length >= page.limit) break;
  }
  return notices;
}

export async function getProfile(orgId: string): Promise<BidderProfile | undefined> {
  return (await items.get<{ profile: BidderProfile }>(profileKey(orgId).pk, 'PROFILE'))?.profile;
}

async function putWithRevision(key: { pk: string; sk: string }, data: Record<string, unknown>): Promise<void> {
  const item = { ...data, ...key, revision: randomUUID() };
  await EnvironmentTable.client().send(new PutItemCommand({ TableName: EnvironmentTable.name(), Item: toAttributes(item) }));
}

/** Stores a new or changed notice: one PutItem. Its matches are recomputed from the table's stream. */
export async function saveNotice(notice: Notice): Promise<void> {
  await putWithRevision(noticeKey(notice.id), { notice, gsi2pk: 'NOTICES', gsi2sk: noticeListKey(notice) });
}

/** Stores a new or changed profile: one PutItem. Its matches are recomputed from the table's stream. */
export async function saveProfile(profile: BidderProfile): Promise<void> {
  await putWithRevision(profileKey(profile.orgId), { profile, gsi2pk: PROFILES_LIST_PK, gsi2sk: profile.orgId });
}

/** The item and its matching record in one BatchGetItem (strongly consistent). */
export async function itemWithMatching<T>(key: {
  pk: string;
  sk: string;
}): Promise<{ item?: T & { revision?: string }; matching?: MatchingRecord & Record<string, unknown> }> {
  const { items } = await batchGetAll({ keys: [toAttributes(key), toAttributes({ pk: key.pk, sk: MATCHING_SK })], consistentRead: true });
  const found = items.map((raw) => fromAttributes<Record<string, unknown>>(raw));
  return {
    item: found.find((i) => i.sk === key.sk) as (T & { revision?: string }) | undefined,
    matching: found.find((i) => i.sk === MATCHING_SK) as (MatchingRecord & Record<string, unknown>) | undefined,
  };
}

export async function noticeMatchingStatus(noticeId: string): Promise<MatchingStatus> {
  const { item, matching } = await itemWithMatching<{ notice: Notice }>(noticeKey(noticeId));
  return matchingStatusOf(item?.revision, matching);
}

export async function profileMatchingStatus(orgId: string): Promise<MatchingStatus> {
  const { item, matching } = await itemWithMatching<{ profile: BidderProfile }>(profileKey(orgId));
  // No profile yet: nothing is being computed.
  return item ? matchingStatusOf(item.revision, matching) : { updating: false };
}

/**
 * Reads the summaries in the given candidate buckets page by page (a few
 * buckets at once), handing each page over as it comes, so a caller never
 * holds whole buckets before it starts. With a cache and the head revisions the
 * caller read just before (store/bucket-heads.ts), a bucket cached under its
 * current revision is handed over from memory, any other is read in pages and
 * kept under the revision read before it. A bucket without a head is never kept.
 * The head item has no `c` and is passed over. Returns the Query requests sent.
 */
export async function readBuckets<T>(
  partitions: readonly string[],
  parse: (summary: string) => T,
  onPage: (values: readonly T[]) => void,
  { cache, revs, table = EnvironmentTable }: { cache?: CandidateBucketCache<T>; revs?: ReadonlyMap<string, string>; table?: DynamoTable } = {},
): Promise<number> {
  let requests = 0;
  await forEachLimited(partitions, BUCKET_READS, async (pk) => {
    const rev = revs?.get(pk);
    const cached = rev === undefined ? undefined : cache?.lookup(pk, rev);
    if (cached) return onPage(cached);
    // What is read is kept only while it fits in the cache, so a huge bucket is never held whole.
    let kept: T[] | undefined = rev === undefined || cache === undefined ? undefined : [];
    for await (const page of queryPages(
      () => ({
        TableName: table.name(),
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: toAttributes({ ':pk': pk }),
        ProjectionExpression: 'c',
        ConsistentRead: true,
      }),
      table,
    )) {
      requests++;
      // One string attribute: read without the SDK's unmarshalling.
      const values = page.flatMap((raw) => (raw.c?.S === undefined ? [] : [parse(raw.c.S)]));
      if (kept && cache && kept.length + values.length <= cache.maxEntries) kept.push(...values);
      else kept = undefined;
      onPage(values);
    }
    if (kept && rev !== undefined) cache?.store(pk, rev, kept);
  });
  return requests;
}

/** readBuckets through a warm cache: the heads first (one BatchGetItem per 100), then the buckets. Returns every read request. */
export async function readWarmBuckets<T>(
  partitions: readonly string[],
  parse: (summary: string) => T,
  onPage: (values: readonly T[]) => void,
  cache: CandidateBucketCache<T>,
  table: DynamoTable = EnvironmentTable,
): Promise<number> {
  const heads = await readBucketHeads(partitions, table);
  return heads.requests + (await readBuckets(partitions, parse, onPage, { cache, revs: heads.revs, table }));
}

/**
 * Profiles sharing a candidate bucket with a notice (the only ones it can reach), each once, prepared for matching.
 * With a cache, buckets unchanged since they were last read come from memory (readWarmBuckets).
 */
export async function profileCandidates(buckets: Iterable<string>, cache?: CandidateBucketCache<PreparedProfile>): Promise<PreparedProfile[]> {
  const seen = new Map<string, PreparedProfile>();
  const partitions = [...new Set(buckets)].sort().map(profileBucket);
  const onPage = (page: readonly PreparedProfile[]) => {
    for (const p of page) if (!seen.has(p.profile.orgId)) seen.set(p.profile.orgId, p);
  };
  await (cache ? readWarmBuckets(partitions, profileFromSummary, onPage, cache) : readBuckets(partitions, profileFromSummary, onPage));
  // In orgId order whatever order the pages came in, so answers do not depend on timing.
  return [...seen.values()].sort((a, b) => (a.profile.orgId < b.profile.orgId ? -1 : a.profile.orgId > b.profile.orgId ? 1 : 0));
}

/** The first `limit` stored matches (all without a limit) of a bidder's partition or a notice's GSI1 partition, in key order. */
async function storedMatches(where: { pk: string; index?: 'gsi1' }, limit?: number): Promise<Match[]> {
  const matches: Match[] = [];
  for await (const page of queryPages(() => ({
    TableName: EnvironmentTable.name(),
    IndexName: where.index,
    KeyConditionExpression: where.index ? 'gsi1pk = :pk' : 'pk = :pk',
    ExpressionAttributeValues: toAttributes({ ':pk': where.pk }),
    ...MATCH_PROJECTION,
    ...(limit ? { Limit: limit - matches.length } : {}),
  }))) {
    for (const raw of page) matches.push(matchOfItem(raw));
    if (limit && matches.length >= limit) break;
  }
  return matches;
}

export const storedBidderMatches = (orgId: string, limit?: number): Promise<Match[]> => storedMatches({ pk: bidderMatchesPk(orgId) }, limit);

/** The first `limit` stored matches of a notice, lot by lot, best first (all of them without a limit). */
export const storedNoticeMatches = (noticeId: string, limit?: number): Promise<Match[]> =>
  storedMatches({ pk: noticeMatchesGsi1pk(noticeId), index: 'gsi1' }, limit);

/**
 * What the reach view reads of every stored match of a notice: who, the score
 * and the blockers, not the reasons, CPV paths and words (`r`, a fraction of
 * the match's size; store/match-items.ts).
 */
export async function storedNoticeReach(noticeId: string): Promise<ReachEntry[]> {
  const entries: ReachEntry[] = [];
  for await (const page of queryPages(() => ({
    TableName: EnvironmentTable.name(),
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :pk',
    ExpressionAttributeValues: toAttributes({ ':pk': noticeMatchesGsi1pk(noticeId) }),
    ...REACH_PROJECTION,
  }))) {
    for (const raw of page) entries.push(reachEntryOfItem(raw));
  }
  return entries;
}
