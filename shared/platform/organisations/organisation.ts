/**
 * An organisation as the registry knows it. Public bodies (regions and
 * municipalities) are the tenants: every unit belongs to one, and every case
 * belongs to the public body of its healthcare unit or buyer.
 */
export type OrganisationKind = 'public-body' | 'unit' | 'ideburen';

export interface Organisation {
  readonly id: string;
  readonly name: string;
  readonly kind: OrganisationKind;
  /** For a unit: the public body it belongs to. */
  readonly publicBodyId?: string;
}

/** The public body an organisation acts within: itself for a body, its body for a unit, none for an idéburen organisation. */
export function publicBodyOf(org: Organisation | undefined): string | undefined {
  if (org === undefined) return undefined;
  return org.kind === 'public-body' ? org.id : org.publicBodyId;
}
