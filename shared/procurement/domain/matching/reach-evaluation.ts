import { onFirstUse } from '../../../platform/on-first-use.js';
import type { BidderProfile } from '../bidder-profile.js';
import type { Notice } from '../notice.js';
import type { BlockerFacts, MatchTarget } from './evaluate-match.js';
import type { TextVector } from './swedish-text.js';
import {
  BlockerBits,
  blockerBitsOf,
  blockerFacts,
  blockerOf,
  cpvDepthOf,
  DepthFit,
  isReserved,
  prepareNotice,
  prepareProfile,
  ScoreWeights,
} from './evaluate-match.js';
import type { Blocker } from './match-types.js';
import type { LotReach, NoticeReach } from './reach.js';
import { textScorer } from './swedish-text.js';

type Reached = LotReach['reached'][number];
type NearMissed = LotReach['nearMissed'][number];

// What String.prototype.localeCompare without arguments does (ECMA-402), without making a collator per call.
// Made on first use, not at load (onFirstUse says why).
const collator = onFirstUse(() => new Intl.Collator());
const localeOrder = (a: string, b: string): number => collator().compare(a, b);

const byLocaleThenCodeUnit = (a: Reached, b: Reached): number => localeOrder(a.orgId, b.orgId) || (a.orgId < b.orgId ? -1 : a.orgId > b.orgId ? 1 : 0);

/**
 * reachOf's order within a lot: score descending, then orgId by locale (and,
 * as reachOf's stable sort keeps its input's order, by code unit). Scores
 * have four decimals, so score × 10,000 is a whole number: the list is sorted
 * by that number packed with the position (a numeric typed-array sort, no
 * comparator calls), then only each run of equal scores by locale. The same
 * total order, with a collator call only where scores tie.
 */
const position = 2 ** 21;
function sortAsReachOf<T extends Reached>(list: T[]): void {
  const n = list.length;
  if (n < 2) return;
  const keys = new Float64Array(n);
  let whole = n < position;
  for (let i = 0; i < n && whole; i++) {
    const points = Math.round(list[i]!.score * 10_000);
    whole = points / 10_000 === list[i]!.score && points >= 0 && points <= 10_000;
    keys[i] = (10_000 - points) * position + i;
  }
  if (!whole) {
    // Not reached from reachAmong's rounded scores; kept so the order never depends on it.
    list.sort((a, b) => b.score - a.score || byLocaleThenCodeUnit(a, b));
    return;
  }
  keys.sort();
  const byScore = Array.from(keys, (k) => list[k % position]!);
  for (let start = 0; start < n; ) {
    let end = start + 1;
    while (end < n && byScore[end]!.score === byScore[start]!.score) end++;
    if (end - start > 1) {
      const run = byScore.slice(start, end).sort(byLocaleThenCodeUnit);
      for (let k = 0; k < run.length; k++) byScore[start + k] = run[k]!;
    }
    start = end;
  }
  for (let i = 0; i < n; i++) list[i] = byScore[i]!;
}

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
 *     skipped zero term adds nothing to a float sum), with textScorer: textScore's sum,
 *     the one textRelevance reports;
 *  4. the blocker texts, from blockersFor itself, only for the near-misses.
 * Lots with the same facts are evaluated once per profile, and the lot lists
 * are built directly (no match or entry objects in between), then sorted as
 * reachOf sorts them, so even ties come out the same.
 */
export function reachAmong(notice: Notice, profiles: Iterable<BidderProfile>, now: Date): NoticeReach {
  // Lots of a split share their codes and text (only numbers differ, and they are no words):
  // the CPV depth and text score are computed once per profile for each such group.
  const groups = new Map<string, number>();
  // Lots that also share every fact a pair's entry depends on (the blockers' facts, the yearly value, the
  // social objectives) form a class: one entry per class and profile, the same for each of its lots.
  const classKeys = new Map<string, number>();
  const classes: { t: MatchTarget; facts: BlockerFacts; group: number; reserved: boolean; shared: Map<number, Blocker> }[] = [];
  const targets = prepareNotice(notice).targets;
  const classOf = targets.map((t) => {
    const key = `${t.cpv.join(',')}|${[...t.text.weights].map(([stem, w]) => `${stem}:${w}`).join(' ')}`;
    if (!groups.has(key)) groups.set(key, groups.size);
    const group = groups.get(key)!;
    const facts = blockerFacts(t, now);
    const classKey = [
      group,
      facts.deadlinePassed,
      facts.nuts.join(','),
      facts.reservation,
      facts.reservedForIdeburna,
      facts.perYear,
      t.socialObjectives.join(','),
    ].join('|');
    let c = classKeys.get(classKey);
    if (c === undefined) {
      c = classes.length;
      classKeys.set(classKey, c);
      // shared: the blockers that are the same for every bidder, made once (beyond-capacity names the bidder's capacity).
      classes.push({ t, facts, group, reserved: isReserved(t), shared: new Map() });
    }
    return c;
  });
  // reachOf groups by lot id: lots sharing an id (the rules forbid it, a what-if does not re-check) share one list.
  // A list fed by the same classes as an earlier one has the same entries: it is filled and sorted once.
  const lists = new Map<string, { reached: Reached[]; nearMissed: NearMissed[]; classes: number[] }>();
  targets.forEach((t, i) => {
    const l = lists.get(t.lotId);
    if (l) l.classes.push(classOf[i]!);
    else lists.set(t.lotId, { reached: [], nearMissed: [], classes: [classOf[i]!] });
  });
  const leaders = new Map<string, { reached: Reached[]; nearMissed: NearMissed[] }>();
  const fillOf = targets.map((t) => {
    const l = lists.get(t.lotId)!;
    const signature = l.classes.join(',');
    const leader = leaders.get(signature);
    if (!leader) leaders.set(signature, l);
    return leader === undefined || leader === l ? l : undefined;
  });

  const scorers = new Array<(other: TextVector) => number>(groups.size);
  for (const { t, group } of classes) scorers[group] ??= textScorer(t.text);
  const depths = new Array<number>(groups.size);
  const texts = new Array<number>(groups.size);
  const state = new Int8Array(classes.length); // per profile: 0 not yet evaluated, 1 dropped, 2 match, 3 near-miss
  const scores = new Float64Array(classes.length);
  const blockers = new Array<Blocker | undefined>(classes.length);
  // Distinct orgIds reached, and the profiles nearly reached by some lot (counted once all reached are known).
  const reached = new Set<string>();
  const nearOnly: string[] = [];
  for (const profile of profiles) {
    const prepared = prepareProfile(profile);
    depths.fill(-1);
    texts.fill(-1);
    state.fill(0);
    // A group's text score for this profile, computed once (-1 marks not yet).
    const textScore = (group: number): number => {
      if (texts[group]! < 0) texts[group] = scorers[group]!(prepared.text);
      return texts[group]!;
    };
    let reachedHere = false;
    let nearHere = false;
    for (let i = 0; i < targets.length; i++) {
      const list = fillOf[i];
      if (list === undefined) continue;
      const c = classOf[i]!;
      if (state[c] === 0) {
        const { t, facts, group, reserved, shared } = classes[c]!;
        const bits = blockerBitsOf(facts, profile);
        if ((bits & (bits - 1)) !== 0) {
          // two or more blockers
          state[c] = 1;
          continue;
        }
        if (depths[group] === -1) depths[group] = cpvDepthOf(t, profile);
        const depth = depths[group]!;
        if (depth < 2) {
          state[c] = 1;
          continue;
        }
        const perYear = facts.perYear;
        const capacityFit = perYear <= profile.capacitySekPerYear ? 1 : profile.consortiumWilling ? profile.capacitySekPerYear / perYear : 0;
        const regionFit = (bits & BlockerBits.regionNotServed) === 0 ? 1 : 0;
        const reservationFit = reserved && (bits & BlockerBits.notEligibleForReservation) === 0 ? 1 : 0;
        let sharedObjectives = 0;
        for (const o of t.socialObjectives) if (profile.socialObjectives.includes(o)) sharedObjectives++;
        const objectiveFit = t.socialObjectives.length === 0 ? 0 : sharedObjectives / t.socialObjectives.length;
        const total = sumPositive(
          ScoreWeights.cpv * (DepthFit[depth] ?? 0),
          ScoreWeights.text * textScore(group),
          ScoreWeights.region * regionFit,
          ScoreWeights.capacity * capacityFit,
          ScoreWeights.reservation * reservationFit,
          ScoreWeights['social-objectives'] * objectiveFit,
        );
        scores[c] = Math.round(total * 10_000) / 10_000;
        if (bits === 0) state[c] = 2;
        else {
          state[c] = 3;
          if (bits === BlockerBits.beyondCapacity) blockers[c] = blockerOf(bits, t, profile);
          else {
            let b = shared.get(bits);
            if (!b) {
              b = blockerOf(bits, t, profile);
              shared.set(bits, b);
            }
            blockers[c] = b;
          }
        }
      }
      if (state[c] === 2) {
        list.reached.push({ orgId: profile.orgId, name: profile.name, score: scores[c]! });
        reachedHere = true;
      } else if (state[c] === 3) {
        list.nearMissed.push({ orgId: profile.orgId, name: profile.name, score: scores[c]!, blocker: blockers[c]! });
        nearHere = true;
      }
    }
    if (reachedHere) reached.add(profile.orgId);
    else if (nearHere) nearOnly.push(profile.orgId);
  }
  // The same entries, order and counts as reachOf builds from full matches.
  for (const l of leaders.values()) {
    sortAsReachOf(l.reached);
    sortAsReachOf(l.nearMissed);
  }
  const lots: LotReach[] = targets.map((t) => {
    const l = lists.get(t.lotId)!;
    const leader = leaders.get(l.classes.join(','))!;
    // Entries are read-only values: a follower lot gets its own arrays of the leader's entries.
    const own = leader === l ? l : { reached: leader.reached.slice(), nearMissed: leader.nearMissed.slice() };
    return { lotId: t.lotId, lotTitle: t.lotTitle, reached: own.reached, nearMissed: own.nearMissed };
  });
  const near = new Set<string>();
  for (const orgId of nearOnly) if (!reached.has(orgId)) near.add(orgId);
  return { noticeId: notice.id, reachedCount: reached.size, nearMissedCount: near.size, lots };
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
