import type { Actor } from '../../platform/auth/actor.js';
import { type TimelineEntry, timelineActor } from '../../platform/timeline/timeline-entry.js';
import type { MatchCaseView, MatchTimelineEntryView } from '../contract/views.js';
import { allowedMatchActions } from '../domain/match-case/match-case-actions.js';
import type { MatchCase } from '../domain/match-case/match-case-model.js';
import { matchCaseStatus } from '../domain/match-case/match-case-status.js';
import { optional } from '../../platform/http/contract/optional-field.js';
import type { PeriodEnd } from '../domain/match-case/standstill.js';

/** What a view needs besides the case: who reads it, and when. */
export interface MatchViewContext {
  readonly actor: Actor;
  readonly now: Date;
}

const period = (p: PeriodEnd | null) => (p ? { lastDay: p.lastDay, endsAt: p.endsAt } : null);

/** The names of the case's organisations, looked up by the handler; a name not found is left out and the page says so plainly. */
export interface MatchCaseNames {
  readonly bidder?: string | undefined;
  readonly buyer?: string | undefined;
}

/**
 * The match case as its reader sees it: every field named, so what the store
 * keeps beside the case (its index, memberships, execution pointer, task
 * tokens) never leaks into the API, and neither would a field added for storage.
 */
export function toMatchCaseView(s: MatchCase, version: number, ctx: MatchViewContext, names: MatchCaseNames = {}): MatchCaseView {
  return {
    id: s.id,
    reference: s.reference,
    noticeId: s.noticeId,
    lotId: s.lotId,
    noticeTitle: s.noticeTitle,
    buyerOrgId: s.buyerOrgId,
    ...optional('buyerName', names.buyer),
    bidderOrgId: s.bidderOrgId,
    ...optional('bidderName', names.bidder),
    consortiumOrgIds: [...s.consortiumOrgIds],
    consortiumAccepted: [...(s.consortiumAccepted ?? [])],
    initiatedBy: s.initiatedBy,
    stage: s.stage,
    status: matchStatusView(s, ctx.now),
    version,
    allowedActions: allowedMatchActions(s, ctx.actor, ctx.now),
    directAward: s.directAward,
    reservation: s.reservation,
    reservedForIdeburna: s.reservedForIdeburna,
    tenderDeadline: s.tenderDeadline,
    tenderSchool: s.tenderSchool && { at: s.tenderSchool.at },
    tenderSubmittedAt: s.tenderSubmittedAt,
    evaluation: s.evaluation && { at: s.evaluation.at, note: s.evaluation.note },
    award: s.award && {
      decidedAt: s.award.decidedAt,
      outcome: s.award.outcome,
      sentElectronically: s.award.sentElectronically,
      standstill: period(s.award.standstill),
    },
    appeal: s.appeal && { filedAt: s.appeal.filedAt, courtDecidedAt: s.appeal.courtDecidedAt, holdUntil: period(s.appeal.holdUntil) },
    contract: s.contract && {
      signedAt: s.contract.signedAt,
      startDate: s.contract.startDate,
      endDate: s.contract.endDate,
      termMonths: s.contract.termMonths,
      framework: s.contract.framework,
    },
    reviews: s.reviews.map((r) => ({
      number: r.number,
      openedAt: r.openedAt,
      dueAt: r.dueAt,
      report: r.report && { at: r.report.at, text: r.report.text, commitmentsMet: r.report.commitmentsMet },
      decision: r.decision,
    })),
    needsAttention: s.needsAttention && { at: s.needsAttention.at, reason: s.needsAttention.reason },
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
  };
}

function matchStatusView(s: MatchCase, now: Date): MatchCaseView['status'] {
  const status = matchCaseStatus(s, now);
  return {
    headline: status.headline,
    next: status.next,
    whoActs: { orgs: [...status.whoActs.orgs], roles: [...status.whoActs.roles], label: status.whoActs.label },
    dueAt: status.dueAt,
  };
}

export function toTimelineEntryView(e: TimelineEntry): MatchTimelineEntryView {
  return {
    at: e.at,
    actor: timelineActor(e.actor),
    type: e.type,
    text: { sv: e.text.sv, en: e.text.en },
    material: e.material,
    ...optional('data', e.data),
  };
}
