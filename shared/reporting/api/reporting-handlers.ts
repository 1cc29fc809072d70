import type { Actor } from '../../platform/auth/actor.js';
import { NotFoundError } from '../../platform/errors/domain-errors.js';
import type { ContractHandlers } from '../../platform/http/contract/implement.js';
import { ok } from '../../platform/http/route.js';
import type { IopStage } from '../../iop/domain/case-model.js';
import type { ReportingContract } from '../contract/operations.js';
import { overviewCsv } from '../contract/overview-tables.js';
import { registerCsv } from '../contract/register-table.js';
import type { PublicOverview, PublicRegisterPage, StaffOverview } from '../contract/views.js';
import { matchesFilter, type RegisterFilter, type RegisterRow, registerRow } from '../domain/register-entries.js';
import { yearlyOverview, type YearlyOverview } from '../domain/yearly-overview.js';
import { AllIopStages, type ReportingReads } from '../store/reporting-reads.js';

export interface ReportingApiDependencies {
  readonly reads: ReportingReads;
  readonly clock: { now(): Date };
}

/** The most cases of one stage one answer reads (as the register: about 1 KB to 10 KB a case). */
export const ReportingCaseLimit = 500;
/** The newest notices the overview looks through for a body's notices of the year. */
export const ReportingNoticeLimit = 2000;
/** Stages whose cases may hold an agreement in force (an amendment runs through dialogue and approval). */
const RegisterStages: readonly IopStage[] = ['agreement', 'review', 'dialogue', 'approval'];

const csvAnswer = (csv: string, filename: string, cache: string) =>
  ok(csv, 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${filename}"`, 'cache-control': cache });

/**
 * The yearly follow-up and the public register, computed on request from the
 * stored cases, notices and tender schools (see store/reporting-reads.ts).
 */
export function reportingHandlers({ reads, clock }: ReportingApiDependencies): ContractHandlers<typeof ReportingContract> {
  /** The body must be a public body of the registry; otherwise there is no such overview (404). */
  async function figures(publicBodyId: string, year: number | undefined): Promise<YearlyOverview> {
    const body = await reads.organisation(publicBodyId);
    if (body?.kind !== 'public-body')
      throw new NotFoundError({ sv: `Det finns ingen offentlig organisation ${publicBodyId}.`, en: `No public body ${publicBodyId}.` });
    const now = clock.now();
    const chosen = year ?? now.getUTCFullYear();
    const { cases: all } = await reads.cases(AllIopStages, ReportingCaseLimit);
    const cases = all.filter((c) => c.publicBody === publicBodyId);
    const [areaOfUnit, notices, tenderSchools] = await Promise.all([
      areasOf(cases.flatMap((c) => c.parties.filter((p) => p.side === 'public').map((p) => p.orgId))),
      reads.noticesOf(publicBodyId, ReportingNoticeLimit, new Date(Date.UTC(chosen, 0, 1)).toISOString()),
      reads.tenderSchoolsOf(publicBodyId),
    ]);
    return yearlyOverview({ publicBody: { id: body.id, name: body.name }, year: chosen, now, cases, areaOfUnit, notices, tenderSchools });
  }

  async function areasOf(unitIds: readonly string[]): Promise<Record<string, string>> {
    const unique = [...new Set(unitIds)];
    const orgs = await Promise.all(unique.map((id) => reads.organisation(id)));
    return Object.fromEntries(unique.flatMap((id, i) => (orgs[i]?.unitType ? [[id, orgs[i].unitType]] : [])));
  }

  /** Staff and approvers see their own body only; anyone else is told there is no such overview. */
  function ownBody(actor: Actor, publicBody: string): void {
    if (actor.publicBody !== publicBody) {
      throw new NotFoundError({ sv: 'Det finns ingen sådan översikt för dig.', en: `No overview ${publicBody} for this caller.` });
    }
  }

  async function register(filter: RegisterFilter): Promise<PublicRegisterPage> {
    const now = clock.now();
    const { cases, more } = await reads.cases(RegisterStages, ReportingCaseLimit);
    const inForce = cases.filter((c) => c.agreementInForce !== undefined);
    const orgIds = [
      ...new Set(inForce.flatMap((c) => [c.publicBody ?? '', ...c.agreementInForce!.parties.filter((p) => p.side === 'public').map((p) => p.orgId)])),
    ];
    const orgs = await Promise.all(orgIds.map((id) => reads.organisation(id)));
    const byId = new Map(orgIds.map((id, i) => [id, orgs[i]]));
    const areaOfUnit = Object.fromEntries(orgIds.flatMap((id) => (byId.get(id)?.unitType ? [[id, byId.get(id)!.unitType!]] : [])));
    const rows = inForce
      .map((c) => registerRow(c, { now, nameOf: (id) => byId.get(id)?.name, areaOfUnit }))
      .filter((r): r is RegisterRow => r !== undefined)
      .sort((a, b) => a.reference.localeCompare(b.reference));
    const uniqueBy = <T extends { orgId: string; name: string }>(items: readonly T[]) =>
      [...new Map(items.map((i) => [i.orgId, { orgId: i.orgId, name: i.name }])).values()].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
    return {
      agreements: rows.filter((r) => matchesFilter(r, filter)).map(toRegisterView),
      total: rows.length,
      more,
      choices: {
        areas: [...new Set(rows.map((r) => r.unit.area))].sort(),
        units: uniqueBy(rows.map((r) => r.unit)),
        organisations: uniqueBy(rows.flatMap((r) => r.organisations)),
        publicBodies: [...new Map(rows.map((r) => [r.publicBody.id, r.publicBody])).values()].sort((a, b) => a.name.localeCompare(b.name, 'sv')),
        years: [...new Set(rows.flatMap((r) => r.publicMoneyPerYear.map((m) => m.year)))].sort((a, b) => a - b),
      },
    };
  }

  const filterOf = (q: RegisterFilter): RegisterFilter => q;

  return {
    overview: async ({ actor, params, query }) => {
      ownBody(actor, params.publicBody ?? '');
      return ok(toStaffView(await figures(params.publicBody ?? '', query.year)));
    },
    overviewCsv: async ({ actor, params, query }) => {
      ownBody(actor, params.publicBody ?? '');
      const o = toStaffView(await figures(params.publicBody ?? '', query.year));
      return csvAnswer(overviewCsv(o, query.lang), `uppfoljning-${o.publicBody.id}-${o.year}.csv`, 'no-store');
    },
    publicOverview: async ({ params, query }) =>
      ok(toPublicView(await figures(params.publicBody ?? '', query.year)), 200, { 'cache-control': 'public, max-age=60' }),
    publicOverviewCsv: async ({ params, query }) => {
      const o = toPublicView(await figures(params.publicBody ?? '', query.year));
      return csvAnswer(overviewCsv(o, query.lang), `uppfoljning-${o.publicBody.id}-${o.year}.csv`, 'public, max-age=60');
    },
    registerJson: async ({ query }) => ok(await register(filterOf(query)), 200, { 'cache-control': 'public, max-age=60' }),
    registerCsv: async ({ query }) => {
      const page = await register(filterOf(query));
      return csvAnswer(registerCsv(page.agreements, query.lang), 'iop-register.csv', 'public, max-age=60');
    },
  };
}

function toStaffView(o: YearlyOverview): StaffOverview {
  return {
    ...o,
    iops: { ...o.iops, byStage: [...o.iops.byStage], byArea: [...o.iops.byArea] },
    contributions: [...o.contributions],
    endingWithinYear: [...o.endingWithinYear],
    reviews: { ...o.reviews, lines: o.reviews.lines.map((l) => ({ ...l, reportedBy: [...l.reportedBy] })) },
  };
}

/** The public version: the same figures, without who reported and who decided. */
function toPublicView(o: YearlyOverview): PublicOverview {
  const staff = toStaffView(o);
  return {
    ...staff,
    reviews: {
      ...staff.reviews,
      lines: staff.reviews.lines.map(({ reportedBy: _reportedBy, decidedBy: _decidedBy, ...line }) => line),
    },
  };
}

function toRegisterView(r: RegisterRow): PublicRegisterPage['agreements'][number] {
  return {
    ...r,
    organisations: [...r.organisations],
    publicMoneyPerYear: [...r.publicMoneyPerYear],
    summary: { sv: [...r.summary.sv], en: [...r.summary.en] },
  };
}
