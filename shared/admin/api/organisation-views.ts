import type { Organisation } from '../../platform/organisations/organisation.js';
import { optional } from '../../platform/http/contract/optional-field.js';
import type { OrganisationSummaryView, OrganisationView } from '../contract/views.js';

/** An organisation as a list shows it; `bodyName` names the public body a unit belongs to. */
export function toSummary(org: Organisation, bodyName?: string): OrganisationSummaryView {
  return {
    id: org.id,
    name: org.name,
    kind: org.kind,
    ...optional('publicBodyId', org.publicBodyId),
    ...optional('publicBodyName', org.publicBodyId ? bodyName : undefined),
    ...optional('region', org.region),
    ...optional('organisationNumber', org.organisationNumber),
    ...optional('bodyType', org.bodyType),
    ...optional('unitType', org.unitType),
    ...optional('criteriaCheckedOn', org.criteria?.checkedOn),
  };
}

export interface Related {
  readonly bodyName?: string;
  /** Names of the organisations it refers to (members, partner bodies), by id. */
  readonly names: ReadonlyMap<string, string>;
  readonly units: readonly Organisation[];
  readonly actingAuthorised: readonly Organisation[];
}

/** An organisation in full, with the names of what it refers to (never bare ids). */
export function toView(org: Organisation, related: Related): OrganisationView {
  return {
    ...toSummary(org, related.bodyName),
    ...optional('legalForm', org.legalForm),
    ...optional('criteria', org.criteria && { ...org.criteria }),
    ...optional('kammarkollegiet', org.kammarkollegiet && { ...org.kammarkollegiet }),
    ...optional(
      'members',
      org.members?.map((m) => ({ id: m.orgId, name: related.names.get(m.orgId) ?? m.orgId, ...optional('actingAuthorisedOn', m.actingAuthorisedOn) })),
    ),
    ...optional('partnerBodies', org.partnerBodies?.length ? org.partnerBodies.map((id) => ({ id, name: related.names.get(id) ?? id })) : undefined),
    ...optional('actingAuthorised', related.actingAuthorised.length ? related.actingAuthorised.map((u) => ({ id: u.id, name: u.name })) : undefined),
    ...optional('units', org.kind === 'public-body' ? related.units.map((u) => ({ id: u.id, name: u.name, ...optional('unitType', u.unitType) })) : undefined),
    ...optional('contact', org.contact && { ...org.contact }),
    version: org.version ?? 0,
  };
}
