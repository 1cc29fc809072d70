import { describe, expect, it } from 'vitest';
import { undeclaredFields, validateReleasePackage } from '../../../../shared/procurement/ocds/ocds-validator.js';
import { buildReleasePackage } from '../../../../shared/procurement/ocds/release-package.js';
import { seedNotices } from '../../../../local/seed/procurement-seed.js';

/** Every field a release uses is in the core OCDS schema or in an extension the package declares in `extensions`. */
const now = new Date('2026-03-02T09:00:00Z');

describe('OCDS extensions', () => {
  it.each(seedNotices(now).map((n) => [n.id, n] as const))('are all declared by the package of %s', (_id, notice) => {
    const pkg = buildReleasePackage(notice, 'https://example.org', now.toISOString());
    expect(undeclaredFields(pkg)).toEqual([]);
    expect(validateReleasePackage(pkg).errors).toEqual([]);
  });

  it('declares the lots, other requirements (reserved participation) and location (delivery regions) extensions', () => {
    const reserved = seedNotices(now).find((n) => n.reservation !== 'none' && n.lots.length > 0)!;
    const pkg = buildReleasePackage(reserved, 'https://example.org', now.toISOString());
    expect(pkg.extensions).toEqual(
      expect.arrayContaining([
        expect.stringContaining('/ocds_lots_extension/'),
        expect.stringContaining('/ocds_otherRequirements_extension/'),
        expect.stringContaining('/ocds_location_extension/'),
      ]),
    );
  });

  it('finds a field no declared extension defines, and judges an extension field by the declared schema', () => {
    const pkg = buildReleasePackage(seedNotices(now)[0]!, 'https://example.org', now.toISOString());
    const release = (pkg.releases as Record<string, unknown>[])[0]!;
    const tender = release.tender as Record<string, unknown>;
    const withoutLocation = { ...pkg, extensions: (pkg.extensions as string[]).filter((e) => !e.includes('location')) };
    expect(undeclaredFields(withoutLocation)).toEqual(['/releases/0/tender/deliveryAddresses']);
    const odd = { ...pkg, releases: [{ ...release, tender: { ...tender, sparkles: true } }] };
    expect(undeclaredFields(odd)).toEqual(['/releases/0/tender/sparkles']);
    // With its extension applied, reservedParticipation must be a non-empty list of codes.
    const broken = { ...pkg, releases: [{ ...release, tender: { ...tender, otherRequirements: { reservedParticipation: 'shelteredWorkshop' } } }] };
    expect(validateReleasePackage(broken).valid).toBe(false);
  });

  it("carries a lot's own regions on its item, within the declared location extension", () => {
    const notice = seedNotices(now).find((n) => n.lots.length > 0)!;
    const lots = notice.lots.map((lot, i) => (i === 0 ? { ...lot, nuts: ['SE231'] } : lot));
    const pkg = buildReleasePackage({ ...notice, lots }, 'https://example.org', now.toISOString());
    const items = (pkg.releases as { tender: { items: Record<string, unknown>[] } }[])[0]!.tender.items;
    expect(items[0]!.deliveryAddresses).toEqual([{ region: 'SE231' }]);
    expect(items[1]).not.toHaveProperty('deliveryAddresses');
    expect(undeclaredFields(pkg)).toEqual([]);
    expect(validateReleasePackage(pkg).errors).toEqual([]);
  });
});
