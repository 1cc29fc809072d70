import type { IopAgreement, IopCase } from '../case-model.js';
import { activeParties } from '../case-model.js';
import type { IopConfig } from '../config.js';
import { addMonths, isAfter } from '../dates.js';
import { totalPerYear } from '../precheck.js';

/**
 * The public money one idéburen organisation receives from one case, as a
 * rate over a period. The public party's contribution (money and in kind) is
 * shared equally among the civil parties: the agreement does not say otherwise.
 */
export interface AidPeriod {
  readonly caseId: string;
  readonly reference: string;
  readonly title: string;
  readonly publicBody?: string;
  readonly orgId: string;
  readonly sekPerYear: number;
  readonly from: string;
  readonly to: string;
  /** When the aid was granted (the agreement came into force, or now for the case being decided): its year picks the exchange rate. */
  readonly grantedAt: string;
}

/** What another case's stored item must hold for its aid to be counted (the store reads only this). */
export type AidSource = Pick<IopCase, 'id' | 'reference' | 'title' | 'stage' | 'publicBody' | 'endsAt'> & {
  readonly agreement?: Pick<IopAgreement, 'parties' | 'contributions' | 'termStart' | 'termEnd' | 'activeSince'>;
  readonly agreementInForce?: Pick<IopAgreement, 'parties' | 'contributions' | 'termStart' | 'termEnd' | 'activeSince'>;
};

function shareOf(agreement: Pick<IopAgreement, 'parties' | 'contributions'>, orgId: string): number | undefined {
  const civil = agreement.parties.filter((p) => p.side === 'civil');
  if (!civil.some((p) => p.orgId === orgId)) return undefined;
  const pub = agreement.parties.find((p) => p.side === 'public');
  const contribution = pub ? agreement.contributions[pub.orgId] : undefined;
  return contribution ? totalPerYear(contribution) / civil.length : 0;
}

/**
 * The aid an organisation got from another case: an agreement that was
 * approved (signed or being signed, in force, or ended, perhaps early by
 * notice). A case that never got that far granted nothing.
 */
export function aidPeriodsOf(source: AidSource, orgId: string): AidPeriod[] {
  if (source.stage === 'withdrawn' || source.stage === 'rejected') return [];
  const agreement = source.agreementInForce ?? source.agreement;
  if (!agreement) return [];
  const sekPerYear = shareOf(agreement, orgId);
  if (sekPerYear === undefined || sekPerYear === 0) return [];
  const to = source.endsAt && isAfter(agreement.termEnd, source.endsAt) ? source.endsAt : agreement.termEnd;
  return [
    {
      caseId: source.id,
      reference: source.reference,
      title: source.title,
      ...(source.publicBody === undefined ? {} : { publicBody: source.publicBody }),
      orgId,
      sekPerYear,
      from: agreement.termStart,
      to,
      grantedAt: agreement.activeSince ?? agreement.termStart,
    },
  ];
}

/**
 * The aid the case being decided would grant each of its civil parties, from
 * the current draft: an amendment keeps the term it amends; a new agreement
 * runs from its planned start (today if that has passed).
 */
export function proposedAidPeriods(state: IopCase, now: Date, config: IopConfig): AidPeriod[] {
  const parties = activeParties(state);
  const pub = parties.find((p) => p.side === 'public');
  const civil = parties.filter((p) => p.side === 'civil');
  if (civil.length === 0) return [];
  const publicPerYear = pub && state.draft.contributions[pub.orgId] ? totalPerYear(state.draft.contributions[pub.orgId]!) : 0;
  const inForce = state.agreementInForce;
  const planned = `${state.draft.plannedStart}T00:00:00.000Z`;
  const today = `${now.toISOString().slice(0, 10)}T00:00:00.000Z`;
  const from = inForce?.termStart ?? (isAfter(planned, today) ? planned : today);
  const to = inForce?.termEnd ?? addMonths(from, Math.min(state.draft.durationMonths, config.maxTermMonths));
  return civil.map((p) => ({
    caseId: state.id,
    reference: state.reference,
    title: state.title,
    ...(state.publicBody === undefined ? {} : { publicBody: state.publicBody }),
    orgId: p.orgId,
    sekPerYear: publicPerYear / civil.length,
    from,
    to,
    grantedAt: now.toISOString(),
  }));
}
