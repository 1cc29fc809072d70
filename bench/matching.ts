import { waitUntilIdle } from '../local/engines/clock/wait-until-idle.js';
import { startLocalRuntime } from '../local/runtime/local-runtime.js';
import { generateNotices, generateProfiles } from '../local/seed/procurement-seed.js';
import { fromAttributes, queryPages, toAttributes } from '../shared/platform/dynamodb/dynamo.js';
import { EnvironmentTable } from '../shared/platform/dynamodb/dynamo-table.js';
import { toMatchView, toReachView, toWhatIfView } from '../shared/procurement/api/notice-views.js';
import type { BidderProfile } from '../shared/procurement/domain/bidder-profile.js';
import type { Notice } from '../shared/procurement/domain/notice.js';
import { CandidateIndex, matchNoticeAgainstProfiles, matchProfileAgainstNotices } from '../shared/procurement/domain/matching/candidate-index.js';
import type { Match } from '../shared/procurement/domain/matching/match-types.js';
import { isClosedForMatching } from '../shared/procurement/domain/matching/matching-status.js';
import { reachOf } from '../shared/procurement/domain/matching/reach.js';
import { changedNotice, compareReach, type WhatIf, whatIfInstant, withBreakdown } from '../shared/procurement/domain/matching/what-if.js';
import { BATCH_WRITE_SIZE } from '../shared/platform/dynamodb/batch-writes.js';
import { bulkLoadCatalogue } from '../shared/procurement/store/bulk-load.js';
import { recomputeNotice, recomputeProfile } from '../shared/procurement/store/match-recompute.js';
import { PROFILES_LIST_PK } from '../shared/procurement/store/procurement-repository.js';
import { logDynamoRequests } from './matching/dynamo-requests.js';
import { percentile, round } from './percentiles.js';

/**
 * Matching at scale through the local engine: generated notices (a third with
 * lots) and bidders are loaded in bulk into DynamoDB Local, then every figure
 * is measured over HTTP against the local runtime (the same handlers, stream
 * and indexer as in AWS) and set beside a naive pass over the same stored data:
 * read every stored notice or profile, match everything, and answer the same
 * view, which must be identical.
 *
 * Stored matches: a full catalogue of 20,000 × 5,000 holds about 23 million
 * match items (4,600 a bidder, most of them near-misses on region), more than
 * DynamoDB Local holds in memory; the matches of the sampled bidders and notices are
 * stored (each complete, so their views are exact), the rest of the catalogue
 * is stored without its matches.
 */
export interface MatchingBenchOptions {
  readonly notices?: number;
  readonly bidders?: number;
  /** Bidders and notices sampled for the HTTP figures. */
  readonly samples?: number;
  /** Of those, how many also get the naive pass (it reads the whole store each time). */
  readonly naiveSamples?: number;
}

export type MatchingFigures = Record<string, number | string | boolean>;

const time = async <T>(f: () => Promise<T>): Promise<[T, number]> => {
  const started = performance.now();
  const result = await f();
  return [result, performance.now() - started];
};
const p95 = (xs: readonly number[]) => round(percentile(xs, 95));

export async function runMatchingBench(options: MatchingBenchOptions = {}): Promise<MatchingFigures> {
  process.env.LOG_LEVEL ??= 'silent';
  const nNotices = options.notices ?? 20_000;
  const nBidders = options.bidders ?? 5_000;
  const samples = options.samples ?? 20;
  const naiveSamples = Math.min(samples, options.naiveSamples ?? 5);
  const runtime = await startLocalRuntime({ port: 0, web: false, seed: false });
  try {
    const url = runtime.url;
    const clockNow = async () => new Date(((await (await fetch(`${url}/dev/clock`)).json()) as { now: string }).now);
    const now = await clockNow();
    const idle = async () => {
      if (!(await waitUntilIdle(() => runtime.isIdle(), 600_000, 5))) throw new Error('the runtime did not settle');
    };

    // ---- the catalogue, and the complete matches of the sampled bidders and notices ----
    const notices = generateNotices(nNotices, now, 11).map((n) => ({ ...n, buyer: { orgId: 'vgr', unit: n.buyer.unit }, publicBody: 'vgr' }));
    const profiles = generateProfiles(nBidders, now, 12);
    const index = new CandidateIndex();
    for (const n of notices) index.upsertNotice(n);
    for (const p of profiles) index.upsertProfile(p);
    const every = <T>(xs: readonly T[], k: number) => xs.filter((_, i) => i % Math.max(1, Math.floor(xs.length / k)) === 0).slice(0, k);
    const sampledProfiles = every(profiles, samples);
    const sampledNotices = every(notices, samples);
    // One bidder and one notice with the most candidates, stored without matches: their first recompute is a full one.
    const broadest = profiles.reduce((a, b) => (index.noticeCandidates(b).length > index.noticeCandidates(a).length ? b : a));
    const fullProfile: BidderProfile = { ...broadest, orgId: 'bench-full-recompute', name: 'Bred förening' };
    const busiest = notices.reduce((a, b) => (index.profileCandidates(b).length > index.profileCandidates(a).length ? b : a));
    const fullNotice: Notice = { ...busiest, id: 'BENCH-FULL-RECOMPUTE' };
    const matches: Match[] = [];
    for (const p of sampledProfiles) matches.push(...matchProfileAgainstNotices(p, index.noticeCandidates(p), now));
    for (const n of sampledNotices) matches.push(...matchNoticeAgainstProfiles(n, index.profileCandidates(n), now));
    const [load, loadMs] = await time(() => bulkLoadCatalogue({ notices, profiles, matches }, now, { concurrency: 8 }));
    await idle();
    const requests = logDynamoRequests(runtime);
    const buyerToken = await runtime.token({ sub: 'bench-buyer', name: 'Inköpare', role: 'procurement', org: 'vgr' });
    const bidderToken = (org: string) => runtime.token({ sub: `bench-${org}`, name: 'Anbudsgivare', role: 'civil', org });
    const http = async (method: string, path: string, token: string, body?: unknown) => {
      const res = await fetch(`${url}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const answer = (await res.json()) as any;
      if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(answer).slice(0, 300)}`);
      return answer;
    };
    const apiRequestsOf = (mark: number) => requests.since(mark).filter((r) => r.fn === 'ProcurementApi').length;

    // ---- the naive passes: the whole store read and matched ----
    // The whole list of notices and of profiles (the GSI2 lists), every item read in full.
    const readAll = async <T>(listPk: string, key: 'notice' | 'profile', id: (t: T) => string): Promise<T[]> => {
      const all: T[] = [];
      for await (const page of queryPages(() => ({
        TableName: EnvironmentTable.name(),
        IndexName: 'gsi2',
        KeyConditionExpression: 'gsi2pk = :pk',
        ExpressionAttributeValues: toAttributes({ ':pk': listPk }),
      }))) {
        for (const raw of page) all.push(fromAttributes<Record<string, T>>(raw)[key]!);
      }
      return all.sort((a, b) => (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0));
    };
    const allStoredNotices = () => readAll<Notice>('NOTICES', 'notice', (n) => n.id);
    const allStoredProfiles = () => readAll<BidderProfile>(PROFILES_LIST_PK, 'profile', (p) => p.orgId);

    let sameAnswers = true;
    const differs: string[] = [];
    const check = (what: string, fast: unknown, naive: unknown) => {
      if (JSON.stringify(fast) !== JSON.stringify(naive)) {
        sameAnswers = false;
        differs.push(what);
      }
    };

    // One untimed request of each kind first (modules, JIT, connections), as a warm Lambda would have had.
    {
      const p = sampledProfiles[0]!;
      const n = sampledNotices[0]!;
      const token = await bidderToken(p.orgId);
      const { orgId: _o, updatedAt: _u, ...input } = p;
      await http('GET', `/bidders/${p.orgId}/matches?limit=20`, token);
      await http('GET', `/procurement/notices/${n.id}/matches`, buyerToken);
      // A notice not sampled: the what-ifs measured find their buckets as cold as an earlier notice's buckets leave them.
      const other = notices.find((x) => !sampledNotices.includes(x))!;
      await http('POST', `/procurement/notices/${other.id}/what-if`, buyerToken, {
        kind: 'split-into-lots',
        lotValueSek: Math.max(10_000, Math.round(other.estimatedValueSek / 2)),
      });
      await http('PUT', `/bidders/${p.orgId}`, token, input);
      await idle();
    }

    // ---- a bidder's top 20 ----
    const topMs: number[] = [];
    const topNaiveMs: number[] = [];
    for (const [i, p] of sampledProfiles.entries()) {
      const token = await bidderToken(p.orgId);
      const [view, ms] = await time(() => http('GET', `/bidders/${p.orgId}/matches?limit=20`, token));
      topMs.push(ms);
      if (i >= naiveSamples) continue;
      const [naive, naiveMs] = await time(async () => {
        const open = (await allStoredNotices()).filter((n) => !isClosedForMatching(n, now));
        const top = matchProfileAgainstNotices(p, open, now).slice(0, 20);
        return { items: top.filter((m) => m.kind === 'match').map(toMatchView), nearMisses: top.filter((m) => m.kind === 'near-miss').map(toMatchView) };
      });
      topNaiveMs.push(naiveMs);
      check(`top 20 of ${p.orgId}`, { items: view.items, nearMisses: view.nearMisses }, naive);
    }

    // ---- a buyer's reach view per lot ----
    const reachMs: number[] = [];
    const reachNaiveMs: number[] = [];
    for (const [i, n] of sampledNotices.entries()) {
      const [view, ms] = await time(() => http('GET', `/procurement/notices/${n.id}/matches`, buyerToken));
      reachMs.push(ms);
      if (i >= naiveSamples) continue;
      const [naive, naiveMs] = await time(async () => toReachView(reachOf(n, matchNoticeAgainstProfiles(n, await allStoredProfiles(), now))));
      reachNaiveMs.push(naiveMs);
      const { matches: _m, matchesTotal: _t, matching: _s, ...reach } = view;
      check(`reach of ${n.id}`, reach, naive);
    }

    // ---- a what-if ----
    const whatIfMs: number[] = [];
    const whatIfNaiveMs: number[] = [];
    const whatIfColdMs: number[] = [];
    for (const [i, n] of sampledNotices.entries()) {
      // Every other what-if also asks for its answer by region, the rest by lot-size band.
      const breakdown: WhatIf['breakdown'] = i % 2 === 0 ? { by: 'region' } : { by: 'lot-size', bandsSek: [500_000, 2_000_000, 10_000_000] };
      const change: WhatIf = { kind: 'split-into-lots', lotValueSek: Math.max(10_000, Math.round(n.estimatedValueSek / 4)), breakdown };
      // The first what-if on a notice reads those of its profile buckets no earlier what-if read (as after a change to them,
      // whose head then moved); a warm container answers the same question again from the buckets it keeps (store/bucket-cache.ts).
      const [first, coldMs] = await time(() => http('POST', `/procurement/notices/${n.id}/what-if`, buyerToken, change));
      whatIfColdMs.push(coldMs);
      const [view, ms] = await time(() => http('POST', `/procurement/notices/${n.id}/what-if`, buyerToken, change));
      whatIfMs.push(ms);
      check(`what-if on ${n.id}, first and again`, first, view);
      if (i >= naiveSamples) continue;
      const [naive, naiveMs] = await time(async () => {
        const all = await allStoredProfiles();
        const changed = changedNotice(n, change, now);
        const at = whatIfInstant(n, now);
        const before = reachOf(n, matchNoticeAgainstProfiles(n, all, at));
        const after = reachOf(changed, matchNoticeAgainstProfiles(changed, all, at));
        return toWhatIfView(withBreakdown(compareReach(change, before, after), all));
      });
      whatIfNaiveMs.push(naiveMs);
      check(`what-if on ${n.id}`, view, naive);
    }

    // ---- the two writes: request path only (each settles before the next) ----
    const putMs: number[] = [];
    let putRequests = 0;
    for (const p of sampledProfiles) {
      const token = await bidderToken(p.orgId);
      const { orgId: _o, updatedAt: _u, ...input } = p;
      const mark = requests.mark();
      const [, ms] = await time(() => http('PUT', `/bidders/${p.orgId}`, token, { ...input, staff: input.staff + 1 }));
      putMs.push(ms);
      putRequests = Math.max(putRequests, apiRequestsOf(mark));
      await idle();
    }
    const postMs: number[] = [];
    let postRequests = 0;
    for (const n of generateNotices(samples, now, 99)) {
      // Reservations left out: a generated code may be outside a reservation's CPV list (a 422, not what is measured).
      const { id: _i, createdAt: _c, updatedAt: _u, publicBody: _p, ...generated } = n;
      const input = { ...generated, reservation: 'none', reservedForIdeburna: false };
      const mark = requests.mark();
      const [, ms] = await time(() => http('POST', '/procurement/notices', buyerToken, { ...input, buyer: { orgId: 'vgr', unit: n.buyer.unit } }));
      postMs.push(ms);
      postRequests = Math.max(postRequests, apiRequestsOf(mark));
      await idle();
    }

    // ---- time to a consistent view after a change ----
    const consistentMs: number[] = [];
    for (const p of sampledProfiles.slice(0, Math.min(5, samples))) {
      const token = await bidderToken(p.orgId);
      const { orgId: _o, updatedAt: _u, ...input } = p;
      const started = performance.now();
      await http('PUT', `/bidders/${p.orgId}`, token, { ...input, capacitySekPerYear: input.capacitySekPerYear * 2 });
      while ((await http('GET', `/bidders/${p.orgId}/matches?limit=20`, token)).matching.updating) await new Promise((r) => setTimeout(r, 20));
      consistentMs.push(performance.now() - started);
      await idle();
    }

    // ---- one full recompute of a profile and of a notice (nothing stored for them yet) ----
    const full = async (run: () => Promise<{ puts: number; deletes: number; readRequests: number } | undefined>) => {
      const mark = requests.mark();
      const [report, ms] = await time(run);
      const made = requests.since(mark);
      const changed = (report?.puts ?? 0) + (report?.deletes ?? 0);
      return {
        ms: round(ms, 0),
        requests: made.length,
        changed,
        floor: Math.ceil(changed / BATCH_WRITE_SIZE) + (report?.readRequests ?? 0),
        batchWrites: made.filter((r) => r.operation === 'BatchWriteItem').length,
      };
    };
    // Stored only now, so that the naive passes above read the same store the views were computed from.
    await bulkLoadCatalogue({ notices: [fullNotice], profiles: [fullProfile] }, now);
    const atNow = await clockNow();
    const profileFull = await full(() => recomputeProfile(fullProfile.orgId, atNow));
    const noticeFull = await full(() => recomputeNotice(fullNotice.id, atNow));
    requests.detach();

    const ratio = (naive: readonly number[], fast: readonly number[]) => round(p95(naive) / Math.max(p95(fast), 0.001), 1);
    const figures: MatchingFigures = {
      notices: nNotices,
      bidders: nBidders,
      samples,
      naiveSamples,
      storedItems: load.items,
      storedMatches: matches.length,
      bulkLoadSeconds: round(loadMs / 1000, 1),
      bulkLoadItemsPerSecond: round(load.items / (loadMs / 1000), 0),
      putProfileP95Ms: p95(putMs),
      putProfileRequests: putRequests,
      postNoticeP95Ms: p95(postMs),
      postNoticeRequests: postRequests,
      bidderTop20P95Ms: p95(topMs),
      bidderTop20NaiveP95Ms: p95(topNaiveMs),
      bidderTop20Speedup: ratio(topNaiveMs, topMs),
      reachP95Ms: p95(reachMs),
      reachNaiveP95Ms: p95(reachNaiveMs),
      reachSpeedup: ratio(reachNaiveMs, reachMs),
      // Warm: the buckets kept in the container; the first request after a change to a bucket reads it again (whatIfFirstP95Ms).
      whatIfP95Ms: p95(whatIfMs),
      whatIfFirstP95Ms: p95(whatIfColdMs),
      whatIfNaiveP95Ms: p95(whatIfNaiveMs),
      whatIfSpeedup: ratio(whatIfNaiveMs, whatIfMs),
      whatIfFirstSpeedup: ratio(whatIfNaiveMs, whatIfColdMs),
      consistentViewP95Ms: p95(consistentMs),
      fullProfileRecomputeMs: profileFull.ms,
      fullProfileRecomputeRequests: profileFull.requests,
      fullProfileRecomputeChanged: profileFull.changed,
      fullProfileRecomputeFloor: profileFull.floor,
      fullNoticeRecomputeMs: noticeFull.ms,
      fullNoticeRecomputeRequests: noticeFull.requests,
      fullNoticeRecomputeChanged: noticeFull.changed,
      fullNoticeRecomputeFloor: noticeFull.floor,
      sameAnswers,
      ...(differs.length ? { differs: differs.join('; ') } : {}),
    };
    console.table(figures);
    console.log(
      'whatIfP95Ms: the same what-if again in a warm container (profile buckets kept, checked against their heads); ' +
        'whatIfFirstP95Ms: the first what-if on each notice, reading the buckets no earlier what-if read, as the first request after a change to a bucket does.',
    );
    return figures;
  } finally {
    await runtime.stop();
  }
}

/** `--notices=2000 --bidders=500 --samples=5 --naive=2` from the command line. */
export function matchingBenchOptions(argv: readonly string[]): MatchingBenchOptions {
  const flag = (name: string) => {
    const hit = argv.find((a) => a.startsWith(`--${name}=`));
    return hit === undefined ? undefined : Number(hit.slice(name.length + 3));
  };
  return { notices: flag('notices'), bidders: flag('bidders'), samples: flag('samples'), naiveSamples: flag('naive') };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runMatchingBench(matchingBenchOptions(process.argv.slice(2)));
  process.exit(0);
}
