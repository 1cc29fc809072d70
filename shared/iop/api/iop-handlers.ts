import type { Actor } from '../../platform/auth/actor.js';
import type { CaseStore, StoredCase, TransactionPut } from '../../platform/dynamodb/index.js';
import { ConflictError, NotFoundError, RuleViolationError } from '../../platform/errors/domain-errors.js';
import type { ContractHandlers } from '../../platform/http/contract/implement.js';
import { ok } from '../../platform/http/route.js';
import type { IopContract } from '../contract/operations.js';
import type { DraftPage, MeetingPage, TimelinePage } from '../contract/views.js';
import { type IopCase, type IopStage, IopStages, activeParties } from '../domain/case-model.js';
import type { IopConfig } from '../domain/config.js';
import { authorise, canRead } from '../domain/permissions.js';
import { departedAt } from '../domain/departed.js';
import { applyAction, initiate, newCaseIds } from '../domain/reducer.js';
import { type OrganisationDirectory, publicBodyFor } from '../../platform/organisations/organisation-directory.js';
import { registryParty } from '../../platform/organisations/registry-party.js';
import type { IopTransition } from '../domain/transition.js';
import { IopCollections, NoSuchCase } from '../store/iop-store.js';
import type { StateAidReads } from '../store/state-aid-reads.js';
import { stateAidOfCase } from '../domain/state-aid/index.js';
import { toCaseSummary, toCaseView, toRegisterEntry } from './case-views.js';

/** What the IOP routes need, passed in (the Lambda wires the real ones; a test may pass its own). */
export interface IopApiDependencies {
  /** The reads the routes make, and the projection of a change onto what a reader sees. */
  readonly store: Pick<CaseStore<IopCase>, 'get' | 'listForOrg' | 'listByStage' | 'collectionPage' | 'timelinePage' | 'project'>;
  /** Commits one change as one transaction, with `also` (the Idempotency-Key's answer) inside it. */
  readonly commit: (previous: StoredCase<IopCase> | undefined, t: IopTransition, also: readonly TransactionPut[]) => Promise<unknown>;
  readonly clock: { now(): Date };
  readonly config: IopConfig;
  /** The organisation registry: a case belongs to the public body of its healthcare unit. */
  readonly organisations: OrganisationDirectory;
  /** The aid the civil parties got from their other cases: the approval gate sums state aid across cases. */
  readonly stateAid: StateAidReads;
}

/** Stages in which the case view shows the state aid its approval would bring (approval is decided on it). */
const StateAidStages: readonly IopStage[] = ['dialogue', 'approval'];

const StageList = Object.values(IopStages) as IopStage[];
/** Stages whose cases may hold an agreement in force (the register lists them). */
const RegisterStages: readonly IopStage[] = ['agreement', 'review', 'dialogue', 'approval'];
/** The most cases of one stage the public register reads for one answer (about 1 KB an entry). */
const RegisterLimit = 500;

/**
 * The IOP routes. Thin on purpose: read, let the domain authorise and decide,
 * commit (one transaction, optimistic lock), answer with a view.
 */
export function iopHandlers({ store, commit, clock, config, organisations, stateAid }: IopApiDependencies): ContractHandlers<typeof IopContract> {
  const viewContext = (actor: Actor) => ({ actor, now: clock.now(), config });

  const civilOrgIds = (state: IopCase) =>
    activeParties(state)
      .filter((p) => p.side === 'civil')
      .map((p) => p.orgId);
  const aidElsewhere = (state: IopCase) => stateAid.aidElsewhere(civilOrgIds(state), state.id);

  /** The civil parties' state aid as the case view shows it, while an approval is ahead; not to an organisation that left. */
  async function stateAidFor(state: IopCase, actor: Actor) {
    if (!StateAidStages.includes(state.stage) || departedAt(state, actor) !== undefined) return undefined;
    return stateAidOfCase(state, await aidElsewhere(state), clock.now(), config);
  }

  async function load(id: string): Promise<StoredCase<IopCase>> {
    const found = await store.get(id);
    if (!found) throw new NotFoundError(`No IOP case ${id}.`, {}, NoSuchCase);
    return found;
  }

  /** To a caller who may not read it, a case is unknown: the same answer as a case that does not exist. */
  async function readable(id: string, actor: Actor): Promise<StoredCase<IopCase>> {
    const stored = await load(id);
    if (!canRead(stored.state, actor)) throw new NotFoundError(`No IOP case ${id}.`, {}, NoSuchCase);
    return stored;
  }

  /** Cases the caller may see: their organisation's, or by stage for the decision-maker and admins. */
  async function visibleCases(actor: Actor, stage: IopStage | undefined, limit: number): Promise<StoredCase<IopCase>[]> {
    let found: StoredCase<IopCase>[] = [];
    if (actor.role === 'healthcare' || actor.role === 'civil') {
      found = (await store.listForOrg(actor.org)).filter((c) => stage === undefined || c.state.stage === stage);
    } else if (actor.role === 'approver') {
      found = await store.listByStage(stage ?? 'approval', limit);
    } else if (actor.role === 'admin') {
      found = (await Promise.all((stage ? [stage] : StageList).map((s) => store.listByStage(s, limit)))).flat();
    }
    return found.filter((c) => canRead(c.state, actor));
  }

  /** A page of one of the lists a case keeps as items of its own (meetings, earlier drafts), with their total. */
  async function collectionPage(field: 'meetings' | 'draftHistory', id: string, actor: Actor, page: { after?: number; limit: number }) {
    const { state, collections } = await readable(id, actor);
    // Meetings and later drafts all came after an organisation that left had gone.
    if (departedAt(state, actor) !== undefined) return { items: [], total: 0 };
    const found = await store.collectionPage(state.id, field, page);
    return { ...found, total: collections?.[field]?.count ?? 0 };
  }

  return {
    initiate: async ({ actor, body: sent, idempotency }) => {
      // Names and the statutes' criteria as the registry has them (a copy kept in the case), not as the form said.
      const body = {
        ...sent,
        healthcareUnit: await registryParty(organisations, sent.healthcareUnit),
        civilParties: await Promise.all(sent.civilParties.map((p) => registryParty(organisations, p))),
      };
      const unit = body.healthcareUnit.orgId;
      const publicBody = await publicBodyFor(organisations, unit);
      if (publicBody === undefined) {
        const text = {
          sv: `${body.healthcareUnit.name} finns inte i organisationsregistret som en enhet i en region eller kommun. En administratör kan lägga till den.`,
          en: `${unit} is not a registered unit of a region or municipality; an administrator adds it to the organisation registry.`,
        };
        throw new RuleViolationError([{ path: 'healthcareUnit.orgId', message: text.en, text }], {
          sv: 'Vårdenheten finns inte i organisationsregistret.',
          en: 'The healthcare unit is not in the organisation registry.',
        });
      }
      const t = initiate(body, actor, clock.now(), config, newCaseIds(clock.now()), publicBody);
      const seen = store.project(t.state.id, t.state);
      const answer = ok(toCaseView(seen.state, 1, seen.collections, viewContext(actor)), 201, { location: `/iop/cases/${t.state.id}` });
      await commit(undefined, t, idempotency ? [idempotency.recordWith(answer)] : []);
      return answer;
    },

    list: async ({ actor, query }) => {
      // One more than asked, to know whether others follow.
      const cases = await visibleCases(actor, query.stage, query.limit + 1);
      const items = cases.slice(0, query.limit).map((c) => toCaseSummary(c.state, c.version, viewContext(actor)));
      return ok({ items, more: cases.length > query.limit });
    },

    get: async ({ actor, params }) => {
      const { state, version, collections } = await readable(params.id ?? '', actor);
      return ok(toCaseView(state, version, collections, { ...viewContext(actor), stateAid: await stateAidFor(state, actor) }));
    },

    timeline: async ({ actor, params, query }) => {
      const { state } = await readable(params.id ?? '', actor);
      const page = (await store.timelinePage(state.id, query)) as TimelinePage;
      // An organisation that left reads the timeline up to its leaving, and no further.
      const left = departedAt(state, actor);
      if (left === undefined) return ok(page);
      const before = page.items.filter((e) => e.at <= left);
      return ok({ items: before, ...(before.length === page.items.length && page.next !== undefined ? { next: page.next } : {}) });
    },

    meetings: async ({ actor, params, query }) => ok((await collectionPage(IopCollections.meetings.field, params.id ?? '', actor, query)) as MeetingPage),

    drafts: async ({ actor, params, query }) => ok((await collectionPage(IopCollections.draftHistory.field, params.id ?? '', actor, query)) as DraftPage),

    act: async ({ actor, body, params, idempotency }) => {
      // In this order: who may act (an outsider learns nothing, not even that the case exists), then the version, then the rules.
      const stored = await load(params.id ?? '');
      if (!canRead(stored.state, actor)) throw new NotFoundError(`No IOP case ${params.id}.`, {}, NoSuchCase);
      authorise(body.type, stored.state, actor);
      if (body.expectedVersion !== undefined && body.expectedVersion !== stored.version) {
        const text = {
          sv: 'Ärendet har ändrats sedan du öppnade det. Ladda om sidan och försök igen.',
          en: `The case is at version ${stored.version}, not ${body.expectedVersion}. Reload it and try again.`,
        };
        throw new ConflictError(text, {
          expectedVersion: body.expectedVersion,
          currentVersion: stored.version,
        });
      }
      // The approval gate counts the aid the civil parties got from their other cases.
      // (Not read when the basis is "no aid": the gate has no ceiling to hold the sum against.)
      const gated = body.type === 'decide' && body.decision === 'approve' && body.checklist !== undefined && body.checklist.stateAid.basis !== 'no-aid';
      const facts = gated ? { aidElsewhere: await aidElsewhere(stored.state) } : {};
      const t = applyAction(stored.state, body, actor, clock.now(), config, facts);
      const seen = store.project(t.state.id, t.state, stored.collections);
      const answer = ok(
        toCaseView(seen.state, stored.version + 1, seen.collections, { ...viewContext(actor), stateAid: await stateAidFor(seen.state, actor) }),
      );
      await commit(stored, t, idempotency ? [idempotency.recordWith(answer)] : []);
      return answer;
    },

    register: async () => {
      // Bounded: a public route must not read without end (each stage at most RegisterLimit cases).
      const perStage = await Promise.all(RegisterStages.map((s) => store.listByStage(s, RegisterLimit + 1)));
      const cases = perStage.flatMap((l) => l.slice(0, RegisterLimit));
      const agreements = cases.filter((c) => c.state.agreementInForce !== undefined).map((c) => toRegisterEntry(c.state));
      agreements.sort((a, b) => a.reference.localeCompare(b.reference));
      const more = perStage.some((l) => l.length > RegisterLimit);
      return ok({ agreements, more }, 200, { 'cache-control': 'public, max-age=60' });
    },
  };
}
