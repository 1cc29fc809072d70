import {
  _default,
  array,
  boolean,
  coerce,
  enum as zEnum,
  int,
  iso,
  maxLength,
  maximum,
  minimum,
  minLength,
  nullable,
  optional,
  regex,
  strictObject,
  string,
  superRefine,
  trim,
  email as zEmail,
  number,
  type infer as Infer,
} from 'zod/mini';
import { RoleList } from '../../platform/auth/actor.js';
import { LegalForms, OrganisationKinds, UnitTypes } from '../../platform/organisations/organisation.js';
import { checkOrganisationNumber, OrganisationNumberMessages } from '../../platform/organisations/organisation-number.js';

/** What the registry, administration and way-in routes take. Strict objects: an unknown field is a 400. */
const Text = (max: number) => string().check(trim(), minLength(1), maxLength(max));
const Id = string().check(trim(), minLength(2), maxLength(64), regex(/^[a-z0-9][a-z0-9-]*$/, 'Lower-case letters, digits and hyphens'));
const Day = iso.date();
const Limit = (max: number, fallback: number) => _default(coerce.number().check(int(), minimum(1), maximum(max)), fallback);

/** NNNNNN-NNNN with a valid check digit; the message says which part is wrong. */
export const OrganisationNumberField = string().check(
  trim(),
  superRefine((value, ctx) => {
    const checked = checkOrganisationNumber(value);
    if (!checked.valid) ctx.issues.push({ code: 'custom', message: OrganisationNumberMessages[checked.problem].en, input: value });
  }),
);

export const RegistryQuery = strictObject({
  q: optional(string().check(trim(), maxLength(100))),
  kind: optional(zEnum(OrganisationKinds)),
  region: optional(string().check(regex(/^SE\d{1,3}$/, 'A NUTS code such as SE232'))),
  publicBody: optional(Id),
  /** Idéburna organisations this public body works with. */
  partnerOf: optional(Id),
  limit: Limit(200, 50),
});

const Criteria = strictObject({
  solePublicBenefitPurpose: boolean(),
  publicBodyControllingInfluence: boolean(),
  assetsToNonProfitOnDissolution: boolean(),
  isFoundation: _default(boolean(), false),
  checkedOn: Day,
});
const Registration = strictObject({ registrationNumber: Text(64), registeredAt: Day });
const Members = array(strictObject({ orgId: Id, actingAuthorisedOn: optional(Day) })).check(maxLength(500));
const Contact = strictObject({ name: Text(200), role: Text(200), email: string().check(trim(), zEmail(), maxLength(254)), phone: optional(Text(40)) });
const Region = string().check(regex(/^SE\d{1,3}$/, 'A NUTS code such as SE232'));

/** A new unit of the administrator's own body, or a new idéburen organisation. */
export const NewOrganisationInput = strictObject({
  kind: zEnum(['unit', 'ideburen']),
  name: Text(200),
  organisationNumber: optional(OrganisationNumberField),
  region: optional(Region),
  unitType: optional(zEnum(UnitTypes)),
  legalForm: optional(zEnum(LegalForms)),
  criteria: optional(Criteria),
  kammarkollegiet: optional(Registration),
  members: optional(Members),
});
export type NewOrganisationInput = Infer<typeof NewOrganisationInput>;

/** Changes to an organisation; `null` removes an optional part (a lapsed registration). */
export const OrganisationChanges = strictObject({
  expectedVersion: number().check(int(), minimum(0)),
  name: optional(Text(200)),
  organisationNumber: optional(OrganisationNumberField),
  region: optional(Region),
  unitType: optional(zEnum(UnitTypes)),
  legalForm: optional(zEnum(LegalForms)),
  criteria: optional(Criteria),
  kammarkollegiet: optional(nullable(Registration)),
  members: optional(Members),
  contact: optional(Contact),
  /** For an idéburen organisation: whether your public body works with it (its administrators may then invite the organisation's people, with the civil role). */
  partner: optional(boolean()),
});
export type OrganisationChanges = Infer<typeof OrganisationChanges>;

export const InviteUserInput = strictObject({
  email: string().check(trim(), zEmail(), maxLength(254)),
  name: Text(200),
  role: zEnum(RoleList as [string, ...string[]]),
  org: Id,
});
export type InviteUserInput = Infer<typeof InviteUserInput>;

export const UserChanges = strictObject({
  role: optional(zEnum(RoleList as [string, ...string[]])),
  enabled: optional(boolean()),
});
export type UserChanges = Infer<typeof UserChanges>;

export const UserListQuery = strictObject({ limit: Limit(200, 100) });

export const AuditQuery = strictObject({
  before: optional(string().check(maxLength(80), regex(/^[0-9TZ:.\-#a-f]+$/, 'The `next` of the page before'))),
  limit: Limit(100, 25),
});

/** An intresseanmälan: an idea, open-ended, before any form of the law. */
export const InterestInput = strictObject({
  unitId: optional(Id),
  organisationName: Text(200),
  organisationNumber: optional(OrganisationNumberField),
  contactName: Text(200),
  email: string().check(trim(), zEmail(), maxLength(254)),
  phone: optional(Text(40)),
  idea: Text(5000),
});
export type InterestInput = Infer<typeof InterestInput>;

export const InterestQuery = strictObject({ limit: Limit(200, 50) });
