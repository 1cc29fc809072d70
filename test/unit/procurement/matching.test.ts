import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { seedNotices, seedProfiles, generateNotices, generateProfiles } from '../../../local/seed/procurement-seed.js';
import { blockerBits, blockersFor, matchPair, prepareNotice } from '../../../shared/procurement/domain/matching/evaluate-match.js';
import { CandidateIndex, matchNoticeAgainstProfiles, matchProfileAgainstNotices } from '../../../shared/procurement/domain/matching/candidate-index.js';
import { reachOf } from '../../../shared/procurement/domain/matching/reach.js';
import type { WhatIf } from '../../../shared/procurement/domain/matching/what-if.js';
import { changedNotice, compareReach, whatIf, whatIfInstant } from '../../../shared/procurement/domain/matching/what-if.js';
import { bidderMatchSk, invertedScore, noticeMatchGsi1sk, planMatchWrites, matchItemKeys } from '../../../shared/procurement/domain/matching/match-keys.js';
import type { BidderProfile } from '../../../shared/procurement/domain/bidder-profile.js';
import { RuleViolationError } from '../../../shared/platform/errors/domain-errors.js';

const now = new Date('2026-03-02T09:00:00Z');
const notices = seedNotices(now);
const profiles = seedProfiles(now);
const noticeById = (id: string) => notices.find((n) => n.id === id)!;
const profileById = (id: string) => profiles.find((p) => p.orgId === id)!;

describe('a match explains itself', () => {
  const [m] = matchPair(noticeById('VGR-2026-001'), profileById('org-anhorigcentrum-vast'), now);

  it('matches an idéburen bidder lot by lot with reasons whose shares sum to 1', () => {
    const all = matchPair(noticeById('VGR-2026-001'), profileById('org-anhorigcentrum-vast'), now);
    expect(all.map((x) => x.lotId).sort()).toEqual(['1', '2', '3']);
    for (const x of all) {
      expect(x.kind).toBe('match');
      expect(x.reasons.reduce((s, r) => s + r.share, 0)).toBeCloseTo(1, 9);
      expect(x.score).toBeGreaterThan(0);
      expect(x.score).toBeLessThanOrEqual(1);
    }
  });

  it('carries the CPV path and depth and the words that matched', () => {
    expect(m!.cpv.depth).toBe(8);
    expect(m!.cpv.level).toBe('full');
    expect(m!.cpv.path.map((p) => p.code)).toEqual(['85000000', '85300000', '85310000', '85312000', '85312400']);
    expect(m!.matchedWords).toEqual(expect.arrayContaining(['mötesplatser', 'anhörigstöd']));
    expect(m!.reasons.map((r) => r.kind)).toEqual(expect.arrayContaining(['cpv', 'text', 'region', 'capacity', 'reservation']));
    expect(m!.reasons.every((r) => r.text.sv.length > 0 && r.text.en.length > 0)).toBe(true);
  });

  it('ranks a closer CPV code and closer words above a distant one', () => {
    const close = matchPair(noticeById('VGR-2026-005'), profileById('org-friskvard-psykisk'), now)[0]!;
    const distant = matchPair(noticeById('VGR-2026-005'), profileById('org-vardnara-foreningen'), now)[0]!;
    expect(close.score).toBeGreaterThan(distant.score);
  });

  it('does not match bidders without a shared CPV division', () => {
    expect(matchPair(noticeById('VGR-2026-004'), profileById('org-matverket'), now)).toEqual([]);
  });
});

describe('blockers and near-misses', () => {
  const blockerOf = (noticeId: string, orgId: string) =>
    matchPair(noticeById(noticeId), profileById(orgId), now).map((m) => [m.lotId, m.kind, m.blockers.map((b) => b.kind)]);

  it('a region not served is a near-miss with that blocker', () => {
    expect(blockerOf('VGR-2026-001', 'org-halland-omsorg')).toEqual([
      ['1', 'near-miss', ['region-not-served']],
      ['2', 'near-miss', ['region-not-served']],
      ['3', 'near-miss', ['region-not-served']],
    ]);
  });

  it('res-ws needs at least 30 % disadvantaged employees', () => {
    expect(blockerOf('VGR-2026-006', 'org-grona-handen')).toEqual([['whole', 'match', []]]);
    expect(blockerOf('VGR-2026-006', 'org-tradgardsmastarna')).toEqual([['whole', 'near-miss', ['not-eligible-for-reservation']]]);
  });

  it('19 kap. 25 a § needs idéburen status', () => {
    expect(blockerOf('VGR-2026-005', 'org-hjarnkraft-ab')[0]?.[2]).toEqual(['not-eligible-for-reservation']);
  });

  it('a contract beyond capacity blocks only bidders unwilling to form a consortium', () => {
    // 18 MSEK over 4 years: 4.5 MSEK a year
    expect(blockerOf('VGR-2026-002', 'org-bistro-vidga')).toEqual([['whole', 'near-miss', ['beyond-capacity']]]);
    expect(blockerOf('VGR-2026-002', 'org-matverket')).toEqual([['whole', 'match', []]]);
  });

  it('two blockers exclude the bidder entirely', () => {
    // Halland, not idéburen-eligible for res-pub-ser? Östergötland + capacity
    const far: BidderProfile = { ...profileById('org-bistro-vidga'), orgId: 'x', regions: ['SE123'] };
    expect(matchPair(noticeById('VGR-2026-002'), far, now)).toEqual([]);
  });

  it('a passed deadline is a blocker', () => {
    const later = new Date(Date.parse(noticeById('VGR-2026-006').deadline) + 1);
    expect(matchPair(noticeById('VGR-2026-006'), profileById('org-grona-handen'), later)[0]?.blockers.map((b) => b.kind)).toEqual(['deadline-passed']);
  });

  it('a bidder who fits one lot of a large contract sees that lot', () => {
    const small: BidderProfile = { ...profileById('org-ledsagarna'), capacitySekPerYear: 1_000_000, consortiumWilling: false };
    const matches = matchPair(noticeById('VGR-2026-008'), small, now);
    expect(matches.filter((m) => m.kind === 'match').map((m) => m.lotId)).toEqual(['N', 'S', 'H']);
    const whole = { ...noticeById('VGR-2026-008'), id: 'whole', lots: [] };
    expect(matchPair(whole, small, now).map((m) => m.blockers.map((b) => b.kind))).toEqual([['beyond-capacity']]);
  });
});

describe('buyer reach and what-ifs', () => {
  it('lists reached and near-missed bidders per lot', () => {
    const n = noticeById('VGR-2026-003');
    const reach = reachOf(n, matchNoticeAgainstProfiles(n, profiles, now));
    expect(reach.lots.map((l) => l.lotId)).toEqual(['A', 'B']);
    expect(reach.lots[0]!.reached.map((r) => r.orgId)).toContain('org-stadkraft');
    expect(reach.lots[0]!.nearMissed.map((r) => [r.orgId, r.blocker.kind])).toContainEqual(['org-rena-rum', 'not-eligible-for-reservation']);
  });

  it('splitting a large contract into lots reaches more small bidders', () => {
    const result = whatIf(noticeById('VGR-2026-002'), { kind: 'split-into-lots', lotValueSek: 2_000_000 }, profiles, now);
    expect(result.after.lots).toHaveLength(9);
    expect(result.gained).toContain('org-bistro-vidga');
    expect(result.nearMissesResolved).toContain('org-bistro-vidga');
    expect(result.after.reachedCount).toBeGreaterThan(result.before.reachedCount);
  });

  it('reserving shows who is gained and who is lost', () => {
    // The health notice without its 25 § reservation: the companies it reaches are lost when it is reserved for idéburna organisationer.
    const open = { ...noticeById('VGR-2026-001'), reservation: 'none' as const };
    const result = whatIf(open, { kind: 'reserve', reservation: 'ideburna' }, profiles, now);
    expect(result.lost).toContain('org-stodcentrum-ab');
    expect(result.lost.every((o) => profileById(o).ideburen === false)).toBe(true);
    expect(result.gained).toEqual([]);
    expect(result.after.lots[0]!.nearMissed.map((r) => [r.orgId, r.blocker.kind])).toContainEqual(['org-stodcentrum-ab', 'not-eligible-for-reservation']);
  });

  it('a 19 kap. 25 a § reservation on a service outside its list is refused (cleaning; culture is on 25 § but not 25 a §)', () => {
    for (const id of ['VGR-2026-003', 'VGR-2026-007']) {
      expect(() => whatIf(noticeById(id), { kind: 'reserve', reservation: 'ideburna' }, profiles, now)).toThrow(RuleViolationError);
    }
  });

  it('a 19 kap. 25 § reservation on a CPV outside its list is refused', () => {
    expect(() => whatIf(noticeById('VGR-2026-002'), { kind: 'reserve', reservation: 'res-pub-ser' }, profiles, now)).toThrow(RuleViolationError);
  });

  it('changing the CPV code changes who is reached', () => {
    const result = whatIf(noticeById('VGR-2026-007'), { kind: 'set-cpv', add: ['85312400'] }, profiles, now);
    expect(result.gained).toContain('org-anhorigcentrum-vast');
  });
});

describe('stored match keys', () => {
  it("orders a bidder's matches best first and a notice's per lot", () => {
    expect(invertedScore(1)).toBe('00000');
    expect(invertedScore(0.25)).toBe('07500');
    expect(invertedScore(0)).toBe('10000');
    const a = { score: 0.9, noticeId: 'N1', lotId: '2', orgId: 'o1' };
    const b = { score: 0.3, noticeId: 'N0', lotId: '1', orgId: 'o2' };
    expect(bidderMatchSk(a) < bidderMatchSk(b)).toBe(true);
    expect(noticeMatchGsi1sk(b) < noticeMatchGsi1sk(a)).toBe(true);
  });

  it('deletes stale items and keeps the rest when recomputing', () => {
    const matches = matchNoticeAgainstProfiles(noticeById('VGR-2026-003'), profiles, now);
    const keys = matches.map(matchItemKeys);
    const plan = planMatchWrites([...keys, { pk: 'BIDDER#gone#MATCHES', sk: '05000#VGR-2026-003#A' }], matches.slice(1));
    expect(plan.deletes).toEqual([
      { pk: keys[0]!.pk, sk: keys[0]!.sk },
      { pk: 'BIDDER#gone#MATCHES', sk: '05000#VGR-2026-003#A' },
    ]);
    expect(plan.puts).toHaveLength(matches.length - 1);
  });
});

describe('candidate pre-filter gives the same answers as a pass over everything', () => {
  const genNotices = generateNotices(300, now, 7);
  const genProfiles = generateProfiles(200, now, 8);
  const index = new CandidateIndex();
  for (const n of genNotices) index.upsertNotice(n);
  for (const p of genProfiles) index.upsertProfile(p);

  test.prop([fc.integer({ min: 0, max: 299 })], { numRuns: 20 })('for a notice', (i) => {
    const n = genNotices[i]!;
    expect(matchNoticeAgainstProfiles(n, index.profileCandidates(n), now)).toEqual(matchNoticeAgainstProfiles(n, genProfiles, now));
  });

  test.prop([fc.integer({ min: 0, max: 199 })], { numRuns: 20 })('for a profile', (i) => {
    const p = genProfiles[i]!;
    expect(matchProfileAgainstNotices(p, index.noticeCandidates(p), now)).toEqual(matchProfileAgainstNotices(p, genNotices, now));
  });

  it('prunes most of the pairs', () => {
    const compared = genNotices.reduce((s, n) => s + index.profileCandidates(n).length, 0);
    expect(compared).toBeLessThan((genNotices.length * genProfiles.length) / 2);
  });
});

describe('the what-if reach equals the full matching', () => {
  // The naive result: every profile fully matched before and after the change.
  const genNotices = generateNotices(300, now, 21);
  const genProfiles = generateProfiles(150, now, 22);
  const all = [...profiles, ...genProfiles];
  const naive = (n: (typeof genNotices)[number], change: WhatIf) => {
    const changed = changedNotice(n, change, now);
    const at = whatIfInstant(n, now);
    return compareReach(change, reachOf(n, matchNoticeAgainstProfiles(n, all, at)), reachOf(changed, matchNoticeAgainstProfiles(changed, all, at)));
  };
  const changes = fc.oneof(
    fc.integer({ min: 10_000, max: 5_000_000 }).map((lotValueSek): WhatIf => ({ kind: 'split-into-lots', lotValueSek })),
    fc.constantFrom<WhatIf>({ kind: 'reserve', reservation: 'res-ws' }, { kind: 'reserve', reservation: 'ideburna' }),
    fc.constantFrom('85312320', '85311000', '79530000', '55520000', '90910000').map((code): WhatIf => ({ kind: 'set-cpv', add: [code] })),
  );
  const pool = [...notices, ...genNotices];
  test.prop([fc.integer({ min: 0, max: pool.length - 1 }), changes, fc.boolean()], { numRuns: 60 })('for any notice and change', (i, change, lotNuts) => {
    // Lots with their own regions: a split gives every lot the notice's regions, so it moves the region blocker too.
    const base = pool[i]!;
    const n = lotNuts ? { ...base, lots: base.lots.map((l, k) => ({ ...l, nuts: [k % 2 === 0 ? 'SE232' : 'SE110'] })) } : base;
    let expected: unknown;
    try {
      expected = naive(n, change);
    } catch (e) {
      expect(() => whatIf(n, change, all, now)).toThrow(RuleViolationError);
      return;
    }
    expect(JSON.stringify(whatIf(n, change, all, now))).toBe(JSON.stringify(expected));
  });

  it('counts the same blockers as the full evaluation', () => {
    for (const n of genNotices.slice(0, 40))
      for (const t of prepareNotice(n).targets)
        for (const p of all) {
          const bits = blockerBits(t, p, now);
          expect([1, 2, 4, 8].filter((b) => bits & b).length).toBe(blockersFor(t, p, now).length);
        }
  });
});
