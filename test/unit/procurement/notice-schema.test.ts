import { describe, expect, it } from 'vitest';
import { NoticeInputSchema } from '../../../shared/procurement/domain/notice.js';
import { noticeRuleViolations } from '../../../shared/procurement/domain/notice-rules.js';
import { BidderProfileInputSchema } from '../../../shared/procurement/domain/bidder-profile.js';
import { seedNotices, seedProfiles } from '../../../local/seed/procurement-seed.js';

const now = new Date('2026-03-02T09:00:00Z');
const [withLots] = seedNotices(now);
const { id: _id, createdAt: _c, updatedAt: _u, publicBody: _b, ...input } = withLots!;

const issuesOf = (value: unknown) => {
  const r = NoticeInputSchema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
};

describe('notice schema', () => {
  it('accepts every seeded notice and meets every rule', () => {
    for (const n of seedNotices(now)) {
      const { id, createdAt, updatedAt, publicBody, ...body } = n;
      expect(issuesOf(body), id).toEqual([]);
      expect(noticeRuleViolations(NoticeInputSchema.parse(body), now), id).toEqual([]);
    }
  });

  it('names the field of an unknown CPV or NUTS code', () => {
    expect(issuesOf({ ...input, cpv: { main: '85311199', additional: [] } })).toEqual(['cpv.main']);
    expect(issuesOf({ ...input, nuts: ['SE232', 'SE999'] })).toEqual(['nuts.1']);
    expect(issuesOf({ ...input, lots: [{ ...input.lots[0]!, cpv: { main: '123', additional: [] } }] })).toEqual(['lots.0.cpv.main']);
  });

  it('turns away negative values and unknown fields', () => {
    expect(issuesOf({ ...input, estimatedValueSek: -1 })).toEqual(['estimatedValueSek']);
    expect(issuesOf({ ...input, colour: 'red' })).toEqual(['']);
  });
});

describe('notice rules', () => {
  const rulesOf = (patch: object) => noticeRuleViolations({ ...NoticeInputSchema.parse(input), ...patch }, now).map((e) => e.path);

  it('requires lot values to add up to the estimate', () => {
    expect(rulesOf({ estimatedValueSek: 5_000_000 })).toEqual(['lots']);
  });

  it('rejects a deadline in the past', () => {
    expect(rulesOf({ deadline: '2026-03-01T12:00:00Z' })).toEqual(['deadline']);
  });

  it('allows 19 kap. 25 § only on listed CPV codes, for at most 3 years', () => {
    expect(rulesOf({ lots: [], maxLotsBidPerSupplier: undefined, maxLotsAwardedPerSupplier: undefined, cpv: { main: '55520000', additional: [] } })).toEqual([
      'cpv.main',
    ]);
    expect(rulesOf({ lots: [], maxLotsBidPerSupplier: undefined, maxLotsAwardedPerSupplier: undefined, durationMonths: 48 })).toEqual(['durationMonths']);
    expect(rulesOf({ reservation: 'none', lots: [], maxLotsBidPerSupplier: undefined, maxLotsAwardedPerSupplier: undefined, durationMonths: 48 })).toEqual([]);
  });

  it('limits framework agreements to 4 years and direct awards to the threshold', () => {
    expect(
      rulesOf({ reservation: 'none', framework: true, durationMonths: 49, lots: [], maxLotsBidPerSupplier: undefined, maxLotsAwardedPerSupplier: undefined }),
    ).toEqual(['durationMonths']);
    expect(
      rulesOf({ reservation: 'none', procedure: 'direct-award', lots: [], maxLotsBidPerSupplier: undefined, maxLotsAwardedPerSupplier: undefined }),
    ).toEqual(['estimatedValueSek']);
  });
});

describe('bidder profile schema', () => {
  it('accepts the seeded profiles', () => {
    for (const { orgId, updatedAt, ...body } of seedProfiles(now)) {
      expect(BidderProfileInputSchema.safeParse(body).success, orgId).toBe(true);
    }
  });

  it('rejects shares above 1 and unknown regions', () => {
    const { orgId, updatedAt, ...body } = seedProfiles(now)[0]!;
    const r = BidderProfileInputSchema.safeParse({ ...body, disadvantagedShare: 1.5, regions: ['XX1'] });
    expect(r.success ? [] : r.error.issues.map((i) => i.path.join('.')).sort()).toEqual(['disadvantagedShare', 'regions.0']);
  });
});
