import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DefaultPreference,
  digestCarries,
  EmailDeliveries,
  emailsAtOnce,
  getsDigest,
  Languages,
  preferenceOf,
  type NotificationPreference,
} from '../../../shared/notifications/domain/preferences.js';

const preference = fc.record({ emailDelivery: fc.constantFrom(...EmailDeliveries), language: fc.constantFrom(...Languages) });

describe('notification preferences', () => {
  it('default to e-mail at once for material changes and the digest for the rest, in Swedish', () => {
    expect(preferenceOf(undefined)).toEqual({ emailDelivery: 'both', language: 'sv' });
    expect(DefaultPreference).toEqual(preferenceOf({}));
  });

  it('keep a stored choice and replace only what is not a known value', () => {
    expect(preferenceOf({ emailDelivery: 'digest-only', language: 'en' })).toEqual({ emailDelivery: 'digest-only', language: 'en' });
    expect(preferenceOf({ emailDelivery: 'weekly' as never, language: 'en' })).toEqual({ emailDelivery: 'both', language: 'en' });
    expect(preferenceOf({ emailDelivery: 'material-at-once', language: 'de' as never })).toEqual({ emailDelivery: 'material-at-once', language: 'sv' });
  });

  it.each([
    ['both', true, { material: false, rest: true }],
    ['material-at-once', true, { material: false, rest: false }],
    ['digest-only', false, { material: true, rest: true }],
  ] as const)('%s: at once %s, digest carries %o', (emailDelivery, atOnce, digest) => {
    const p: NotificationPreference = { emailDelivery, language: 'sv' };
    expect(emailsAtOnce(p)).toBe(atOnce);
    expect(digestCarries(p, true)).toBe(digest.material);
    expect(digestCarries(p, false)).toBe(digest.rest);
    expect(getsDigest(p)).toBe(digest.material || digest.rest);
  });

  it('tell every person of every material change by e-mail exactly once: at once or in the digest, never both, never neither', () => {
    fc.assert(
      fc.property(preference, (p) => {
        expect(Number(emailsAtOnce(p)) + Number(digestCarries(p, true))).toBe(1);
      }),
    );
  });

  it('send nothing at all to an address that bounced or complained, whatever the choice', () => {
    fc.assert(
      fc.property(preference, fc.boolean(), (p, material) => {
        expect(emailsAtOnce(p, 'suppressed')).toBe(false);
        expect(digestCarries(p, material, 'suppressed')).toBe(false);
        expect(getsDigest(p, 'suppressed')).toBe(false);
      }),
    );
  });

  it('never give the language or the mode to each other: the language changes no rule', () => {
    fc.assert(
      fc.property(fc.constantFrom(...EmailDeliveries), fc.boolean(), (emailDelivery, material) => {
        const sv = { emailDelivery, language: 'sv' as const };
        const en = { emailDelivery, language: 'en' as const };
        expect([emailsAtOnce(sv), digestCarries(sv, material)]).toEqual([emailsAtOnce(en), digestCarries(en, material)]);
      }),
    );
  });
});
