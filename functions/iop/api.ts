import type { Actor } from '../../shared/platform/auth/actor.js';
import { ConflictError, ForbiddenError } from '../../shared/platform/errors/domain-errors.js';
import type { StoredCase } from '../../shared/platform/dynamodb/index.js';
import { httpLambda, ok, route } from '../../shared/platform/http/index.js';
import type { IopCase, IopStage } from '../../shared/iop/domain/index.js';
import {
  InitiateIopCaseSchema,
  IopActionSchema,
  IopStages,
  applyAction,
  canRead,
  initiate,
  iopConfigFromEnv,
  statusOf,
} from '../../shared/iop/domain/index.js';
import { IopCollections, iopStore, loadIopCase } from '../../shared/iop/store/iop-store.js';
import { commitIopChange } from '../../shared/iop/store/commit-iop-change.js';
import { ListIopCasesQuery, PageQuery } from '../../shared/iop/api/api-docs.js';
import { clock } from '../../shared/platform/clock.js';

/**
 * The IOP routes. Thin on purpose: parse (httpLambda + zod), authorise and
 * decide (the domain), commit (optimistic lock), run the effects, answer.
 */
const config = iopConfigFromEnv();
const StageList = Object.values(IopStages) as [IopStage, ...IopStage[]];

/** What a reader of the case sees: everything about the case, its reader status and its version. */
function caseView(state: IopCase, version: number, collections?: StoredCase<IopCase>['collections']) {
  // Meetings and earlier drafts: the newest few here, all of them at /meetings and /drafts.
  const meetingCount = collections?.meetings?.count ?? state.meetings.length;
  const draftHistoryCount = collections?.draftHistory?.count ?? state.draftHistory.length;
  return { ...state, status: statusOf(state, clock.now(), config), version, meetingCount, draftHistoryCount };
}

function caseSummary(state: IopCase, version: number) {
  return {
    id: state.id,
    reference: state.reference,
    title: state.title,
    stage: state.stage,
    status: statusOf(state, clock.now(), config),
    version,
    parties: state.parties.map((p) => ({ orgId: p.orgId, name: p.name, side: p.side, invitation: p.invitation })),
    createdAt: state.createdAt,
    updatedAt: state.updatedAt,
    ...(state.approvalRequestedAt && { approvalRequestedAt: state.approvalRequestedAt }),
    deadlines: state.deadlines,
    flags: state.flags,
  };
}

async function readable(id: string, actor: Actor) {
  const stored = await loadIopCase(id);
  if (!canRead(stored.state, actor)) throw new ForbiddenError(`You may not read case ${id}.`);
  return stored;
}

/** Cases the caller may see: their organisation's, or by stage for the decision-maker and admins. */
async function visibleCases(actor: Actor, stage: IopStage | undefined) {
  let found: StoredCase<IopCase>[];
  if (actor.role === 'healthcare' || actor.role === 'civil') {
    found = (await iopStore.listForOrg(actor.org)).filter((c) => stage === undefined || c.state.stage === stage);
  } else if (actor.role === 'approver') {
    found = await iopStore.listByStage(stage ?? 'approval');
  } else if (actor.role === 'admin') {
    found = (await Promise.all((stage ? [stage] : StageList).map((s) => iopStore.listByStage(s)))).flat();
  } else {
    found = [];
  }
  return found.filter((c) => canRead(c.state, actor));
}

/** The public register: agreements in force, with organisations and money but no people. */
function registerEntry(state: IopCase) {
  const a = state.agreementInForce!;
  return {
    reference: state.reference,
    title: a.title,
    parties: a.parties.map((p) => ({ orgId: p.orgId, name: p.name, side: p.side })),
    purpose: a.purpose,
    targetGroup: a.targetGroup,
    activities: a.activities,
    contributions: a.contributions,
    budgetPerYearSek: a.budgetPerYearSek,
    termStart: a.termStart,
    termEnd: a.termEnd,
    diarienummer: a.diarienummer,
    ...(state.endsAt && { endsAt: state.endsAt }),
    ...(state.renews && { renews: state.renews }),
  };
}

/** A page of one of the lists a case keeps as items of its own (meetings, earlier drafts), with their total. */
function collectionRoute(field: 'meetings' | 'draftHistory') {
  return route({
    query: PageQuery,
    handler: async ({ actor, params, query }) => {
      const { state, collections } = await readable(params.id ?? '', actor);
      const page = await iopStore.collectionPage(state.id, field, query);
      return ok({ ...page, total: collections?.[field]?.count ?? 0 });
    },
  });
}

/** The routes, exported so a test can check they validate with the documented schemas. */
export const iopRoutes = {
  'POST /iop/cases': route({
    body: InitiateIopCaseSchema,
    handler: async ({ actor, body, idempotency }) => {
      const t = initiate(body, actor, clock.now(), config);
      const seen = iopStore.project(t.state.id, t.state);
      const answer = ok(caseView(seen.state, 1, seen.collections), 201, { location: `/iop/cases/${t.state.id}` });
      await commitIopChange(undefined, t, config, idempotency ? [idempotency.recordWith(answer)] : []);
      return answer;
    },
  }),

  'GET /iop/cases': route({
    query: ListIopCasesQuery,
    handler: async ({ actor, query }) => {
      const cases = await visibleCases(actor, query.stage);
      return ok({ items: cases.map((c) => caseSummary(c.state, c.version)) });
    },
  }),

  'GET /iop/cases/{id}': route({
    handler: async ({ actor, params }) => {
      const { state, version, collections } = await readable(params.id ?? '', actor);
      return ok(caseView(state, version, collections));
    },
  }),

  'GET /iop/cases/{id}/timeline': route({
    query: PageQuery,
    handler: async ({ actor, params, query }) => {
      const { state } = await readable(params.id ?? '', actor);
      return ok(await iopStore.timelinePage(state.id, query));
    },
  }),

  'GET /iop/cases/{id}/meetings': collectionRoute(IopCollections.meetings.field),

  'GET /iop/cases/{id}/drafts': collectionRoute(IopCollections.draftHistory.field),

  'POST /iop/cases/{id}/actions': route({
    body: IopActionSchema,
    handler: async ({ actor, body, params, idempotency }) => {
      const stored = await loadIopCase(params.id ?? '');
      if (body.expectedVersion !== undefined && body.expectedVersion !== stored.version) {
        throw new ConflictError(`The case is at version ${stored.version}, not ${body.expectedVersion}. Reload it and try again.`, {
          expectedVersion: body.expectedVersion,
          currentVersion: stored.version,
        });
      }
      const t = applyAction(stored.state, body, actor, clock.now(), config);
      const seen = iopStore.project(t.state.id, t.state, stored.collections);
      const answer = ok(caseView(seen.state, stored.version + 1, seen.collections));
      await commitIopChange(stored, t, config, idempotency ? [idempotency.recordWith(answer)] : []);
      return answer;
    },
  }),

  'GET /public/iop': route({
    auth: 'none',
    handler: async () => {
      const stages: IopStage[] = ['agreement', 'review', 'dialogue', 'approval'];
      const cases = (await Promise.all(stages.map((s) => iopStore.listByStage(s)))).flat();
      const agreements = cases.filter((c) => c.state.agreementInForce !== undefined).map((c) => registerEntry(c.state));
      agreements.sort((a, b) => a.reference.localeCompare(b.reference));
      return ok({ agreements }, 200, { 'cache-control': 'public, max-age=60' });
    },
  }),
};

export const handler = httpLambda(iopRoutes);
