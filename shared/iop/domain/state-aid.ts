import type { IopConfig } from './config.js';
import type { Contribution } from './schemas.js';

/**
 * EU state aid: the public contribution each organisation receives, over three
 * years, against de minimis (EUR 300,000 per undertaking over 3 years) and the
 * SGEI ceiling (EUR 750,000). The public contribution is shared equally among
 * the civil parties: the draft does not say otherwise.
 */
export interface StateAidPosition {
  readonly orgId: string;
  readonly publicContributionEur3y: number;
  readonly deMinimisShare: number;
  readonly sgeiShare: number;
  readonly deMinimis: 'ok' | 'approaching' | 'over';
  readonly sgei: 'ok' | 'approaching' | 'over';
}

export function stateAidPositions(
  publicContribution: Contribution,
  civilOrgIds: readonly string[],
  durationMonths: number,
  config: IopConfig,
): StateAidPosition[] {
  if (civilOrgIds.length === 0) return [];
  const publicPerYear = publicContribution.moneySekPerYear + publicContribution.inKindSekPerYear;
  const years = Math.min(3, durationMonths / 12);
  const eur = ((publicPerYear / civilOrgIds.length) * years) / config.sekPerEur;
  const level = (share: number): 'ok' | 'approaching' | 'over' => (share > 1 ? 'over' : share >= config.stateAidWarnShare ? 'approaching' : 'ok');
  return civilOrgIds.map((orgId) => {
    const deMinimisShare = eur / config.deMinimisEur;
    const sgeiShare = eur / config.sgeiEur;
    return { orgId, publicContributionEur3y: Math.round(eur), deMinimisShare, sgeiShare, deMinimis: level(deMinimisShare), sgei: level(sgeiShare) };
  });
}
