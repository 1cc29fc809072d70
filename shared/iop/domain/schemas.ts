import {
  _default,
  array,
  boolean,
  discriminatedUnion,
  enum as zEnum,
  int,
  iso,
  literal,
  maxLength,
  maximum,
  minLength,
  minimum,
  nonnegative,
  number,
  optional,
  positive,
  refine,
  regex,
  strictObject,
  string,
  trim,
  type infer as Infer,
} from 'zod/mini';
import type { $ZodShape } from 'zod/v4/core';
import type { ChecklistItem } from './checklist-items.js';
import { Principles, type Principle } from './principles.js';

/**
 * Request shapes of the IOP API. Strict objects: an unknown field is a 400, so
 * a client typo never silently drops data. Rules that need the case or the
 * configuration (term maximum, stage, consents) live in the reducer, not here.
 */
const Sek = number().check(int('Whole kronor'), nonnegative('Must not be negative'));
const Text = (max: number) => string().check(trim(), minLength(1), maxLength(max));

export { IopLimits } from './iop-limits.js';
const OrgId = string().check(trim(), minLength(2), maxLength(64), regex(/^[a-z0-9][a-z0-9-]*$/, 'Lower-case letters, digits and hyphens'));
const ExpectedVersion = optional(int().check(positive()));

export const ContributionSchema = strictObject({
  /** Money per year, SEK. */
  moneySekPerYear: _default(Sek, 0),
  /** In-kind contribution per year (staff, premises, volunteers), valued in SEK. */
  inKindSekPerYear: _default(Sek, 0),
  inKindDescription: optional(Text(2000)),
});
export type Contribution = Infer<typeof ContributionSchema>;

/** What makes a civil party an idéburen organisation (and the register entry of Act 2022:900 when present). */
export const IdeburenCriteriaSchema = strictObject({
  solePublicBenefitPurpose: boolean(),
  publicBodyControllingInfluence: boolean(),
  assetsToNonProfitOnDissolution: boolean(),
  isFoundation: _default(boolean(), false),
  kammarkollegietRegistration: optional(strictObject({ registrationNumber: Text(64), registeredAt: iso.date() })),
});
export type IdeburenCriteria = Infer<typeof IdeburenCriteriaSchema>;

export const PublicPartySchema = strictObject({
  orgId: OrgId,
  name: Text(200),
  contribution: ContributionSchema,
});

export const CivilPartySchema = strictObject({
  orgId: OrgId,
  name: Text(200),
  contribution: ContributionSchema,
  criteria: IdeburenCriteriaSchema,
});
export type CivilPartyInput = Infer<typeof CivilPartySchema>;

export const InitiateIopCaseSchema = strictObject({
  title: Text(200),
  /** The societal challenge and the purpose of the partnership. */
  purpose: Text(5000),
  targetGroup: Text(2000),
  activities: array(Text(1000)).check(minLength(1), maxLength(50)),
  healthcareUnit: PublicPartySchema,
  civilParties: array(CivilPartySchema).check(minLength(1, 'At least one idéburen organisation'), maxLength(10)),
  plannedStart: iso.date(),
  durationMonths: int().check(positive()),
  budgetPerYearSek: Sek,
});
export type InitiateIopCaseInput = Infer<typeof InitiateIopCaseSchema>;

export const DraftChangesSchema = strictObject({
  purpose: optional(Text(5000)),
  targetGroup: optional(Text(2000)),
  activities: optional(array(Text(1000)).check(minLength(1), maxLength(50))),
  contributions: optional(array(strictObject({ orgId: OrgId, contribution: ContributionSchema })).check(minLength(1))),
  budgetPerYearSek: optional(Sek),
  plannedStart: optional(iso.date()),
  durationMonths: optional(int().check(positive())),
  governance: optional(Text(3000)),
  followUp: optional(Text(3000)),
  noticeMonths: optional(int().check(minimum(1), maximum(12))),
}).check(refine((c) => Object.keys(c).length > 0, 'Change at least one field'));

const ChecklistAnswer = strictObject({ met: boolean(), motivation: Text(2000) });
export const LegalChecklistSchema = strictObject({
  localGovernmentActAndPriorities: ChecklistAnswer,
  complementsPublicOffering: ChecklistAnswer,
  stateAid: strictObject({
    met: boolean(),
    motivation: Text(2000),
    /** The legal basis the aid rests on; the ceilings depend on it. */
    basis: zEnum(['no-aid', 'de-minimis', 'sgei']),
  }),
  notPublicContract: ChecklistAnswer,
  coFinancingDocumented: ChecklistAnswer,
  noOtherRegionalFunding: ChecklistAnswer,
});
export type LegalChecklist = Infer<typeof LegalChecklistSchema>;
export { ChecklistItems } from './checklist-items.js';
// Every item of the checklist schema is one the form asks, and no other.
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _checklistItemsMatch: SameKeys<ChecklistItem, keyof LegalChecklist> = true;
void _checklistItemsMatch;

const action = <T extends string, S extends $ZodShape>(type: T, shape: S) => strictObject({ type: literal(type), expectedVersion: ExpectedVersion, ...shape });

export const IopActionSchema = discriminatedUnion('type', [
  action('accept-invitation', {}),
  action('decline-invitation', { reason: optional(Text(2000)) }),
  action('record-meeting', {
    date: iso.date(),
    participants: array(Text(200)).check(minLength(1), maxLength(100)),
    notes: Text(20000),
  }),
  action('revise-draft', { changes: DraftChangesSchema, summary: optional(Text(2000)) }),
  action('consent', { draftVersion: int().check(positive()) }),
  action('start-consultation', {
    responders: array(strictObject({ orgId: OrgId, name: Text(200) })).check(minLength(1), maxLength(50)),
    question: Text(5000),
    deadline: iso.datetime({ offset: true }),
  }),
  action('respond-consultation', {
    response: Text(20000),
    /** Other invited organisations answering jointly with the sender. */
    jointWith: optional(array(OrgId).check(minLength(1), maxLength(50))),
  }),
  action('extend-consultation', { deadline: iso.datetime({ offset: true }), reason: optional(Text(2000)) }),
  action('record-consultation-handling', { handling: Text(10000) }),
  /** With a consultation round still open, the unit closes it early and says why. */
  action('request-decision', { closeConsultationReason: optional(Text(2000)) }),
  action('decide', {
    decision: zEnum(['approve', 'reject', 'return']),
    motivation: Text(5000),
    diarienummer: string().check(trim(), minLength(3), maxLength(64)),
    checklist: optional(LegalChecklistSchema),
  }),
  action('sign', { agreementVersion: optional(int().check(positive())) }),
  action('submit-review-report', {
    activities: Text(10000),
    reach: int().check(nonnegative()),
    outcomes: Text(10000),
    moneyUsedSek: Sek,
    inKindUsedSek: Sek,
  }),
  action('review-decision', {
    decision: zEnum(['continue', 'revise', 'terminate', 'renew', 'close']),
    motivation: Text(5000),
    noticeMonths: optional(int().check(minimum(1), maximum(12))),
  }),
  action('withdraw', { reason: Text(2000) }),
  /** At a review, each party says where it stands before the decision, or records that it takes no position, and why. */
  action('record-review-position', { position: zEnum(['continue', 'revise', 'terminate', 'renew', 'close', 'abstain']), statement: Text(5000) }),
  /** The parties' joint reflection on the six principles, a few words on each. */
  action('record-review-reflection', {
    principles: strictObject(Object.fromEntries(Principles.map((p) => [p, Text(2000)])) as Record<Principle, ReturnType<typeof Text>>),
  }),
  /** Notice on a signed agreement, by any party; the notice period is the agreement's. */
  action('give-notice', { reason: Text(2000) }),
]);
export type IopAction = Infer<typeof IopActionSchema>;
export type IopActionType = IopAction['type'];
export const IopActionTypes = IopActionSchema.def.options.map((o) => o.shape.type.def.values[0]) as readonly IopActionType[];
export type ActionOf<T extends IopActionType> = Extract<IopAction, { type: T }>;
