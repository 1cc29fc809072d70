import { array, boolean, enum as zEnum, int, optional, strictObject, string, type infer as Infer } from 'zod/mini';
import { described, withMeta } from '../../platform/http/contract/schema-meta.js';
import { InstantField, TextField } from '../../platform/http/contract/view-fields.js';
import { IopStages } from '../../iop/domain/case-model.js';

/**
 * What the reporting routes answer: the yearly follow-up overview of a public
 * body (for its staff and approvers, and a public version without people), and
 * the public register of agreements in force. Strict: a field not declared here
 * (a person's name in the public version) fails the integration tests.
 */
const Text = TextField;
const Instant = InstantField;
const Sek = described(int(), 'Whole kronor');

const Body = strictObject({ id: Text, name: Text });
const Side = strictObject({ moneySek: Sek, inKindSek: Sek });
const ReviewStateView = zEnum(['done', 'due', 'overdue']);

const ReviewLineFields = {
  reference: Text,
  title: Text,
  number: int(),
  final: boolean(),
  dueAt: optional(Instant),
  state: ReviewStateView,
  reportsExpected: int(),
  reportsSubmitted: int(),
  reach: described(int(), 'People reached, as the organisations reported'),
  moneyUsedSek: Sek,
  moneyPlannedSek: described(int(), "The agreement's money per year, all parties"),
  inKindUsedSek: Sek,
  inKindPlannedSek: Sek,
  decision: optional(zEnum(['continue', 'revise', 'terminate', 'renew', 'close'])),
};

const OverviewFields = {
  publicBody: Body,
  year: int(),
  computedAt: Instant,
  iops: strictObject({
    total: int(),
    byStage: array(strictObject({ stage: zEnum(Object.values(IopStages) as [string, ...string[]]), count: int() })),
    byArea: array(strictObject({ area: described(Text, "The unit's type in the registry (narsjukhus, vardcentral, sjukhus, other)"), count: int() })),
  }),
  contributions: array(strictObject({ year: int(), public: Side, civil: Side })),
  outcomes: strictObject({
    reportsExpected: int(),
    reportsSubmitted: int(),
    reach: int(),
    moneyUsedSek: Sek,
    moneyPlannedSek: Sek,
    inKindUsedSek: Sek,
    inKindPlannedSek: Sek,
  }),
  endingWithinYear: array(strictObject({ reference: Text, title: Text, endsAt: Instant, why: zEnum(['term', 'terminate', 'close', 'renew']) })),
  procurement: strictObject({
    notices: described(int(), 'Notices the body published in the year'),
    reachingSmallBidders: described(int(), 'Of those, notices whose stored matches reach at least one small bidder'),
    reserved25: described(int(), 'Reserved under LOU 19 kap. 25 §'),
    reserved25a: described(int(), 'Reserved for idéburna organisationer under LOU 19 kap. 25 a §'),
    tenderSchoolsHeld: described(int(), 'Tender schools held in the year (not cancelled, started)'),
  }),
};

/** The yearly follow-up for the body's own staff and approvers: with who reported and who decided each review. */
export const StaffOverviewView = withMeta(
  strictObject({
    ...OverviewFields,
    reviews: strictObject({
      done: int(),
      due: int(),
      overdue: int(),
      lines: array(strictObject({ ...ReviewLineFields, reportedBy: array(Text), decidedBy: optional(Text) })),
    }),
  }),
  { id: 'FollowUpOverview' },
);
export type StaffOverview = Infer<typeof StaffOverviewView>;

/** The same figures for anyone: organisations and agreements by name, no people. */
export const PublicOverviewView = withMeta(
  strictObject({
    ...OverviewFields,
    reviews: strictObject({ done: int(), due: int(), overdue: int(), lines: array(strictObject(ReviewLineFields)) }),
  }),
  { id: 'PublicFollowUpOverview' },
);
export type PublicOverview = Infer<typeof PublicOverviewView>;

/** Either version: what the tables, the charts and the CSV are made from. */
export type OverviewFigures = PublicOverview | StaffOverview;

export const RegisterRowView = withMeta(
  strictObject({
    reference: Text,
    title: Text,
    publicBody: Body,
    unit: strictObject({ orgId: Text, name: Text, area: Text }),
    organisations: array(strictObject({ orgId: Text, name: Text })),
    purpose: Text,
    targetGroup: Text,
    termStart: Instant,
    termEnd: Instant,
    endsAt: optional(Instant),
    diarienummer: Text,
    budgetPerYearSek: Sek,
    publicMoneyPerYear: array(strictObject({ year: int(), moneySek: Sek, inKindSek: Sek })),
    followUp: strictObject({ state: zEnum(['not-yet', 'on-track', 'overdue']), reviewsDone: int(), nextDueAt: optional(Instant) }),
    summary: described(strictObject({ sv: array(Text), en: array(Text) }), 'The plain-language (lättläst) summary, sentence by sentence'),
  }),
  { id: 'PublicRegisterRow' },
);
export type RegisterRowViewType = Infer<typeof RegisterRowView>;

/** The register, filtered, with what the filters can be set to (areas, units, organisations and years that occur). */
export const PublicRegisterPageView = withMeta(
  strictObject({
    agreements: array(RegisterRowView),
    total: described(int(), 'Agreements in force in the whole register, before the filters'),
    more: described(boolean(), 'True when the register holds more agreements than one answer reads'),
    choices: strictObject({
      areas: array(Text),
      units: array(strictObject({ orgId: Text, name: Text })),
      organisations: array(strictObject({ orgId: Text, name: Text })),
      publicBodies: array(Body),
      years: array(int()),
    }),
  }),
  { id: 'PublicRegisterPage' },
);
export type PublicRegisterPage = Infer<typeof PublicRegisterPageView>;

/** A CSV file (UTF-8 with a byte-order mark, semicolons, CRLF), as the text it is. */
export const CsvView = withMeta(described(string(), 'text/csv; charset=utf-8: semicolon-separated, UTF-8 with BOM, for Swedish Excel'), {
  id: 'CsvFile',
});
