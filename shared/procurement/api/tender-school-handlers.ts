import { randomUUID } from 'node:crypto';
import type { Actor } from '../../platform/auth/actor.js';
import type { StoredCase, TransactionPut } from '../../platform/dynamodb/index.js';
import { ForbiddenError, NotFoundError } from '../../platform/errors/domain-errors.js';
import type { RouteAnswer, RouteArgs } from '../../platform/http/http-types.js';
import { ok } from '../../platform/http/route.js';
import type { OrganisationDirectory } from '../../platform/organisations/organisation-directory.js';
import type { TenderSchool } from '../domain/tender-school/tender-school.js';
import type {
  AnswerInvitation,
  CancelTenderSchool,
  CreateTenderSchool,
  InviteToTenderSchool,
  RecordAttendance,
} from '../domain/tender-school/tender-school-input.js';
import { type ReachedBidder, reachedBidders } from '../domain/tender-school/reached-bidders.js';
import {
  answerInvitation,
  canReadTenderSchool,
  cancelTenderSchool,
  createTenderSchool,
  inviteToTenderSchool,
  recordAttendance,
  type TenderSchoolChange,
} from '../domain/tender-school/tender-school-rules.js';
import type { TenderSchoolStore } from '../store/tender-school-store.js';
import { toTimelineEntryView } from './match-case-views.js';
import type { ProcurementRepository } from './procurement-handlers.js';
import { toTenderSchoolView } from './tender-school-views.js';

export interface TenderSchoolDependencies {
  readonly schools: Pick<TenderSchoolStore, 'get' | 'listTenderSchools' | 'listInvitations' | 'timelinePage' | 'commit'>;
  readonly repository: Pick<ProcurementRepository, 'getNotice' | 'storedNoticeReach'>;
  readonly organisations: OrganisationDirectory;
  readonly clock: { now(): Date };
}

type Args<B = unknown, Q = unknown> = Pick<RouteArgs<B, Q>, 'actor' | 'params' | 'body' | 'idempotency' | 'query'>;

/**
 * The routes of tender schools: the buyer's procurement staff arrange one
 * from the reach view of their notices, invite its bidders, cancel it and
 * record who attended; an invited bidder reads it and answers. Thin: read,
 * let the rules decide, commit one transaction, answer with a view.
 */
export function tenderSchoolHandlers({ schools, repository, organisations, clock }: TenderSchoolDependencies) {
  /** A school the caller may not read is answered as missing, so its existence does not leak. */
  async function schoolOr404(id: string | undefined, actor: Actor): Promise<StoredCase<TenderSchool>> {
    const stored = await schools.get(id ?? '');
    if (!stored || !canReadTenderSchool(stored.state, actor))
      throw new NotFoundError({ sv: `Det finns ingen anbudsskola ${id}.`, en: `No tender school ${id}.` });
    return stored;
  }

  /** The bidders the reach view shows for these notices (matched and nearly matched), each once. */
  async function reachOf(noticeIds: readonly string[]): Promise<Map<string, ReachedBidder>> {
    const unique = [...new Set(noticeIds)];
    const reach = await Promise.all(
      unique.map(async (noticeId) => ({
        noticeId,
        lines: (await repository.storedNoticeReach(noticeId)).map((e) => ({ orgId: e.orgId, bidderName: e.bidderName, kind: e.kind })),
      })),
    );
    return reachedBidders(reach);
  }

  /** Registry names of the organisations asked for that the notices do not reach, so a refusal names them. */
  async function namesOfUnreached(orgIds: readonly string[], reached: ReadonlyMap<string, ReachedBidder>): Promise<Map<string, string>> {
    const missing = [...new Set(orgIds)].filter((o) => !reached.has(o)).slice(0, 20);
    const found = await Promise.all(missing.map(async (o) => [o, (await organisations.get(o))?.name] as const));
    return new Map(found.filter((f): f is readonly [string, string] => f[1] !== undefined));
  }

  const also = (args: Args<unknown>, answer: RouteAnswer): TransactionPut[] => (args.idempotency ? [args.idempotency.recordWith(answer)] : []);

  /** Applies a change to a stored school at the version the caller read (or the one just read), and answers with the school after it. */
  async function change(args: Args<{ expectedVersion?: number }>, decide: (stored: StoredCase<TenderSchool>, now: Date) => Promise<TenderSchoolChange>) {
    const stored = await schoolOr404(args.params.id, args.actor);
    const now = clock.now();
    const t = await decide(stored, now);
    const expected = args.body.expectedVersion ?? stored.version;
    const answer = ok(toTenderSchoolView(t.state, expected + 1, args.actor, now));
    await schools.commit(stored, t, also(args, answer), expected);
    return answer;
  }

  return {
    createTenderSchool: async (args: Args<CreateTenderSchool>) => {
      const { actor, body } = args;
      const now = clock.now();
      const notices = await Promise.all(body.noticeIds.map((id) => repository.getNotice(id)));
      // Only the body's own notices give bidders to invite (the rules refuse the others).
      const own = notices.filter((n) => n !== undefined && n.publicBody !== undefined && n.publicBody === actor.publicBody).map((n) => n!.id);
      const reached = await reachOf(own);
      const id = randomUUID();
      const t = createTenderSchool(
        body,
        {
          id,
          reference: `AS-${now.getUTCFullYear()}-${id.slice(0, 6).toUpperCase()}`,
          notices,
          reached,
          organiserName: (await organisations.get(actor.org))?.name ?? notices.find((n) => n)?.buyer.unit ?? actor.org,
          names: await namesOfUnreached(body.orgIds, reached),
        },
        actor,
        now,
      );
      const answer = ok(toTenderSchoolView(t.state, 1, actor, now), 201);
      await schools.commit(undefined, t, also(args, answer));
      return answer;
    },

    listTenderSchools: async ({ actor }: Args) => {
      const now = clock.now();
      const list = actor.publicBody ? await schools.listTenderSchools(actor.publicBody) : [];
      return ok({ items: list.map((c) => toTenderSchoolView(c.state, c.version, actor, now)) });
    },

    getTenderSchool: async ({ actor, params }: Args) => {
      const stored = await schoolOr404(params.id, actor);
      return ok(toTenderSchoolView(stored.state, stored.version, actor, clock.now()));
    },

    tenderSchoolTimeline: async ({ actor, params, query }: Args<unknown, { after?: number; limit: number }>) => {
      const stored = await schoolOr404(params.id, actor);
      const { items, next } = await schools.timelinePage(stored.state.id, query);
      return ok({ items: items.map(toTimelineEntryView), ...(next === undefined ? {} : { next }) });
    },

    inviteToTenderSchool: (args: Args<InviteToTenderSchool>) =>
      change(args, async ({ state }, now) => {
        const reached = await reachOf(state.notices.map((n) => n.id));
        return inviteToTenderSchool(state, args.body.orgIds, reached, args.actor, now, await namesOfUnreached(args.body.orgIds, reached));
      }),

    cancelTenderSchool: (args: Args<CancelTenderSchool>) =>
      change(args, async ({ state }, now) => cancelTenderSchool(state, args.body.reason, args.actor, now)),

    recordTenderSchoolAttendance: (args: Args<RecordAttendance>) =>
      change(args, async ({ state }, now) => recordAttendance(state, args.body.attendance, args.actor, now)),

    answerTenderSchool: (args: Args<AnswerInvitation>) => change(args, async ({ state }, now) => answerInvitation(state, args.body.coming, args.actor, now)),

    bidderTenderSchools: async ({ actor, params }: Args) => {
      const orgId = params.orgId ?? '';
      if (actor.org !== orgId) {
        throw new ForbiddenError({ sv: 'Ni ser bara er egen organisations inbjudningar.', en: "You only see your own organisation's invitations." });
      }
      const now = clock.now();
      const list = await schools.listInvitations(orgId);
      return ok({ items: list.map((c) => toTenderSchoolView(c.state, c.version, actor, now)) });
    },
  };
}
