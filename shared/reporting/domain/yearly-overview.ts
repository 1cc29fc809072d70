import { activeParties, type IopCase, type IopReview, type IopStage, IopStages, type ReviewOutcome } from '../../iop/domain/case-model.js';
import type { Notice } from '../../procurement/domain/notice.js';
import { isHeld } from '../../procurement/domain/tender-school/tender-school.js';
import type { TenderSchool } from '../../procurement/domain/tender-school/tender-school.js';
import { contributionInYear, type YearContribution } from './money-per-year.js';

/**
 * The yearly follow-up of one public body (region or municipality), as the
 * annual follow-up conference reads it: its IOPs by stage and area, what both
 * sides put in per year, the reviews of the year and what they reported, the
 * agreements that end within a year, and for procurement how far its notices
 * reached small bidders. Pure: the handler reads the body's cases, notices and
 * tender schools and passes them in.
 */
export interface OverviewInputs {
  readonly publicBody: { readonly id: string; readonly name: string };
  readonly year: number;
  readonly now: Date;
  /** The body's IOP cases (every stage). */
  readonly cases: readonly IopCase[];
  /** The area of each unit, by organisation id (the unit type in the registry: närsjukhus, vårdcentral…). */
  readonly areaOfUnit: Readonly<Record<string, string>>;
  /** The body's notices, each with how many small bidders its stored matches reach. */
  readonly notices: readonly { readonly notice: Notice; readonly biddersReached: number }[];
  readonly tenderSchools: readonly TenderSchool[];
}

/** Where a review of the year stands: decided, still ahead, or past its due date undecided. */
export type ReviewState = 'done' | 'due' | 'overdue';

export interface ReviewLine {
  readonly reference: string;
  readonly title: string;
  readonly number: number;
  readonly final: boolean;
  readonly dueAt?: string;
  readonly state: ReviewState;
  readonly reportsExpected: number;
  readonly reportsSubmitted: number;
  readonly reach: number;
  readonly moneyUsedSek: number;
  readonly moneyPlannedSek: number;
  readonly inKindUsedSek: number;
  readonly inKindPlannedSek: number;
  /** Who reported and who decided (people: the staff version only). */
  readonly reportedBy: readonly string[];
  readonly decidedBy?: string;
  readonly decision?: ReviewOutcome;
}

export interface EndingAgreement {
  readonly reference: string;
  readonly title: string;
  readonly endsAt: string;
  /** 'term' when it runs to its end; 'terminate' / 'close' / 'renew' when the parties ended it. */
  readonly why: 'term' | 'terminate' | 'close' | 'renew';
}

export interface YearlyOverview {
  readonly publicBody: { readonly id: string; readonly name: string };
  readonly year: number;
  readonly computedAt: string;
  readonly iops: {
    readonly total: number;
    readonly byStage: readonly { readonly stage: IopStage; readonly count: number }[];
    readonly byArea: readonly { readonly area: string; readonly count: number }[];
  };
  readonly contributions: readonly YearContribution[];
  readonly reviews: { readonly done: number; readonly due: number; readonly overdue: number; readonly lines: readonly ReviewLine[] };
  readonly outcomes: {
    readonly reportsExpected: number;
    readonly reportsSubmitted: number;
    readonly reach: number;
    readonly moneyUsedSek: number;
    readonly moneyPlannedSek: number;
    readonly inKindUsedSek: number;
    readonly inKindPlannedSek: number;
  };
  readonly endingWithinYear: readonly EndingAgreement[];
  readonly procurement: {
    readonly notices: number;
    readonly reachingSmallBidders: number;
    readonly reserved25: number;
    readonly reserved25a: number;
    readonly tenderSchoolsHeld: number;
  };
}

/** The years the money chart shows: two before the chosen year and two after (a five-year agreement's span). */
export const ContributionYearsAround = 2;
/** The area a case counts in when its unit has no type in the registry. */
export const UnknownArea = 'other';

const inYear = (at: string | undefined, year: number): boolean => at !== undefined && new Date(at).getUTCFullYear() === year;

/** The agreement a case's money comes from: the one in force, or the last signed one of an ended case. */
function agreementOf(c: IopCase) {
  return c.agreementInForce ?? (c.agreement && Object.keys(c.agreement.signatures).length > 0 && c.endsAt !== undefined ? c.agreement : undefined);
}

/** A review belongs to the year its reports are due (or, while it waits for an amendment, the year it opened). */
function reviewYearAt(review: IopReview): string {
  return review.dueAt ?? review.openedAt;
}

export function reviewState(review: IopReview, now: Date): ReviewState | undefined {
  if (review.decision) return 'done';
  if (review.closedAt) return undefined; // ended with the agreement, undecided: neither done nor still due
  const due = review.dueAt;
  if (review.overdueAt !== undefined || (due !== undefined && Date.parse(due) < now.getTime())) return 'overdue';
  return 'due';
}

function reviewLine(c: IopCase, review: IopReview, state: ReviewState): ReviewLine {
  const agreement = agreementOf(c) ?? c.agreement;
  const contributions = Object.values(agreement?.contributions ?? c.draft.contributions);
  const civil = activeParties(c).filter((p) => p.side === 'civil');
  const sum = (pick: (r: (typeof review.reports)[number]) => number) => review.reports.reduce((s, r) => s + pick(r), 0);
  return {
    reference: c.reference,
    title: agreement?.title ?? c.title,
    number: review.number,
    final: review.final,
    ...(review.dueAt !== undefined && { dueAt: review.dueAt }),
    state,
    reportsExpected: civil.length,
    reportsSubmitted: new Set(review.reports.map((r) => r.orgId)).size,
    reach: sum((r) => r.reach),
    moneyUsedSek: sum((r) => r.moneyUsedSek),
    moneyPlannedSek: contributions.reduce((s, x) => s + x.moneySekPerYear, 0),
    inKindUsedSek: sum((r) => r.inKindUsedSek),
    inKindPlannedSek: contributions.reduce((s, x) => s + x.inKindSekPerYear, 0),
    reportedBy: [...new Set(review.reports.map((r) => r.submittedBy))],
    ...(review.decision && { decidedBy: review.decision.decidedBy, decision: review.decision.decision }),
  };
}

export function yearlyOverview(input: OverviewInputs): YearlyOverview {
  const { year, now } = input;
  const endOfYear = Date.UTC(year + 1, 0, 1);
  // The cases started by the end of the year, by the stage they are in now.
  const cases = input.cases.filter((c) => Date.parse(c.createdAt) < endOfYear);

  const stageCount = new Map<IopStage, number>(Object.values(IopStages).map((s) => [s, 0]));
  const areaCount = new Map<string, number>();
  for (const c of cases) {
    stageCount.set(c.stage, (stageCount.get(c.stage) ?? 0) + 1);
    const unit = c.parties.find((p) => p.side === 'public');
    const area = (unit && input.areaOfUnit[unit.orgId]) ?? UnknownArea;
    areaCount.set(area, (areaCount.get(area) ?? 0) + 1);
  }

  const contributions: YearContribution[] = [];
  for (let y = year - ContributionYearsAround; y <= year + ContributionYearsAround; y++) {
    const total = { year: y, public: { moneySek: 0, inKindSek: 0 }, civil: { moneySek: 0, inKindSek: 0 } };
    for (const c of input.cases) {
      const agreement = agreementOf(c);
      if (!agreement) continue;
      const inYearOf = contributionInYear(agreement, y, c.endsAt);
      for (const side of ['public', 'civil'] as const) {
        total[side].moneySek += inYearOf[side].moneySek;
        total[side].inKindSek += inYearOf[side].inKindSek;
      }
    }
    contributions.push(total);
  }

  const lines: ReviewLine[] = [];
  for (const c of input.cases) {
    for (const review of c.reviews) {
      if (!inYear(reviewYearAt(review), year)) continue;
      const state = reviewState(review, now);
      if (state) lines.push(reviewLine(c, review, state));
    }
  }
  lines.sort((a, b) => (a.dueAt ?? '').localeCompare(b.dueAt ?? '') || a.reference.localeCompare(b.reference) || a.number - b.number);
  const count = (state: ReviewState) => lines.filter((l) => l.state === state).length;
  const total = (pick: (l: ReviewLine) => number) => lines.reduce((s, l) => s + pick(l), 0);

  const inAYear = Date.parse(new Date(Date.UTC(now.getUTCFullYear() + 1, now.getUTCMonth(), now.getUTCDate())).toISOString());
  const endingWithinYear: EndingAgreement[] = input.cases
    .filter((c) => c.agreementInForce !== undefined)
    .map((c) => ({
      reference: c.reference,
      title: c.agreementInForce!.title,
      endsAt: c.endsAt ?? c.agreementInForce!.termEnd,
      why: c.endsAt !== undefined && c.ending ? c.ending : ('term' as const),
    }))
    .filter((e) => Date.parse(e.endsAt) >= now.getTime() && Date.parse(e.endsAt) <= inAYear)
    .sort((a, b) => a.endsAt.localeCompare(b.endsAt) || a.reference.localeCompare(b.reference));

  const notices = input.notices.filter((n) => inYear(n.notice.createdAt, year));
  return {
    publicBody: input.publicBody,
    year,
    computedAt: now.toISOString(),
    iops: {
      total: cases.length,
      byStage: [...stageCount].map(([stage, n]) => ({ stage, count: n })),
      byArea: [...areaCount].map(([area, n]) => ({ area, count: n })).sort((a, b) => b.count - a.count || a.area.localeCompare(b.area)),
    },
    contributions,
    reviews: { done: count('done'), due: count('due'), overdue: count('overdue'), lines },
    outcomes: {
      reportsExpected: total((l) => l.reportsExpected),
      reportsSubmitted: total((l) => l.reportsSubmitted),
      reach: total((l) => l.reach),
      moneyUsedSek: total((l) => l.moneyUsedSek),
      moneyPlannedSek: total((l) => l.moneyPlannedSek),
      inKindUsedSek: total((l) => l.inKindUsedSek),
      inKindPlannedSek: total((l) => l.inKindPlannedSek),
    },
    endingWithinYear,
    procurement: {
      notices: notices.length,
      reachingSmallBidders: notices.filter((n) => n.biddersReached > 0).length,
      reserved25: notices.filter((n) => n.notice.reservation === 'res-pub-ser').length,
      reserved25a: notices.filter((n) => n.notice.reservedForIdeburna).length,
      tenderSchoolsHeld: input.tenderSchools.filter((s) => s.publicBody === input.publicBody.id && inYear(s.startsAt, year) && isHeld(s, now)).length,
    },
  };
}
