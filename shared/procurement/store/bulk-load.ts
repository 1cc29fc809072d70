import type { BidderProfile } from '../domain/bidder-profile.js';
import { type Notice, noticeListKey } from '../domain/notice.js';
import { prepareNotice, prepareProfile } from '../domain/matching/evaluate-match.js';
import { matchItemKeys } from '../domain/matching/match-keys.js';
import type { Match } from '../domain/matching/match-types.js';
import { isClosedForMatching } from '../domain/matching/matching-status.js';
import { batchWrite, type BatchWriteResult, type ItemWrite } from './batch-writes.js';
import { matchDigest, openNoticeSk } from './match-recompute.js';
import { MATCHING_SK, noticeBucket, noticeKey, OPEN_NOTICES_PK, profileBucket, profileKey } from './procurement-repository.js';

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
    const divisions = closed ? [] : [...prepareNotice(notice).divisions].sort();
    const openKey = closed ? undefined : openNoticeSk(notice);
    writes.push({ put: { ...noticeKey(notice.id), notice, gsi2pk: 'NOTICES', gsi2sk: noticeListKey(notice), revision, loadedInBulk: true } });
    writes.push({ put: { pk: noticeKey(notice.id).pk, sk: MATCHING_SK, revision, at, divisions, ...(openKey ? { openKey } : {}) } });
    for (const d of divisions) writes.push({ put: { pk: noticeBucket(d), sk: notice.id, notice } });
    if (openKey) writes.push({ put: { pk: OPEN_NOTICES_PK, sk: openKey, noticeId: notice.id } });
  }
  for (const profile of catalogue.profiles) {
    const divisions = [...prepareProfile(profile).divisions].sort();
    writes.push({ put: { ...profileKey(profile.orgId), profile, revision, loadedInBulk: true } });
    writes.push({ put: { pk: profileKey(profile.orgId).pk, sk: MATCHING_SK, revision, at, divisions } });
    for (const d of divisions) writes.push({ put: { pk: profileBucket(d), sk: profile.orgId, profile } });
  }
  // The same pair may come from both sides (a notice's and a profile's matches): written once.
  const seen = new Set<string>();
  for (const match of catalogue.matches ?? []) {
    const keys = matchItemKeys(match);
    if (seen.has(`${keys.pk}\u0000${keys.sk}`)) continue;
    seen.add(`${keys.pk}\u0000${keys.sk}`);
    writes.push({ put: { ...keys, match, digest: matchDigest(match) } });
  }
  return writes;
}

export async function bulkLoadCatalogue(
  catalogue: Catalogue,
  now: Date,
  options: { concurrency?: number } = {},
): Promise<BatchWriteResult & { items: number }> {
  const writes = catalogueWrites(catalogue, now);
  const result = await batchWrite(writes, { concurrency: options.concurrency ?? 8 });
  return { ...result, items: writes.length };
}
