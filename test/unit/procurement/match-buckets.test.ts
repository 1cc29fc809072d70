import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { generateNotices, generateProfiles, seedNotices, seedProfiles } from '../../../local/seed/procurement-seed.js';
import type { BidderProfile } from '../../../shared/procurement/domain/bidder-profile.js';
import {
  matchNoticeAgainstProfiles,
  matchPreparedNotice,
  matchPreparedProfile,
  matchProfileAgainstNotices,
} from '../../../shared/procurement/domain/matching/candidate-index.js';
import { noticeFromSummary, noticeSummary, profileFromSummary, profileSummary } from '../../../shared/procurement/domain/matching/candidate-summary.js';
import { matchPair, prepareNotice, prepareProfile } from '../../../shared/procurement/domain/matching/evaluate-match.js';
import { nutsArea, servesNearby } from '../../../shared/procurement/domain/matching/match-buckets.js';
import { applyWhatIf, type WhatIf, whatIf } from '../../../shared/procurement/domain/matching/what-if.js';

const now = new Date('2026-03-02T09:00:00Z');
const notices = seedNotices(now);
const profiles = seedProfiles(now);

describe('a region not served is a near-miss only next door', () => {
  const notice = notices.find((n) => n.id === 'VGR-2026-001')!; // Västra Götaland, SE232
  const bidder = profiles.find((p) => p.orgId === 'org-halland-omsorg')!;
  const kinds = (p: BidderProfile) => matchPair(notice, p, now).map((m) => [m.kind, m.blockers.map((b) => b.kind)]);

  it('knows the NUTS 2 areas (riksområden) of the counties', () => {
    expect(nutsArea('SE232')).toBe('SE23');
    expect(servesNearby(['SE231'], ['SE232'])).toBe(true); // Halland next to Västra Götaland
    expect(servesNearby(['SE110'], ['SE232'])).toBe(false); // Stockholm
  });

  it('keeps a bidder in a neighbouring county as a near-miss and drops one far away', () => {
    expect(kinds({ ...bidder, regions: ['SE231'] }).every(([kind, b]) => kind === 'near-miss' && String(b) === 'region-not-served')).toBe(true);
    expect(kinds({ ...bidder, regions: ['SE231'] }).length).toBeGreaterThan(0);
    expect(kinds({ ...bidder, regions: ['SE110'] })).toEqual([]);
    expect(kinds({ ...bidder, regions: ['SE110', 'SE232'] }).map(([kind]) => kind)).toContain('match');
  });
});

describe('candidates read back from their bucket summaries', () => {
  const genNotices = generateNotices(120, now, 41);
  const genProfiles = [...profiles, ...generateProfiles(120, now, 42)];
  const storedNotice = (n: (typeof genNotices)[number]) => noticeFromSummary(noticeSummary(n));
  const storedProfiles = genProfiles.map((p) => profileFromSummary(profileSummary(p)));

  it('match exactly as the notices and profiles they summarise (no text tokenised again)', () => {
    for (const n of genNotices.slice(0, 60)) {
      expect(matchPreparedNotice(storedNotice(n), storedProfiles, now)).toEqual(matchNoticeAgainstProfiles(n, genProfiles, now));
    }
    for (const p of genProfiles.slice(0, 40)) {
      expect(matchPreparedProfile(profileFromSummary(profileSummary(p)), genNotices.map(storedNotice), now)).toEqual(
        matchProfileAgainstNotices(p, genNotices, now),
      );
    }
  });

  it('share a bucket with every notice they match', () => {
    for (const n of genNotices) {
      const buckets = new Set(prepareNotice(n).buckets);
      for (const m of matchNoticeAgainstProfiles(n, genProfiles, now)) {
        const p = genProfiles.find((x) => x.orgId === m.orgId)!;
        expect(prepareProfile(p).buckets.some((b) => buckets.has(b))).toBe(true);
      }
    }
  });

  const changes = fc.oneof(
    fc.integer({ min: 10_000, max: 5_000_000 }).map((lotValueSek): WhatIf => ({ kind: 'split-into-lots', lotValueSek })),
    fc.constantFrom<WhatIf>({ kind: 'reserve', reservation: 'res-ws' }, { kind: 'reserve', reservation: 'ideburna' }),
    fc.constantFrom('85312320', '79530000', '55520000').map((code): WhatIf => ({ kind: 'set-cpv', add: [code] })),
  );
  test.prop([fc.integer({ min: 0, max: genNotices.length - 1 }), changes], { numRuns: 40 })(
    'give the what-if of every profile when only the buckets of the notice before and after are read',
    (i, change) => {
      const n = genNotices[i]!;
      let changed: ReturnType<typeof applyWhatIf>;
      try {
        changed = applyWhatIf(n, change);
      } catch {
        return;
      }
      const buckets = new Set([...prepareNotice(n).buckets, ...prepareNotice(changed).buckets]);
      const candidates = storedProfiles.filter((p) => p.buckets.some((b) => buckets.has(b)));
      let expected: string;
      try {
        expected = JSON.stringify(whatIf(n, change, genProfiles, now));
      } catch {
        expect(() => whatIf(n, change, candidates, now)).toThrow();
        return;
      }
      expect(JSON.stringify(whatIf(n, change, candidates, now))).toBe(expected);
    },
  );
});
