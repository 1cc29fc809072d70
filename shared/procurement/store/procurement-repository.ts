import { fromAttributes, queryPages, toAttributes } from '../../platform/dynamodb/dynamo.js';
import { EnvironmentTable } from '../../platform/dynamodb/dynamo-table.js';
import { ItemStore } from '../../platform/dynamodb/index.js';
import type { BidderProfile } from '../domain/bidder-profile.js';
import type { Notice } from '../domain/notice.js';
import { noticeListKey } from '../domain/notice-keys.js';
import type { Match } from '../domain/matching/match-types.js';
import { matchNoticeAgainstProfiles, matchProfileAgainstNotices } from '../domain/matching/candidate-index.js';
import { prepareNotice, prepareProfile } from '../domain/matching/evaluate-match.js';
import { bidderMatchesPk, bidderMatchSk, noticeMatchesGsi1pk, planMatchWrites } from '../domain/matching/match-keys.js';

/**
 * Notices, profiles and stored matches in the single table. Besides its own
 * item, each notice and profile is copied into one bucket per CPV division
 * (NOTICES#DIV#<dd> / BIDDERS#DIV#<dd>), so a change reads its candidates with
 * one Query per division instead of scanning; matches are then stored so every
 * read (a bidder's top list, a notice's reach) is one Query.
 *   notice:   pk NOTICE#<id>, sk NOTICE;  list: gsi2pk NOTICES, gsi2sk <createdAt>#<id> (noticeListKey)
 *   profile:  pk BIDDER#<orgId>, sk PROFILE
 *   buckets:  pk NOTICES#DIV#<dd> sk <noticeId>;  pk BIDDERS#DIV#<dd> sk <orgId>
 *   matches:  see matching/match-keys.ts
 */
const items = new ItemStore();
const noticeBucket = (d: string) => `NOTICES#DIV#${d}`;
const profileBucket = (d: string) => `BIDDERS#DIV#${d}`;

export async function getNotice(id: string): Promise<Notice | undefined> {
  return (await items.get<{ notice: Notice }>(`NOTICE#${id}`, 'NOTICE'))?.notice;
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
  return (await items.get<{ profile: BidderProfile }>(`BIDDER#${orgId}`, 'PROFILE'))?.profile;
}

async function candidatesByDivision<T>(divisions: Iterable<string>, bucket: (d: string) => string, key: 'notice' | 'profile'): Promise<T[]> {
  const seen = new Map<string, T>();
  for (const d of divisions) {
    for (const item of await items.query<Record<string, unknown>>(bucket(d))) seen.set(String(item.sk), item[key] as T);
  }
  return [...seen.values()];
}

export const profileCandidates = (divisions: Iterable<string>) => candidatesByDivision<BidderProfile>(divisions, profileBucket, 'profile');
export const noticeCandidates = (divisions: Iterable<string>) => candidatesByDivision<Notice>(divisions, noticeBucket, 'notice');

export async function storedBidderMatches(orgId: string, limit?: number): Promise<Match[]> {
  return (await items.query<{ match: Match }>(bidderMatchesPk(orgId), limit ? { limit } : {})).map((i) => i.match);
}

export async function storedNoticeMatches(noticeId: string): Promise<Match[]> {
  return (await items.query<{ match: Match }>(noticeMatchesGsi1pk(noticeId), { index: 'gsi1' })).map((i) => i.match);
}

async function writeMatches(existing: Match[], next: Match[]): Promise<void> {
  const plan = planMatchWrites(
    existing.map((m) => ({ pk: bidderMatchesPk(m.orgId), sk: bidderMatchSk(m) })),
    next,
  );
  for (const d of plan.deletes) await items.delete(d.pk, d.sk);
  for (const p of plan.puts) await items.put(p.keys.pk, p.keys.sk, { match: p.match }, { gsi1pk: p.keys.gsi1pk, gsi1sk: p.keys.gsi1sk });
}

/** Stores a new or changed notice and recomputes its matches against the candidate profiles. */
export async function saveNotice(notice: Notice, previous: Notice | undefined, now: Date): Promise<Match[]> {
  const divisions = prepareNotice(notice).divisions;
  if (previous) for (const d of prepareNotice(previous).divisions) if (!divisions.has(d)) await items.delete(noticeBucket(d), previous.id);
  await items.put(`NOTICE#${notice.id}`, 'NOTICE', { notice }, { gsi2pk: 'NOTICES', gsi2sk: noticeListKey(notice) });
  for (const d of divisions) await items.put(noticeBucket(d), notice.id, { notice });
  const matches = matchNoticeAgainstProfiles(notice, await profileCandidates(divisions), now);
  await writeMatches(await storedNoticeMatches(notice.id), matches);
  return matches;
}

/** Stores a new or changed profile and recomputes its matches against the candidate notices. */
export async function saveProfile(profile: BidderProfile, previous: BidderProfile | undefined, now: Date): Promise<Match[]> {
  const divisions = prepareProfile(profile).divisions;
  if (previous) for (const d of prepareProfile(previous).divisions) if (!divisions.has(d)) await items.delete(profileBucket(d), previous.orgId);
  await items.put(`BIDDER#${profile.orgId}`, 'PROFILE', { profile });
  for (const d of divisions) await items.put(profileBucket(d), profile.orgId, { profile });
  const matches = matchProfileAgainstNotices(profile, await noticeCandidates(divisions), now);
  await writeMatches(await storedBidderMatches(profile.orgId), matches);
  return matches;
}
