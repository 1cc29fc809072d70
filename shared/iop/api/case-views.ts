import type { Actor } from '../../platform/auth/actor.js';
import type { StoredCase } from '../../platform/dynamodb/index.js';
import type { IopCaseSummaryView, IopCaseView } from '../contract/views.js';
import { allowedActions } from '../domain/actions.js';
import type { IopCase } from '../domain/case-model.js';
import type { IopConfig } from '../domain/config.js';
import { statusOf } from '../domain/status.js';
import { actingParty } from '../domain/acting-party.js';
import { departedAt } from '../domain/departed.js';
import { optional } from '../../platform/http/contract/optional-field.js';
import type { IopDraft } from '../domain/case-model.js';
import type { StateAidPosition } from '../domain/state-aid/index.js';
import type { StateAidPositionView } from '../contract/state-aid-view.js';

/** What a view needs besides the case: who reads it, and when. */
export interface ViewContext {
  readonly actor: Actor;
  readonly now: Date;
  readonly config: IopConfig;
  /** Each civil party's state aid across its cases (read by the handler while the case is in dialogue or approval). */
  readonly stateAid?: readonly StateAidPosition[];
}

/** A line of another public body's case is counted but not named. */
function stateAidView(state: IopCase, positions: readonly StateAidPosition[]): StateAidPositionView[] {
  const names = new Map(state.parties.map((p) => [p.orgId, p.name]));
  return positions.map((p) => ({
    orgId: p.orgId,
    name: names.get(p.orgId) ?? p.orgId,
    window: p.window,
    totalSek: p.totalSek,
    totalEur: p.totalEur,
    lines: p.lines.map((l) => ({
      ...(l.publicBody === state.publicBody ? { reference: l.reference, title: l.title } : {}),
      sek: l.sek,
      eur: l.eur,
      sekPerEur: l.sekPerEur,
      rateYear: l.rateYear,
      thisCase: l.thisCase,
    })),
    deMinimis: p.deMinimis,
    sgei: p.sgei,
    rateSource: p.rateSource,
  }));
}

/**
 * The case as its reader sees it: every field named, so storage bookkeeping
 * (execution counts, callback outputs, generations) never leaks into the API.
 * Meetings and earlier drafts: the newest few here, all of them at /meetings and /drafts.
 */
export function toCaseView(state: IopCase, version: number, collections: StoredCase<IopCase>['collections'], ctx: ViewContext): IopCaseView {
  const left = departedAt(state, ctx.actor);
  if (left !== undefined) return toDepartedView(state, version, left, state.parties.find((p) => p.orgId === ctx.actor.org)?.invitation === 'withdrawn');
  return {
    id: state.id,
    reference: state.reference,
    title: state.title,
    stage: state.stage,
    ...optional('publicBody', state.publicBody),
    status: statusOf(state, ctx.now, ctx.config, actingParty(state, ctx.actor)?.orgId),
    version,
    allowedActions: allowedActions(state, ctx.actor, ctx.now),
    createdAt: state.createdAt,
    updatedAt: state.updatedAt,
    parties: state.parties.map((p) => ({ ...p })),
    precheck: [...state.precheck],
    draft: state.draft,
    draftHistory: [...state.draftHistory],
    draftHistoryCount: collections?.draftHistory?.count ?? state.draftHistory.length,
    consents: state.consents,
    meetings: [...state.meetings],
    meetingCount: collections?.meetings?.count ?? state.meetings.length,
    ...optional('consultation', state.consultation),
    ...optional('approvalRequestedAt', state.approvalRequestedAt),
    decisions: [...state.decisions],
    ...optional('agreement', state.agreement),
    ...optional('agreementInForce', state.agreementInForce),
    amending: state.amending,
    reviews: [...state.reviews],
    ...optional('reviewsScheduledAt', state.reviewsScheduledAt),
    ...optional('termEndScheduledAt', state.termEndScheduledAt),
    ...optional('endsAt', state.endsAt),
    ...optional('ending', state.ending),
    ...optional('endReason', state.endReason),
    deadlines: state.deadlines,
    flags: state.flags,
    ...optional('renews', state.renews),
    ...optional('renewedBy', state.renewedBy),
    ...optional('stateAid', ctx.stateAid && stateAidView(state, ctx.stateAid)),
  } as IopCaseView;
}

export function toCaseSummary(state: IopCase, version: number, ctx: Omit<ViewContext, 'actor'>): IopCaseSummaryView {
  return {
    id: state.id,
    reference: state.reference,
    title: state.title,
    stage: state.stage,
    status: statusOf(state, ctx.now, ctx.config),
    version,
    parties: state.parties.map((p) => ({ orgId: p.orgId, name: p.name, side: p.side, invitation: p.invitation })),
    createdAt: state.createdAt,
    updatedAt: state.updatedAt,
    ...optional('approvalRequestedAt', state.approvalRequestedAt),
    deadlines: state.deadlines,
    flags: state.flags,
  } as IopCaseSummaryView;
}

/** The public register: agreements in force, with organisations and money but no people. */
export function toRegisterEntry(state: IopCase) {
  const a = state.agreementInForce!;
  return {
    reference: state.reference,
    title: a.title,
    parties: a.parties.map((p) => ({ orgId: p.orgId, name: p.name, side: p.side })),
    purpose: a.purpose,
    targetGroup: a.targetGroup,
    activities: [...a.activities],
    contributions: a.contributions,
    budgetPerYearSek: a.budgetPerYearSek,
    termStart: a.termStart,
    termEnd: a.termEnd,
    diarienummer: a.diarienummer,
    ...optional('endsAt', state.endsAt),
    ...optional('renews', state.renews),
  };
}

/**
 * The case as an organisation that left it (declined) last saw it: what was
 * there when it left (the first draft, the parties), nothing that came after
 * (meetings, later drafts, decisions, the agreement, reviews, deadlines).
 */
function toDepartedView(state: IopCase, version: number, left: string, withdrew: boolean): IopCaseView {
  const firstDraft: IopDraft = state.draftHistory.find((d) => d.version === 1) ?? { ...state.draft, version: 1 };
  const draft = state.draft.at <= left ? state.draft : firstDraft;
  const day = left.slice(0, 10);
  return {
    id: state.id,
    reference: state.reference,
    title: state.title,
    stage: 'initiation',
    status: {
      headline: withdrew
        ? { sv: `Ni drog er ur samarbetet ${day}`, en: `You withdrew from the partnership on ${day}` }
        : { sv: `Ni tackade nej till samarbetet ${day}`, en: `You declined to take part on ${day}` },
      next: withdrew
        ? {
            sv: 'Ni ser ärendet som det var när ni drog er ur, inget som har hänt sedan dess.',
            en: 'You see the case as it was when you withdrew, nothing that happened since.',
          }
        : {
            sv: 'Ni ser ärendet som det var när ni tackade nej, inget som har hänt sedan dess.',
            en: 'You see the case as it was when you declined, nothing that happened since.',
          },
      whoActs: { orgs: [], roles: [], label: { sv: 'Ingen åtgärd för er', en: 'Nothing for you to do' } },
      dueAt: null,
    },
    version,
    allowedActions: [],
    createdAt: state.createdAt,
    updatedAt: left,
    parties: state.parties.map((p) => ({ ...p })),
    precheck: [],
    draft,
    draftHistory: [],
    draftHistoryCount: 0,
    consents: {},
    meetings: [],
    meetingCount: 0,
    decisions: [],
    amending: false,
    reviews: [],
    deadlines: {},
    flags: {},
  } as unknown as IopCaseView; // the shape is the view's; tests parse every answer with it
}
