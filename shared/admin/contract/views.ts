import {
  array,
  boolean,
  describe,
  enum as zEnum,
  iso,
  meta,
  nullable,
  number,
  optional,
  record,
  strictObject,
  string,
  unknown,
  type infer as Infer,
} from 'zod/mini';
import { AuditActions } from '../domain/audit-entry.js';
import { described, withMeta } from '../../platform/http/contract/schema-meta.js';
import { LegalForms, OrganisationKinds, PublicBodyTypes, UnitTypes } from '../../platform/organisations/organisation.js';
import { RoleList } from '../../platform/auth/actor.js';

/**
 * What the registry, administration and way-in routes answer with. Strict:
 * a stored field that is not part of a view never reaches a client.
 */
const Day = iso.date();
const Instant = iso.datetime({ offset: true });
const Kind = zEnum(OrganisationKinds);
const Role = zEnum(RoleList as [string, ...string[]]);

export const OrganisationSummaryView = withMeta(
  strictObject({
    id: string(),
    name: string(),
    kind: Kind,
    publicBodyId: optional(string()),
    publicBodyName: optional(string()),
    region: optional(described(string(), 'NUTS code, e.g. SE232 (Västra Götaland)')),
    organisationNumber: optional(string()),
    bodyType: optional(zEnum(PublicBodyTypes)),
    unitType: optional(zEnum(UnitTypes)),
    /** For an idéburen organisation: whether the registry holds checked statutes criteria. */
    criteriaCheckedOn: optional(Day),
  }),
  { id: 'OrganisationSummary' },
);
export type OrganisationSummaryView = Infer<typeof OrganisationSummaryView>;

export const OrganisationListView = withMeta(strictObject({ items: array(OrganisationSummaryView), more: boolean() }), { id: 'OrganisationList' });

const Criteria = strictObject({
  solePublicBenefitPurpose: boolean(),
  publicBodyControllingInfluence: boolean(),
  assetsToNonProfitOnDissolution: boolean(),
  isFoundation: boolean(),
  checkedOn: Day,
});
const Contact = strictObject({ name: string(), role: string(), email: string(), phone: optional(string()) });
const Named = strictObject({ id: string(), name: string() });

export const OrganisationView = withMeta(
  strictObject({
    ...OrganisationSummaryView.def.shape,
    legalForm: optional(zEnum(LegalForms)),
    criteria: optional(Criteria),
    kammarkollegiet: optional(strictObject({ registrationNumber: string(), registeredAt: Day })),
    /** For an umbrella organisation: its members, and since when each has authorised it to act for them. */
    members: optional(array(strictObject({ id: string(), name: string(), actingAuthorisedOn: optional(Day) }))),
    /** Umbrella organisations this one has authorised to act for it. */
    actingAuthorised: optional(array(Named)),
    /** For an idéburen organisation: the public bodies that work with it (their administrators may invite its people). */
    partnerBodies: optional(array(Named)),
    /** For a public body: its units. */
    units: optional(array(strictObject({ id: string(), name: string(), unitType: optional(zEnum(UnitTypes)) }))),
    contact: optional(Contact),
    version: number(),
  }),
  { id: 'Organisation' },
);
export type OrganisationView = Infer<typeof OrganisationView>;

export const UserAccountView = withMeta(
  strictObject({
    sub: string(),
    email: string(),
    name: string(),
    role: Role,
    org: string(),
    orgName: string(),
    enabled: boolean(),
    createdAt: Instant,
  }),
  { id: 'UserAccount' },
);
export type UserAccountView = Infer<typeof UserAccountView>;

export const UserListView = withMeta(strictObject({ items: array(UserAccountView), more: boolean() }), { id: 'UserList' });

const Changes = record(string(), unknown());

/** One change an administrator made: who, when, what, and the changed fields before and after. */
export const AuditEntryView = withMeta(
  strictObject({
    id: string(),
    at: Instant,
    actor: strictObject({ sub: string(), name: string() }),
    action: zEnum(AuditActions),
    subject: strictObject({ kind: zEnum(['organisation', 'user']), id: string(), name: string() }),
    before: nullable(Changes),
    after: nullable(Changes),
  }),
  { id: 'AuditEntry' },
);
export type AuditEntryView = Infer<typeof AuditEntryView>;

export const AuditPageView = withMeta(
  strictObject({
    items: array(AuditEntryView),
    next: optional(described(string(), 'Pass as `before` for the next (older) page')),
  }),
  { id: 'AuditPage' },
);

/**
 * The public bodies that have a way in, for anyone: what the registry publishes
 * of them (name, kind, region). Whom to contact is on each body's own way in.
 */
export const WayInIndexView = withMeta(
  strictObject({
    items: array(
      strictObject({
        id: string(),
        name: string(),
        bodyType: optional(zEnum(PublicBodyTypes)),
        region: optional(described(string(), 'NUTS code, e.g. SE232 (Västra Götaland)')),
      }),
    ),
  }),
  { id: 'WayInIndex' },
);

/** A public body's way in: whom to contact to start an IOP, and the steps from idea to IOP. */
export const WayInView = withMeta(
  strictObject({
    id: string(),
    name: string(),
    bodyType: optional(zEnum(PublicBodyTypes)),
    contact: optional(Contact),
    units: array(strictObject({ id: string(), name: string(), unitType: optional(zEnum(UnitTypes)) })),
  }),
  { id: 'WayIn' },
);

export const InterestNoteView = withMeta(
  strictObject({
    id: string(),
    at: Instant,
    publicBodyId: string(),
    unit: optional(Named),
    organisationName: string(),
    organisationNumber: optional(string()),
    contactName: string(),
    email: string(),
    phone: optional(string()),
    idea: string(),
  }),
  { id: 'InterestNote' },
);
export type InterestNoteView = Infer<typeof InterestNoteView>;

export const InterestReceiptView = withMeta(
  strictObject({
    id: string(),
    at: Instant,
    /** Who at the public body receives it. */
    receiver: strictObject({ name: string(), role: optional(string()), email: optional(string()) }),
  }),
  { id: 'InterestReceipt' },
);

export const InterestListView = withMeta(strictObject({ items: array(InterestNoteView), more: boolean() }), { id: 'InterestList' });
