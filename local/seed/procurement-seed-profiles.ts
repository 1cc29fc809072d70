import type { BidderProfile } from '../../shared/procurement/domain/bidder-profile.js';
import { careAndActivityBidders } from './procurement-seed-care-activity-bidders.js';
import { supportServiceBidders } from './procurement-seed-support-service-bidders.js';

/** A seed bidder profile, one row per organisation (the profile's fields in order; updatedAt is the seed's `now`). */
export type ProfileRow = [
  orgId: string,
  name: string,
  description: string,
  cpv: string[],
  regions: string[],
  capacity: number,
  staff: number,
  disadvantaged: number,
  ideburen: boolean,
  consortium: boolean,
  objectives: string[],
];

/** Both lists in the order the seed has always had: matches, near-misses and those no notice fits. */
const profileRows: ProfileRow[] = [...supportServiceBidders, ...careAndActivityBidders];

export function seedProfiles(now: Date): BidderProfile[] {
  return profileRows.map(
    ([orgId, name, description, cpv, regions, capacitySekPerYear, staff, disadvantagedShare, ideburen, consortiumWilling, socialObjectives]) => ({
      orgId,
      name,
      description,
      cpv,
      regions,
      capacitySekPerYear,
      staff,
      disadvantagedShare,
      ideburen,
      consortiumWilling,
      socialObjectives,
      updatedAt: now.toISOString(),
    }),
  );
}
