/**
 * An organisation as the registry knows it. Public bodies (regions and
 * municipalities) are the tenants: every unit belongs to one, and every case
 * belongs to the public body of its healthcare unit or buyer. Idéburna
 * organisations belong to no body; an umbrella organisation lists its members,
 * and a member may authorise it to act for them.
 */
export type OrganisationKind = 'public-body' | 'unit' | 'ideburen';
export const OrganisationKinds = ['public-body', 'unit', 'ideburen'] as const satisfies readonly OrganisationKind[];

export const PublicBodyTypes = ['region', 'municipality'] as const;
export type PublicBodyType = (typeof PublicBodyTypes)[number];

export const UnitTypes = ['narsjukhus', 'vardcentral', 'sjukhus', 'procurement-unit', 'other'] as const;
export type UnitType = (typeof UnitTypes)[number];

/** Legal forms an idéburen organisation takes (Bolagsverket's and Skatteverket's names). */
export const LegalForms = ['ideell-forening', 'stiftelse', 'ekonomisk-forening', 'registrerat-trossamfund', 'aktiebolag-svb', 'other'] as const;
export type LegalForm = (typeof LegalForms)[number];

/**
 * What makes an organisation idéburen, read from its statutes, and the day
 * someone checked them. The pre-check reads these from the registry and keeps
 * a copy in the case at initiation.
 */
export interface StatutesCriteria {
  readonly solePublicBenefitPurpose: boolean;
  readonly publicBodyControllingInfluence: boolean;
  readonly assetsToNonProfitOnDissolution: boolean;
  readonly isFoundation: boolean;
  /** ISO date the statutes were last checked against the criteria. */
  readonly checkedOn: string;
}

/** An entry in Kammarkollegiet's register of idéburna organisationer (Lag 2022:900), when there is one. */
export interface KammarkollegietRegistration {
  readonly registrationNumber: string;
  readonly registeredAt: string;
}

/** A member of an umbrella organisation; `actingAuthorisedOn` is the day the member authorised the umbrella to act for it. */
export interface Membership {
  readonly orgId: string;
  readonly actingAuthorisedOn?: string;
}

/** Whom to contact to start an IOP with a public body, for its public way-in page. */
export interface WayInContact {
  readonly name: string;
  readonly role: string;
  readonly email: string;
  readonly phone?: string;
}

export interface Organisation {
  readonly id: string;
  readonly name: string;
  readonly kind: OrganisationKind;
  /** For a unit: the public body it belongs to. */
  readonly publicBodyId?: string;
  /** NUTS code of the region it is in (SE232 = Västra Götaland), for the registry's region filter. */
  readonly region?: string;
  /** NNNNNN-NNNN, with a valid check digit. */
  readonly organisationNumber?: string;
  readonly bodyType?: PublicBodyType;
  readonly unitType?: UnitType;
  readonly legalForm?: LegalForm;
  readonly criteria?: StatutesCriteria;
  readonly kammarkollegiet?: KammarkollegietRegistration;
  /** For an umbrella organisation: its members. */
  readonly members?: readonly Membership[];
  /**
   * For an idéburen organisation: the public bodies that work with it (the one
   * whose administrator registered it, and any that recorded it as a partner).
   * Their administrators may give its people accounts with the civil role.
   */
  readonly partnerBodies?: readonly string[];
  /** For a public body: whom to contact to start an IOP. */
  readonly contact?: WayInContact;
  /** Bumped by every change an administrator makes (expectedVersion). */
  readonly version?: number;
}

/** The public body an organisation acts within: itself for a body, its body for a unit, none for an idéburen organisation. */
export function publicBodyOf(org: Organisation | undefined): string | undefined {
  if (org === undefined) return undefined;
  return org.kind === 'public-body' ? org.id : org.publicBodyId;
}

/** Whether `umbrella` may act for `memberId`: the member is listed and has authorised it. */
export function mayActFor(umbrella: Organisation | undefined, memberId: string): boolean {
  return umbrella?.members?.some((m) => m.orgId === memberId && m.actingAuthorisedOn !== undefined) ?? false;
}

/**
 * A name as the search compares it: lower case, without diacritics (å, ä, ö,
 * é), so "goteborg" finds "Göteborgs Stadsmission".
 */
export function searchableName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
