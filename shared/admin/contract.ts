/**
 * The registry and administration as their clients see them: the views the
 * routes answer with, the kinds and forms an organisation has, and the
 * organisation-number check a form runs as the reader types. The web app
 * imports this module and nothing else of the context.
 */
export type {
  AuditEntryView,
  InterestNoteView,
  OrganisationSummaryView,
  OrganisationView,
  UserAccountView,
} from './contract/views.js';
export { AuditActions, type AuditAction } from './domain/audit-entry.js';
export { BodyRoles, CivilRoles } from './domain/invitation-rules.js';
export {
  LegalForms,
  OrganisationKinds,
  UnitTypes,
  type LegalForm,
  type OrganisationKind,
  type UnitType,
} from '../platform/organisations/organisation.js';
export { checkOrganisationNumber, OrganisationNumberMessages } from '../platform/organisations/organisation-number.js';
