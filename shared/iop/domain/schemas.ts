import * as z from 'zod';
import type { ChecklistItem } from './checklist-items.js';

/**
 * Request shapes of the IOP API. Strict objects: an unknown field is a 400, so
 * a client typo never silently drops data. Rules that need the case or the
 * configuration (term maximum, stage, consents) live in the reducer, not here.
 */
const Sek = z.number().int('Whole kronor').nonnegative('Must not be negative');
const Text = (max: number) => z.string().trim().min(1).max(max);

/**
 * How far a case may grow. Texts are bounded by their schemas (a meeting's
 * notes at most 20,000 characters); these bound the lists. Past a limit the
 * answer is 422 naming the field, never a failed write.
 */
export const IopLimits = {
  meetingsPerCase: 1_000,
  draftVersionsPerCase: 500,
} as const;
const OrgId = z
  .string()
  .trim()
  .min(2)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'Lower-case letters, digits and hyphens');
const ExpectedVersion = z.number().int().positive().optional();

export const ContributionSchema = z.strictObject({
  /** Money per year, SEK. */
  moneySekPerYear: Sek.default(0),
  /** In-kind contribution per year (staff, premises, volunteers), valued in SEK. */
  inKindSekPerYear: Sek.default(0),
  inKindDescription: Text(2000).optional(),
});
export type Contribution = z.infer<typeof ContributionSchema>;

/** What makes a civil party an idéburen organisation (and the register entry of Act 2022:900 when present). */
export const IdeburenCriteriaSchema = z.strictObject({
  solePublicBenefitPurpose: z.boolean(),
  publicBodyControllingInfluence: z.boolean(),
  assetsToNonProfitOnDissolution: z.boolean(),
  isFoundation: z.boolean().default(false),
  kammarkollegietRegistration: z.strictObject({ registrationNumber: Text(64), registeredAt: z.iso.date() }).optional(),
});
export type IdeburenCriteria = z.infer<typeof IdeburenCriteriaSchema>;

export const PublicPartySchema = z.strictObject({
  orgId: OrgId,
  name: Text(200),
  contribution: ContributionSchema,
});

export const CivilPartySchema = z.strictObject({
  orgId: OrgId,
  name: Text(200),
  contribution: ContributionSchema,
  criteria: IdeburenCriteriaSchema,
});
export type CivilPartyInput = z.infer<typeof CivilPartySchema>;

export const InitiateIopCaseSchema = z.strictObject({
  title: Text(200),
  /** The societal challenge and the purpose of the partnership. */
  purpose: Text(5000),
  targetGroup: Text(2000),
  activities: z.array(Text(1000)).min(1).max(50),
  healthcareUnit: PublicPartySchema,
  civilParties: z.array(CivilPartySchema).min(1, 'At least one idéburen organisation').max(10),
  plannedStart: z.iso.date(),
  durationMonths: z.number().int().positive(),
  budgetPerYearSek: Sek,
});
export type InitiateIopCaseInput = z.infer<typeof InitiateIopCaseSchema>;

export const DraftChangesSchema = z
  .strictObject({
    purpose: Text(5000).optional(),
    targetGroup: Text(2000).optional(),
    activities: z.array(Text(1000)).min(1).max(50).optional(),
    contributions: z
      .array(z.strictObject({ orgId: OrgId, contribution: ContributionSchema }))
      .min(1)
      .optional(),
    budgetPerYearSek: Sek.optional(),
    plannedStart: z.iso.date().optional(),
    durationMonths: z.number().int().positive().optional(),
    governance: Text(3000).optional(),
    followUp: Text(3000).optional(),
    noticeMonths: z.number().int().min(1).max(12).optional(),
  })
  .refine((c) => Object.keys(c).length > 0, 'Change at least one field');

const ChecklistAnswer = z.strictObject({ met: z.boolean(), motivation: Text(2000) });
export const LegalChecklistSchema = z.strictObject({
  localGovernmentActAndPriorities: ChecklistAnswer,
  complementsPublicOffering: ChecklistAnswer,
  stateAid: z.strictObject({
    met: z.boolean(),
    motivation: Text(2000),
    /** The legal basis the aid rests on; the ceilings depend on it. */
    basis: z.enum(['no-aid', 'de-minimis', 'sgei']),
  }),
  notPublicContract: ChecklistAnswer,
  coFinancingDocumented: ChecklistAnswer,
  noOtherRegionalFunding: ChecklistAnswer,
});
export type LegalChecklist = z.infer<typeof LegalChecklistSchema>;
export { ChecklistItems } from './checklist-items.js';
// Every item of the checklist schema is one the form asks, and no other.
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _checklistItemsMatch: SameKeys<ChecklistItem, keyof LegalChecklist> = true;
void _checklistItemsMatch;

const action = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.strictObject({ type: z.literal(type), expectedVersion: ExpectedVersion, ...shape });

export const IopActionSchema = z.discriminatedUnion('type', [
  action('accept-invitation', {}),
  action('decline-invitation', { reason: Text(2000).optional() }),
  action('record-meeting', {
    date: z.iso.date(),
    participants: z.array(Text(200)).min(1).max(100),
    notes: Text(20000),
  }),
  action('revise-draft', { changes: DraftChangesSchema, summary: Text(2000).optional() }),
  action('consent', { draftVersion: z.number().int().positive() }),
  action('start-consultation', {
    responders: z
      .array(z.strictObject({ orgId: OrgId, name: Text(200) }))
      .min(1)
      .max(50),
    question: Text(5000),
    deadline: z.iso.datetime({ offset: true }),
  }),
  action('respond-consultation', {
    response: Text(20000),
    /** Other invited organisations answering jointly with the sender. */
    jointWith: z.array(OrgId).min(1).max(50).optional(),
  }),
  action('extend-consultation', { deadline: z.iso.datetime({ offset: true }), reason: Text(2000).optional() }),
  action('record-consultation-handling', { handling: Text(10000) }),
  /** With a consultation round still open, the unit closes it early and says why. */
  action('request-decision', { closeConsultationReason: Text(2000).optional() }),
  action('decide', {
    decision: z.enum(['approve', 'reject', 'return']),
    motivation: Text(5000),
    diarienummer: z.string().trim().min(3).max(64),
    checklist: LegalChecklistSchema.optional(),
  }),
  action('sign', { agreementVersion: z.number().int().positive().optional() }),
  action('submit-review-report', {
    activities: Text(10000),
    reach: z.number().int().nonnegative(),
    outcomes: Text(10000),
    moneyUsedSek: Sek,
    inKindUsedSek: Sek,
  }),
  action('review-decision', {
    decision: z.enum(['continue', 'revise', 'terminate', 'renew', 'close']),
    motivation: Text(5000),
    noticeMonths: z.number().int().min(1).max(12).optional(),
  }),
  action('withdraw', { reason: Text(2000) }),
  /** Notice on a signed agreement, by any party; the notice period is the agreement's. */
  action('give-notice', { reason: Text(2000) }),
]);
export type IopAction = z.infer<typeof IopActionSchema>;
export type IopActionType = IopAction['type'];
export const IopActionTypes = IopActionSchema.options.map((o) => o.shape.type.value) as readonly IopActionType[];
export type ActionOf<T extends IopActionType> = Extract<IopAction, { type: T }>;
