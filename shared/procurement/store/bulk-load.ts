import type { BidderProfile } from '../domain/bidder-profile.js';
import { type Notice, noticeListKey } from '../domain/notice.js';
import { noticeSummary, profileSummary } from '../domain/matching/candidate-summary.js';
import { prepareNotice, prepareProfile } from '../domain/matching/evaluate-match.js';
import { matchItemKeys } from '../domain/matching/match-keys.js';
import type { Match } from '../domain/matching/match-types.js';
import { isClosedForMatching } from '../domain/matching/matching-status.js';
import { batchWrite, type BatchWriteResult, type ItemWrite } from '../../platform/dynamodb/batch-writes.js';
import { bucketHeadWrites } from './bucket-heads.js';
import { matchItem } from './match-items.js';
import { openNoticeSk } from './match-recompute.js';
import {
  isBucketPartition,
  MATCHING_SK,
  noticeBucket,
  noticeKey,
  OPEN_NOTICES_PK,
  PROFILES_LIST_PK,
  profileBucket,
  profileKey,
} from './procurement-repository.js';

/**
 * Loading a catalogue in bulk (an import, the benchmark): the same items a
 * write and its recompute leave, written with BatchWriteItem many at once,
 * without a stream event per item (the items say `loadedInBulk`, which the
 * Effects function passes over; the next write through the API drops it). Each notice and profile is stored as
 * indexed at `revision`, with its buckets; matches are written as given
 * (computed by the caller), so a later recompute finds them and writes only
 * what differs.
 */
export interface Catalogue {
  readonly notices: readonly Notice[];
  readonly profiles: readonly BidderProfile[];
  readonly matches?: readonly Match[];
}

export function catalogueWrites(catalogue: Catalogue, now: Date, revision = 'bulk'): ItemWrite[] {
  const at = now.toISOString();
  const writes: ItemWrite[] = [];
  for (const notice of catalogue.notices) {
    const closed = isClosedForMatching(notice, now);
    const buckets = closed ? [] : prepareNotice(notice).buckets;
    const openKey = closed ? undefined : openNoticeSk(notice);
    writes.push({ put: { ...noticeKey(notice.id), notice, gsi2pk: 'NOTICES', gsi2sk: noticeListKey(notice), revision, loadedInBulk: true } });
    writes.push({ put: { pk: noticeKey(notice.id).pk, sk: MATCHING_SK, revision, at, buckets, ...(openKey ? { openKey } : {}) } });
    const c = buckets.length > 0 ? noticeSummary(notice) : '';
    for (const b of buckets) writes.push({ put: { pk: noticeBucket(b), sk: notice.id, c } });
    if (openKey) writes.push({ put: { pk: OPEN_NOTICES_PK, sk: openKey, noticeId: notice.id } });
  }
  for (const profile of catalogue.profiles) {
    const buckets = prepareProfile(profile).buckets;
    writes.push({
      put: { ...profileKey(profile.orgId), profile, gsi2pk: PROFILES_LIST_PK, gsi2sk: profile.orgId, revision, loadedInBulk: true },
    });
    writes.push({ put: { pk: profileKey(profile.orgId).pk, sk: MATCHING_SK, revision, at, buckets } });
    const c = profileSummary(profile);
    for (const b of buckets) writes.push({ put: { pk: profileBucket(b), sk: profile.orgId, c } });
  }
  // The same pair may come from both sides (a notice's and a profile's matches): written once.
  const seen = new Set<string>();
  for (const match of catalogue.matches ?? []) {
    const keys = matchItemKeys(match);
    if (seen.has(`${keys.pk}\u0000${keys.sk}`)) continue;
    seen.add(`${keys.pk}\u0000${keys.sk}`);
    writes.push({ put: matchItem(match) });
  }
  return writes;
}

export async function bulkLoadCatalogue(
  catalogue: Catalogue,
  now: Date,
  options: { concurrency?: number } = {},
): Promise<BatchWriteResult & { items: number }> {
  const writes = catalogueWrites(catalogue, now);
  const concurrency = options.concurrency ?? 16;
  const result = await batchWrite(writes, { concurrency });
  // Only once every summary is stored: the heads of the buckets written, so warm caches read them again (store/bucket-heads.ts).
  const heads = bucketHeadWrites(writes.flatMap((w) => ('put' in w && isBucketPartition(String(w.put.pk)) ? [String(w.put.pk)] : [])));
  const headResult = await batchWrite(heads, { concurrency });
  return { requests: result.requests + headResult.requests, retries: result.retries + headResult.retries, items: writes.length + heads.length };
}
