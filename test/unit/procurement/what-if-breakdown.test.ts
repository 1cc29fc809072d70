import { describe, expect, it } from 'vitest';
import { seedNotices, seedProfiles } from '../../../local/seed/procurement-seed.js';
import { RuleViolationError } from '../../../shared/platform/errors/domain-errors.js';
import { toWhatIfView } from '../../../shared/procurement/api/notice-views.js';
import { WhatIfResultView } from '../../../shared/procurement/contract/views.js';
import { reachedOrgs } from '../../../shared/procurement/domain/matching/reach.js';
import { type WhatIf, WhatIfSchema, whatIf } from '../../../shared/procurement/domain/matching/what-if.js';

const now = new Date('2026-03-02T09:00:00Z');
const notices = seedNotices(now);
const profiles = seedProfiles(now);
const big = notices.find((n) => n.id === 'VGR-2026-002')!; // 18 MSEK of meals: a split reaches smaller kitchens

describe('a what-if split by region or lot-size band (#11)', () => {
  it('counts the bidders reached before and after in each county they serve, with county names in the view', () => {
    const change = WhatIfSchema.parse({ kind: 'split-into-lots', lotValueSek: 1_000_000, breakdown: { by: 'region' } });
    const result = whatIf(big, change, profiles, now);
    expect(result.gained.length).toBeGreaterThan(0);
    const groups = result.breakdown!.groups;
    const after = reachedOrgs(result.after);
    for (const g of groups) {
      const serving = profiles.filter((p) => p.regions.includes(g.key));
      expect(g.after).toBe(serving.filter((p) => after.has(p.orgId)).length);
      expect(g.gained).toBe(serving.filter((p) => result.gained.includes(p.orgId)).length);
    }
    expect(groups.reduce((s, g) => s + g.gained, 0)).toBeGreaterThanOrEqual(result.gained.length);
    const view = WhatIfResultView.parse(toWhatIfView(result));
    expect(view.breakdown!.groups.find((g) => g.key === 'SE232')?.name).toEqual({ sv: 'Västra Götalands län', en: 'Västra Götalands län' });
  });

  it('puts each bidder reached in the one capacity band the buyer chose that holds it', () => {
    const bandsSek = [500_000, 2_000_000];
    const change: WhatIf = { kind: 'split-into-lots', lotValueSek: 1_000_000, breakdown: { by: 'lot-size', bandsSek } };
    const result = whatIf(big, change, profiles, now);
    const groups = result.breakdown!.groups;
    expect(groups.map((g) => [g.key, g.fromSek, g.toSek])).toEqual([
      ['0-500000', 0, 500_000],
      ['500000-2000000', 500_000, 2_000_000],
      ['2000000-', 2_000_000, undefined],
    ]);
    expect(groups.reduce((s, g) => s + g.after, 0)).toBe(reachedOrgs(result.after).size);
    expect(groups.reduce((s, g) => s + g.before, 0)).toBe(reachedOrgs(result.before).size);
    const small = profiles.filter((p) => p.capacitySekPerYear < 500_000 && reachedOrgs(result.after).has(p.orgId));
    expect(groups[0]!.after).toBe(small.length);
  });

  it('refuses band edges that do not rise', () => {
    const change: WhatIf = { kind: 'split-into-lots', lotValueSek: 1_000_000, breakdown: { by: 'lot-size', bandsSek: [2_000_000, 500_000] } };
    expect(() => whatIf(big, change, profiles, now)).toThrow(RuleViolationError);
  });

  it('answers without a breakdown when none is asked for', () => {
    expect(whatIf(big, { kind: 'split-into-lots', lotValueSek: 1_000_000 }, profiles, now).breakdown).toBeUndefined();
  });
});
