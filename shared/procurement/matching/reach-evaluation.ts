import type { BidderProfile } from '../bidder-profile.js';
import type { Notice } from '../notice.js';
import {
  BlockerBits, blockerBitsOf, blockerFacts, blockerOf, cpvDepthOf, DepthFit, isReserved, prepareNotice, prepareProfile, ScoreWeights,
} from './evaluate-match.js';
import type { Blocker } from './match-types.js';
import type { NoticeReach, ReachEntry } from './reach.js';
import { reachOf } from './reach.js';
import { textScore } from './swedish-text.js';

/**
 * The buyer's reach of a notice over the given profiles, equal to
 * reachOf(notice, matchNoticeAgainstProfiles(notice, profiles, now)) but
 * without building full matches: the reach view shows only who, the score and
 * the one blocker, so reasons, CPV paths, matched words and formatted amounts
 * are never made. Per pair, in the order of their cost:
 *  1. blockers as bits (deadline, region, reservation, capacity): two or more
 *     and evaluateTarget drops the pair, so it is dropped here before anything else;
 *  2. the shared CPV depth: below the division, bestCpv finds nothing and the
 *     pair is dropped (the depth is all the score needs of bestCpv);
 *  3. the score, the same weighted sum as evaluateTarget in the same order (a
 *     skipped zero term adds nothing to a float sum), with textScore, the sum
 *     textRelevance reports;
 *  4. the blocker texts, from blockersFor itself, only for the near-misses.
 * Entries go to reachOf in the order matchNoticeAgainstProfiles gives
 * (compareForNotice: per lot, score descending, then orgId by code unit), so
 * even ties in reachOf's own sort come out the same.
 */
export function reachAmong(notice: Notice, profiles: Iterable<BidderProfile>, now: Date): NoticeReach {
  // Lots of a split share their codes and text (only numbers differ, and they are no words):
  // the CPV depth and text score are computed once per profile for each such group.
  const groups = new Map<string, number>();
  const targets = prepareNotice(notice).targets.map((t) => {
    const key = `${t.cpv.join(',')}|${[...t.text.weights].map(([stem, w]) => `${stem}:${w}`).join(' ')}`;
    if (!groups.has(key)) groups.set(key, groups.size);
    return {
      t,
      facts: blockerFacts(t, now),
      group: groups.get(key)!,
      reserved: isReserved(t),
      // The blockers that are the same for every bidder, made once (beyond-capacity names the bidder's capacity).
      shared: new Map<number, Blocker>(),
    };
  });
  const depths = new Array<number>(groups.size);
  const texts = new Array<number>(groups.size);
  const entries: ReachEntry[] = [];
  for (const profile of profiles) {
    const prepared = prepareProfile(profile);
    depths.fill(-1);
    texts.fill(-1);
    for (const { t, facts, group, reserved, shared } of targets) {
      const bits = blockerBitsOf(facts, profile);
      if ((bits & (bits - 1)) !== 0) continue; // two or more blockers
      if (depths[group] === -1) depths[group] = cpvDepthOf(t, profile);
      const depth = depths[group]!;
      if (depth < 2) continue;
      const perYear = facts.perYear;
      const capacityFit = perYear <= profile.capacitySekPerYear ? 1 : profile.consortiumWilling ? profile.capacitySekPerYear / perYear : 0;
      const regionFit = (bits & BlockerBits.regionNotServed) === 0 ? 1 : 0;
      const reservationFit = reserved && (bits & BlockerBits.notEligibleForReservation) === 0 ? 1 : 0;
      let sharedObjectives = 0;
      for (const o of t.socialObjectives) if (profile.socialObjectives.includes(o)) sharedObjectives++;
      const objectiveFit = t.socialObjectives.length === 0 ? 0 : sharedObjectives / t.socialObjectives.length;
      const total = sumPositive(
        ScoreWeights.cpv * (DepthFit[depth] ?? 0),
        ScoreWeights.text * (texts[group]! >= 0 ? texts[group]! : (texts[group] = textScore(t.text, prepared.text))),
        ScoreWeights.region * regionFit,
        ScoreWeights.capacity * capacityFit,
        ScoreWeights.reservation * reservationFit,
        ScoreWeights['social-objectives'] * objectiveFit,
      );
      let blockers: readonly Blocker[] = [];
      if (bits === BlockerBits.beyondCapacity) blockers = [blockerOf(bits, t, profile)];
      else if (bits !== 0) {
        let b = shared.get(bits);
        if (!b) shared.set(bits, (b = blockerOf(bits, t, profile)));
        blockers = [b];
      }
      entries.push({
        lotId: t.lotId,
        orgId: profile.orgId,
        bidderName: profile.name,
        kind: bits === 0 ? 'match' : 'near-miss',
        score: Math.round(total * 10_000) / 10_000,
        blockers,
      });
    }
  }
  // reachOf groups by lot itself; within a lot this is compareForNotice's order.
  entries.sort((a, b) => b.score - a.score || (a.orgId < b.orgId ? -1 : a.orgId > b.orgId ? 1 : 0));
  return reachOf(notice, entries);

}

/** evaluateTarget's total: the positive points added left to right from 0. */
function sumPositive(a: number, b: number, c: number, d: number, e: number, f: number): number {
  let total = 0;
  if (a > 0) total += a;
  if (b > 0) total += b;
  if (c > 0) total += c;
  if (d > 0) total += d;
  if (e > 0) total += e;
  if (f > 0) total += f;
  return total;
}
