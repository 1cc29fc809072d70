import type { BidderProfile } from '../bidder-profile.js';
import type { Notice } from '../notice.js';
import type { Match } from './match-types.js';
import { compareForBidder, compareForNotice } from './match-keys.js';
import { evaluateTarget, type PreparedNotice, type PreparedProfile, prepareNotice, prepareProfile } from './evaluate-match.js';

/**
 * Candidate pre-filter: a pair can only match when they share a CPV division
 * and a NUTS 2 area (match-buckets.ts), so notices and profiles are bucketed
 * by both and a change is compared with its buckets only, not with everything. Within a bucket, blockers
 * (region, reservation, capacity, deadline) are checked before the costlier
 * text scoring, so pairs blocked twice are dropped early.
 * In AWS the same buckets are items (see the API handler); here they are maps.
 */
export class CandidateIndex {
  private readonly profilesByBucket = new Map<string, Map<string, BidderProfile>>();
  private readonly noticesByBucket = new Map<string, Map<string, Notice>>();
  private readonly profiles = new Map<string, BidderProfile>();
  private readonly notices = new Map<string, Notice>();

  upsertProfile(profile: BidderProfile): void {
    this.removeProfile(profile.orgId);
    this.profiles.set(profile.orgId, profile);
    for (const d of prepareProfile(profile).buckets) bucket(this.profilesByBucket, d).set(profile.orgId, profile);
  }

  removeProfile(orgId: string): void {
    const old = this.profiles.get(orgId);
    if (!old) return;
    for (const d of prepareProfile(old).buckets) this.profilesByBucket.get(d)?.delete(orgId);
    this.profiles.delete(orgId);
  }

  upsertNotice(notice: Notice): void {
    this.removeNotice(notice.id);
    this.notices.set(notice.id, notice);
    for (const d of prepareNotice(notice).buckets) bucket(this.noticesByBucket, d).set(notice.id, notice);
  }

  removeNotice(id: string): void {
    const old = this.notices.get(id);
    if (!old) return;
    for (const d of prepareNotice(old).buckets) this.noticesByBucket.get(d)?.delete(id);
    this.notices.delete(id);
  }

  profileCandidates(notice: Notice): BidderProfile[] {
    return union(prepareNotice(notice).buckets, this.profilesByBucket);
  }

  noticeCandidates(profile: BidderProfile): Notice[] {
    return union(prepareProfile(profile).buckets, this.noticesByBucket);
  }

  allProfiles(): BidderProfile[] {
    return [...this.profiles.values()];
  }
  allNotices(): Notice[] {
    return [...this.notices.values()];
  }
  profile(orgId: string): BidderProfile | undefined {
    return this.profiles.get(orgId);
  }
  notice(id: string): Notice | undefined {
    return this.notices.get(id);
  }
}

function bucket<T>(map: Map<string, Map<string, T>>, key: string): Map<string, T> {
  let b = map.get(key);
  if (!b) {
    b = new Map();
    map.set(key, b);
  }
  return b;
}

function union<T>(divisions: Iterable<string>, map: Map<string, Map<string, T>>): T[] {
  const seen = new Map<string, T>();
  for (const d of divisions) for (const [id, v] of map.get(d) ?? []) seen.set(id, v);
  return [...seen.values()];
}

/** Matches and near-misses of one notice (each lot) against the given profiles, in the notice view's order. */
export function matchNoticeAgainstProfiles(notice: Notice, profiles: Iterable<BidderProfile>, now: Date): Match[] {
  return matchPreparedNotice(prepareNotice(notice), [...profiles].map(prepareProfile), now);
}

/** The same, for a notice and profiles already prepared (as read from candidate buckets). */
export function matchPreparedNotice(notice: PreparedNotice, profiles: Iterable<PreparedProfile>, now: Date): Match[] {
  const { targets } = notice;
  const out: Match[] = [];
  for (const pp of profiles) {
    for (const t of targets) {
      const m = evaluateTarget(t, pp, now);
      if (m) out.push(m);
    }
  }
  return out.sort(compareForNotice);
}

/** Matches and near-misses of one profile against the given notices, best first. */
export function matchProfileAgainstNotices(profile: BidderProfile, notices: Iterable<Notice>, now: Date): Match[] {
  return matchPreparedProfile(prepareProfile(profile), [...notices].map(prepareNotice), now);
}

/** The same, for a profile and notices already prepared (as read from candidate buckets). */
export function matchPreparedProfile(pp: PreparedProfile, notices: Iterable<PreparedNotice>, now: Date): Match[] {
  const out: Match[] = [];
  for (const notice of notices) {
    for (const t of notice.targets) {
      const m = evaluateTarget(t, pp, now);
      if (m) out.push(m);
    }
  }
  return out.sort(compareForBidder);
}
