import type { OrganisationDirectory } from './organisation-directory.js';

/** What a form says about a party; for an idéburen organisation, what its statutes meet. */
interface PartyClaim {
  readonly orgId: string;
  readonly name: string;
  readonly criteria?: {
    readonly solePublicBenefitPurpose: boolean;
    readonly publicBodyControllingInfluence: boolean;
    readonly assetsToNonProfitOnDissolution: boolean;
    readonly isFoundation: boolean;
    readonly kammarkollegietRegistration?: { readonly registrationNumber: string; readonly registeredAt: string };
  };
}

/**
 * A party as the registry knows it: its registered name and, for an idéburen
 * organisation, the statutes' criteria as last checked and its Kammarkollegiet
 * registration. The case keeps this copy from its initiation, so the pre-check
 * reads the registry, not what a form claimed. A party the registry does not
 * hold is left as sent.
 */
export async function registryParty<P extends PartyClaim>(directory: OrganisationDirectory, party: P): Promise<P> {
  const org = await directory.get(party.orgId);
  if (!org) return party;
  const criteria =
    party.criteria && org.criteria
      ? {
          solePublicBenefitPurpose: org.criteria.solePublicBenefitPurpose,
          publicBodyControllingInfluence: org.criteria.publicBodyControllingInfluence,
          assetsToNonProfitOnDissolution: org.criteria.assetsToNonProfitOnDissolution,
          isFoundation: org.criteria.isFoundation,
          ...(org.kammarkollegiet ? { kammarkollegietRegistration: { ...org.kammarkollegiet } } : {}),
        }
      : party.criteria;
  return { ...party, name: org.name, ...(criteria ? { criteria } : {}) };
}
