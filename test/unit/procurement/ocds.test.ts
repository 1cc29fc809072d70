import { describe, expect, it } from 'vitest';
import { buildReleasePackage } from '../../../shared/procurement/ocds/release-package.js';
import { validateReleasePackage } from '../../../shared/procurement/ocds/ocds-validator.js';
import { mergePatch } from '../../../shared/procurement/ocds/json-merge-patch.js';
import { seedNotices } from '../../../local/seed/procurement-seed.js';

const now = new Date('2026-03-02T09:00:00Z');

describe('JSON Merge Patch (RFC 7386)', () => {
  it('follows the examples of the RFC', () => {
    expect(mergePatch({ a: 'b' }, { a: 'c' })).toEqual({ a: 'c' });
    expect(mergePatch({ a: 'b' }, { b: 'c' })).toEqual({ a: 'b', b: 'c' });
    expect(mergePatch({ a: 'b' }, { a: null })).toEqual({});
    expect(mergePatch({ a: [{ b: 'c' }] }, { a: [1] })).toEqual({ a: [1] });
    expect(mergePatch({ a: { b: 'c' } }, { a: { b: 'd', c: null } })).toEqual({ a: { b: 'd' } });
    expect(mergePatch(['a'], { a: 'b' })).toEqual({ a: 'b' });
  });
});

describe('OCDS release package', () => {
  it.each(seedNotices(now).map((n) => [n.id, n] as const))('validates for seeded notice %s', (_id, notice) => {
    const result = validateReleasePackage(buildReleasePackage(notice, 'https://example.org', now.toISOString()));
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('maps lots, CPV items and reservations', () => {
    const [withLots, , cleaning] = seedNotices(now);
    const tender = (buildReleasePackage(withLots!, 'https://example.org', now.toISOString()).releases as { tender: Record<string, unknown> }[])[0]!.tender;
    expect((tender.lots as unknown[]).length).toBe(3);
    expect(tender.items).toContainEqual(
      expect.objectContaining({ relatedLot: '2', classification: expect.objectContaining({ scheme: 'CPV', id: '85312400' }) }),
    );
    expect(tender.otherRequirements).toEqual({ reservedParticipation: ['publicServiceMissionOrganization'] });
    const t3 = (buildReleasePackage(cleaning!, 'https://example.org', now.toISOString()).releases as { tender: Record<string, unknown> }[])[0]!.tender;
    expect(t3.otherRequirements).toEqual({ reservedParticipation: ['shelteredWorkshop'] });
  });

  it('rejects a package that breaks the schema', () => {
    const pkg = buildReleasePackage(seedNotices(now)[0]!, 'https://example.org', now.toISOString());
    const broken = { ...pkg, releases: [{ ...(pkg.releases as object[])[0], tender: { id: 'x', lots: [{ id: 1 }] } }] };
    expect(validateReleasePackage(broken).valid).toBe(false);
  });
});
