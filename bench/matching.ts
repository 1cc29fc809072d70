import { performance } from 'node:perf_hooks';
import { CandidateIndex, matchNoticeAgainstProfiles, matchProfileAgainstNotices } from '../shared/procurement/domain/matching/candidate-index.js';
import { planMatchWrites, bidderMatchesPk, noticeMatchesGsi1pk } from '../shared/procurement/domain/matching/match-keys.js';
import type { Match } from '../shared/procurement/domain/matching/match-types.js';
import { reachOf } from '../shared/procurement/domain/matching/reach.js';
import type { WhatIf } from '../shared/procurement/domain/matching/what-if.js';
import { changedNotice, compareReach, whatIf, whatIfInstant } from '../shared/procurement/domain/matching/what-if.js';
import { prepareNotice, prepareProfile } from '../shared/procurement/domain/matching/evaluate-match.js';
import { generateNotices, generateProfiles } from '../local/seed/procurement-seed.js';

/**
 * Matching at scale, in memory: generated notices (a third with lots) and
 * bidders. Stored matches live in sorted arrays keyed like the DynamoDB items,
 * so a read is a slice of one partition, as a Query would be. Each figure is
 * compared with a naive pass over everything, and the answers must be equal.
 */
export interface MatchingBenchOptions {
  readonly notices?: number;
  readonly bidders?: number;
  /** How many bidders and notices to sample for the read and what-if figures. */
  readonly samples?: number;
}

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.max(0, Math.ceil(xs.length * 0.95) - 1)] ?? 0;
const time = <T>(f: () => T): [T, number] => {
  const t = performance.now();
  const r = f();
  return [r, performance.now() - t];
};
const same = (a: readonly Match[], b: readonly Match[]) => JSON.stringify(a) === JSON.stringify(b);

export function runMatchingBench(options: MatchingBenchOptions = {}): Record<string, number | string | boolean> {
  const now = new Date('2026-03-02T09:00:00Z');
  const nNotices = options.notices ?? 20_000;
  const nBidders = options.bidders ?? 5_000;
  const samples = options.samples ?? 100;
  const notices = generateNotices(nNotices, now, 11);
  const profiles = generateProfiles(nBidders, now, 12);

  const [, prepareMs] = time(() => {
    notices.forEach(prepareNotice);
    profiles.forEach(prepareProfile);
  });
  const index = new CandidateIndex();
  const [, indexMs] = time(() => {
    for (const n of notices) index.upsertNotice(n);
    for (const p of profiles) index.upsertProfile(p);
  });

  // The stored partitions, filled for the sampled bidders and notices.
  const bidderPartitions = new Map<string, Match[]>();
  const noticePartitions = new Map<string, Match[]>();
  const step = (count: number) => Math.max(1, Math.floor(count / samples));
  const sampledProfiles = profiles.filter((_, i) => i % step(nBidders) === 0).slice(0, samples);
  const sampledNotices = notices.filter((_, i) => i % step(nNotices) === 0).slice(0, samples);

  // One changed profile: compute (candidates only) and plan the writes.
  const profileMs: number[] = [];
  for (const p of sampledProfiles) {
    const [matches, ms] = time(() => {
      const m = matchProfileAgainstNotices(p, index.noticeCandidates(p), now);
      planMatchWrites([], m);
      return m;
    });
    profileMs.push(ms);
    bidderPartitions.set(bidderMatchesPk(p.orgId), matches);
  }
  // One new notice.
  const noticeMs: number[] = [];
  for (const n of sampledNotices) {
    const [matches, ms] = time(() => {
      const m = matchNoticeAgainstProfiles(n, index.profileCandidates(n), now);
      planMatchWrites([], m);
      return m;
    });
    noticeMs.push(ms);
    noticePartitions.set(noticeMatchesGsi1pk(n.id), matches);
  }

  // Reads: a bidder's top 20 and a buyer's reach, stored vs naive.
  let equal = true;
  const topMs: number[] = [];
  const topNaiveMs: number[] = [];
  for (const p of sampledProfiles) {
    const [stored, ms] = time(() => bidderPartitions.get(bidderMatchesPk(p.orgId))!.slice(0, 20));
    const [naive, naiveMs] = time(() => matchProfileAgainstNotices(p, notices, now).slice(0, 20));
    topMs.push(ms);
    topNaiveMs.push(naiveMs);
    equal &&= same(stored, naive);
  }
  const reachMs: number[] = [];
  const reachNaiveMs: number[] = [];
  for (const n of sampledNotices) {
    const [stored, ms] = time(() => reachOf(n, noticePartitions.get(noticeMatchesGsi1pk(n.id))!));
    const [naive, naiveMs] = time(() => reachOf(n, matchNoticeAgainstProfiles(n, profiles, now)));
    reachMs.push(ms);
    reachNaiveMs.push(naiveMs);
    equal &&= JSON.stringify(stored) === JSON.stringify(naive);
  }
  // The naive what-if: every bidder fully matched before and after the change.
  const naiveWhatIf = (n: (typeof notices)[number], change: WhatIf) => {
    const changed = changedNotice(n, change, now);
    const at = whatIfInstant(n, now);
    return compareReach(change, reachOf(n, matchNoticeAgainstProfiles(n, profiles, at)), reachOf(changed, matchNoticeAgainstProfiles(changed, profiles, at)));
  };
  const whatIfMs: number[] = [];
  const whatIfNaiveMs: number[] = [];
  for (const n of sampledNotices.slice(0, Math.min(50, samples))) {
    const change = { kind: 'split-into-lots' as const, lotValueSek: Math.max(10_000, Math.round(n.estimatedValueSek / 4)) };
    const [fast, ms] = time(() => whatIf(n, change, index.profileCandidates(n), now));
    const [naive, naiveMs] = time(() => naiveWhatIf(n, change));
    whatIfMs.push(ms);
    whatIfNaiveMs.push(naiveMs);
    equal &&= JSON.stringify(fast) === JSON.stringify(naive);
  }

  const r = (x: number) => Math.round(x * 100) / 100;
  const figures = {
    notices: nNotices,
    bidders: nBidders,
    samples,
    prepareMs: r(prepareMs),
    indexMs: r(indexMs),
    newNoticeP95Ms: r(p95(noticeMs)),
    changedProfileP95Ms: r(p95(profileMs)),
    bidderTop20P95Ms: r(p95(topMs)),
    bidderTop20NaiveP95Ms: r(p95(topNaiveMs)),
    bidderTop20Speedup: r(p95(topNaiveMs) / Math.max(p95(topMs), 0.001)),
    buyerReachP95Ms: r(p95(reachMs)),
    buyerReachNaiveP95Ms: r(p95(reachNaiveMs)),
    buyerReachSpeedup: r(p95(reachNaiveMs) / Math.max(p95(reachMs), 0.001)),
    whatIfP95Ms: r(p95(whatIfMs)),
    whatIfNaiveP95Ms: r(p95(whatIfNaiveMs)),
    whatIfSpeedup: r(p95(whatIfNaiveMs) / Math.max(p95(whatIfMs), 0.001)),
    sameAnswers: equal,
  };
  console.table(figures);
  return figures;
}

if (process.argv[1]?.endsWith('matching.ts')) runMatchingBench({ samples: Number(process.argv[2] ?? 100) });
