import type { IopCase } from '../../iop/domain/case-model.js';
import { agreementSummary } from '../../iop/documents/agreement-summary.js';
import { searchableName } from '../../platform/organisations/organisation.js';
import { contributionInYear, termOf, yearsInForce } from './money-per-year.js';
import { reviewState } from './yearly-overview.js';
import { UnknownArea } from './yearly-overview.js';

/**
 * One agreement in force as the public register shows it: organisations by
 * name (public in the register already), its public money per year, where its
 * yearly follow-up stands and its plain-language summary. No people: no
 * names of persons, no e-mail addresses, no signatures.
 */
export interface RegisterRow {
  readonly reference: string;
  readonly title: string;
  readonly publicBody: { readonly id: string; readonly name: string };
  readonly unit: { readonly orgId: string; readonly name: string; readonly area: string };
  readonly organisations: readonly { readonly orgId: string; readonly name: string }[];
  readonly purpose: string;
  readonly targetGroup: string;
  readonly termStart: string;
  readonly termEnd: string;
  readonly endsAt?: string;
  readonly diarienummer: string;
  readonly budgetPerYearSek: number;
  readonly publicMoneyPerYear: readonly { readonly year: number; readonly moneySek: number; readonly inKindSek: number }[];
  readonly followUp: FollowUpStatus;
  readonly summary: { readonly sv: readonly string[]; readonly en: readonly string[] };
}

/** Where the yearly follow-up of an agreement stands: how many reviews are done, and the next one. */
export interface FollowUpStatus {
  readonly state: 'not-yet' | 'on-track' | 'overdue';
  readonly reviewsDone: number;
  readonly nextDueAt?: string;
}

export function followUpOf(c: IopCase, now: Date): FollowUpStatus {
  const done = c.reviews.filter((r) => r.decision !== undefined).length;
  const open = c.reviews.filter((r) => r.decision === undefined && r.closedAt === undefined);
  const overdue = open.some((r) => reviewState(r, now) === 'overdue');
  const nextDueAt = open
    .map((r) => r.dueAt)
    .filter((d): d is string => d !== undefined)
    .sort()[0];
  return {
    state: overdue ? 'overdue' : done === 0 && open.length === 0 ? 'not-yet' : 'on-track',
    reviewsDone: done,
    ...(nextDueAt !== undefined && { nextDueAt }),
  };
}

/** The register row of a case with an agreement in force; undefined for any other case. */
export function registerRow(
  c: IopCase,
  context: { readonly now: Date; readonly nameOf: (orgId: string) => string | undefined; readonly areaOfUnit: Readonly<Record<string, string>> },
): RegisterRow | undefined {
  const a = c.agreementInForce;
  if (!a) return undefined;
  const unit = a.parties.find((p) => p.side === 'public');
  const publicBodyId = c.publicBody ?? '';
  const term = termOf(a, c.endsAt);
  return {
    reference: c.reference,
    title: a.title,
    publicBody: { id: publicBodyId, name: context.nameOf(publicBodyId) ?? publicBodyId },
    unit: { orgId: unit?.orgId ?? '', name: unit?.name ?? '', area: (unit && context.areaOfUnit[unit.orgId]) ?? UnknownArea },
    organisations: a.parties.filter((p) => p.side === 'civil').map((p) => ({ orgId: p.orgId, name: p.name })),
    purpose: a.purpose,
    targetGroup: a.targetGroup,
    termStart: a.termStart,
    termEnd: a.termEnd,
    ...(c.endsAt !== undefined && { endsAt: c.endsAt }),
    diarienummer: a.diarienummer,
    budgetPerYearSek: a.budgetPerYearSek,
    publicMoneyPerYear: yearsInForce(term).map((year) => {
      const { public: p } = contributionInYear(a, year, c.endsAt);
      return { year, moneySek: p.moneySek, inKindSek: p.inKindSek };
    }),
    followUp: followUpOf(c, context.now),
    summary: { sv: agreementSummary(a, 'sv'), en: agreementSummary(a, 'en') },
  };
}

/** What the register is searched and filtered by; every filter given must hold. */
export interface RegisterFilter {
  /** Words of the title, purpose, target group or an organisation's name (diacritics and case do not matter). */
  readonly q?: string;
  readonly area?: string;
  readonly unit?: string;
  readonly organisation?: string;
  readonly publicBody?: string;
  /** In force at some time in this calendar year. */
  readonly year?: number;
}

export function matchesFilter(row: RegisterRow, filter: RegisterFilter): boolean {
  if (filter.area !== undefined && row.unit.area !== filter.area) return false;
  if (filter.unit !== undefined && row.unit.orgId !== filter.unit) return false;
  if (filter.organisation !== undefined && !row.organisations.some((o) => o.orgId === filter.organisation)) return false;
  if (filter.publicBody !== undefined && row.publicBody.id !== filter.publicBody) return false;
  if (filter.year !== undefined && !yearsInForce({ start: row.termStart, end: row.endsAt ?? row.termEnd }).includes(filter.year)) return false;
  if (filter.q !== undefined && filter.q.trim() !== '') {
    const haystack = searchableName([row.title, row.purpose, row.targetGroup, row.reference, row.unit.name, ...row.organisations.map((o) => o.name)].join(' '));
    if (
      !searchableName(filter.q)
        .split(' ')
        .every((word) => haystack.includes(word))
    )
      return false;
  }
  return true;
}
