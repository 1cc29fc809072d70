import { clock } from '../../shared/platform/clock.js';
import { recomputeNotice, recomputeProfile } from '../../shared/procurement/store/match-recompute.js';
import { getNotice, getProfile, saveNotice, saveProfile } from '../../shared/procurement/store/procurement-repository.js';
import { seedNotices, seedProfiles } from './procurement-seed.js';

/**
 * Demo notices and bidder profiles for the local runtime, stored through the
 * same repository the API uses, their matches computed at once (so the demo
 * starts with them; the stream's recompute then finds nothing to change).
 * Anything already there is left as the user changed it.
 */
export async function seedProcurementDemoData(): Promise<void> {
  const now = clock.now();
  for (const profile of seedProfiles(now)) {
    if (await getProfile(profile.orgId)) continue;
    await saveProfile(profile);
    await recomputeProfile(profile.orgId, now);
  }
  for (const notice of seedNotices(now)) {
    if (await getNotice(notice.id)) continue;
    await saveNotice(notice);
    await recomputeNotice(notice.id, now);
  }
}

/** Demo bidders the local sign-in offers, with the profiles seeded above. */
export const ProcurementDemoUsers = [
  {
    sub: 'demo-civil-anhorigcentrum',
    name: 'Eva Johansson',
    role: 'civil',
    org: 'org-anhorigcentrum-vast',
    orgName: 'Anhörigcentrum Väst ideell förening',
    description: { sv: 'Idéburen anbudsgivare: profil, matchningar och matchningsärenden', en: 'Non-profit bidder: profile, matches and match cases' },
  },
  {
    sub: 'demo-civil-seniorernas-hus',
    name: 'Lars Persson',
    role: 'civil',
    org: 'org-seniorernas-hus',
    orgName: 'Seniorernas Hus i Skaraborg',
    description: { sv: 'Idéburen anbudsgivare: profil, matchningar och matchningsärenden', en: 'Non-profit bidder: profile, matches and match cases' },
  },
] as const;
