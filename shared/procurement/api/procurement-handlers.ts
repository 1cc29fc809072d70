import { Buffer } from 'node:buffer';
import { randomUUID } from 'node:crypto';
import type { Actor } from '../../platform/auth/actor.js';
import type { CaseStore, StoredCase, TransactionPut } from '../../platform/dynamodb/index.js';
import { ForbiddenError, NotFoundError, RuleViolationError } from '../../platform/errors/domain-errors.js';
import type { ContractHandlers } from '../../platform/http/contract/implement.js';
import { ok } from '../../platform/http/route.js';
import { PageLimit } from '../contract/limits.js';
import { ListedMatchStages, type ProcurementContract } from '../contract/operations.js';
import type { BidderProfile } from '../domain/bidder-profile.js';
import type { MatchCase } from '../domain/match-case/match-case-model.js';
import { canSeeMatchCase, isConsortiumInvitee } from '../domain/match-case/match-case-actions.js';
import { applyMatchAction, type MatchTransition, startMatchCase } from '../domain/match-case/match-case-reducer.js';
import { type PreparedProfile, prepareNotice } from '../domain/matching/evaluate-match.js';
import type { Match } from '../domain/matching/match-types.js';
import type { MatchingStatus } from '../domain/matching/matching-status.js';
import { isClosedForMatching } from '../domain/matching/matching-status.js';
import { type ReachEntry, reachOf } from '../domain/matching/reach.js';
import { applyWhatIf, whatIf } from '../domain/matching/what-if.js';
import { type Notice, noticeListKey } from '../domain/notice.js';
import { assertNoticeRules } from '../domain/notice-rules.js';
import { buildReleasePackage } from '../ocds/release-package.js';
import { toMatchCaseView, toTimelineEntryView } from './match-case-views.js';
import { type OrganisationDirectory, publicBodyFor } from '../../platform/organisations/organisation-directory.js';
import { noticeQuestionHandlers } from './notice-question-handlers.js';
import { NoticeQuestionsStore, noticeBidderPut } from '../store/notice-questions-store.js';
import { TenderSchoolStore } from '../store/tender-school-store.js';
import { tenderSchoolHandlers } from './tender-school-handlers.js';
import { toMatchView, toNoticeView, toProfileView, toReachView, toWhatIfView } from './notice-views.js';
import { toMatchingStatusView } from './matching-status-view.js';

/** Notices, profiles and their stored matches (store/procurement-repository.ts in AWS and locally). */
export interface ProcurementRepository {
  getNotice(id: string): Promise<Notice | undefined>;
  /** Up to `limit` notices, newest first, after the one whose list key (`<createdAt>#<id>`) is `after`. */
  listNotices(page: { limit: number; after?: string }): Promise<Notice[]>;
  /** Stores the notice (one write); its matches are recomputed from the table's stream. */
  saveNotice(notice: Notice): Promise<void>;
  getProfile(orgId: string): Promise<BidderProfile | undefined>;
  /** Stores the profile (one write); its matches are recomputed from the table's stream. */
  saveProfile(profile: BidderProfile): Promise<void>;
  /** Whether the stored matches are those of the current notice or profile, and when they were last recomputed. */
  noticeMatchingStatus(noticeId: string): Promise<MatchingStatus>;
  profileMatchingStatus(orgId: string): Promise<MatchingStatus>;
  /** Profiles sharing a candidate bucket (CPV division × NUTS 2 area) with the notice, the only ones it can reach. */
  profileCandidates(buckets: Iterable<string>): Promise<readonly (BidderProfile | PreparedProfile)[]>;
  storedBidderMatches(orgId: string, limit?: number): Promise<Match[]>;
  /** The first `limit` stored matches of a notice, lot by lot. */
  storedNoticeMatches(noticeId: string, limit?: number): Promise<Match[]>;
  /** Every stored match of a notice, as much of it as the reach view reads. */
  storedNoticeReach(noticeId: string): Promise<ReachEntry[]>;
}

/** What the procurement routes need, passed in (the Lambda wires the real ones; a test may pass its own). */
export interface ProcurementApiDependencies {
  readonly matchCases: Pick<CaseStore<MatchCase>, 'get' | 'listForOrg' | 'listByStage' | 'timelinePage'>;
  /**
   * Commits one match-case change as one transaction, with `also` (the
   * Idempotency-Key's answer) inside it, on condition that the case is still at `expectedVersion`.
   */
  readonly commit: (
    previous: StoredCase<MatchCase> | undefined,
    t: MatchTransition,
    also: readonly TransactionPut[],
    expectedVersion?: number,
  ) => Promise<unknown>;
  readonly repository: ProcurementRepository;
  readonly clock: { now(): Date };
  /** The organisation registry: a notice belongs to its buyer's public body. */
  readonly organisations: OrganisationDirectory;
  /** Questions and answers of the notices (store/notice-questions-store.ts). */
  readonly questions?: NoticeQuestionsStore;
  /** Tender schools (store/tender-school-store.ts). */
  readonly schools?: TenderSchoolStore;
}

/**
 * The first `limit` of `items` that fit in PageLimit.maxBytes as JSON (always
 * at least one): a count alone does not bound a page of items that may each be hundreds of KB.
 */
export function pageWithin<T>(items: readonly T[], limit: number): { page: T[]; more: boolean } {
  const page: T[] = [];
  let bytes = 0;
  for (const item of items.slice(0, limit)) {
    bytes += Buffer.byteLength(JSON.stringify(item));
    if (page.length > 0 && bytes > PageLimit.maxBytes) break;
    page.push(item);
  }
  return { page, more: page.length < items.length };
}

/** Civil users read only their own organisation's profile and matches; procurement staff read all (the contract admits no other role). */
const requireOwnOrProcurement = (actor: Actor, orgId: string) => {
  if (actor.role !== 'procurement' && actor.org !== orgId) {
    throw new ForbiddenError({
      sv: 'Du får bara se din egen organisations profil och matchningar.',
      en: "You may only see your own organisation's profile and matches.",
    });
  }
};

/**
 * The procurement routes. Thin on purpose: read, let the domain authorise and
 * decide, store or commit, answer with a view. The contract's roles have
 * already turned away callers of other roles.
 */
export function procurementHandlers({
  matchCases,
  commit,
  repository,
  clock,
  organisations,
  questions = new NoticeQuestionsStore(),
  schools = new TenderSchoolStore(),
}: ProcurementApiDependencies): ContractHandlers<typeof ProcurementContract> {
  /** The names the view shows beside the ids: the bidder's from its profile (else the registry), the buyer's from the registry. */
  const nameOf = async (orgId: string, asBidder: boolean): Promise<string | undefined> =>
    (asBidder ? (await repository.getProfile(orgId))?.name : undefined) ?? (await organisations.get(orgId))?.name;
  const view = async (s: MatchCase, version: number, actor: Actor) =>
    toMatchCaseView(s, version, { actor, now: clock.now() }, { bidder: await nameOf(s.bidderOrgId, true), buyer: await nameOf(s.buyerOrgId, false) });

  async function noticeOr404(id: string): Promise<Notice> {
    const n = await repository.getNotice(id);
    if (!n) throw new NotFoundError({ sv: `Det finns ingen upphandling ${id}.`, en: `No notice ${id}.` });
    return n;
  }

  /** A case the caller may not see is answered as missing, so its existence does not leak. */
  async function caseOr404(id: string, actor: Actor): Promise<StoredCase<MatchCase>> {
    const stored = await matchCases.get(id);
    if (!stored || !canSeeMatchCase(actor, stored.state))
      throw new NotFoundError(`No match case ${id}.`, {}, { sv: 'Vi hittar inget sådant matchningsärende.', en: 'There is no such match case.' });
    return stored;
  }

  /** 19 kap. 25 § contracts this buyer already concluded with the bidder (for the 3-year repeat rule). */
  async function priorReservedAwards(s: MatchCase) {
    if (s.reservation !== 'res-pub-ser') return {};
    const theirs = await matchCases.listForOrg(s.bidderOrgId);
    return {
      priorReservedAwards: theirs
        .map((c) => c.state)
        .filter((c) => c.id !== s.id && c.reservation === 'res-pub-ser' && c.contract !== null)
        .map((c) => ({ buyerOrgId: c.buyerOrgId, bidderOrgId: c.bidderOrgId, awardedAt: c.award?.decidedAt ?? c.contract!.signedAt })),
    };
  }

  /** Procurement staff work only on their own public body's notices (a notice itself is open data). */
  function mustBeBuyersStaff(notice: Notice, actor: Actor): void {
    if (actor.role === 'procurement' && (notice.publicBody === undefined || notice.publicBody !== actor.publicBody)) {
      throw new ForbiddenError({
        sv: `Du får inte arbeta med upphandlingen ${notice.id}. Den hör till en annan region eller kommun än din.`,
        en: `Notice ${notice.id} belongs to another region or municipality than yours.`,
      });
    }
  }

  return {
    ...noticeQuestionHandlers({ questions, repository, clock }),
    ...tenderSchoolHandlers({ schools, repository, organisations, clock }),

    createNotice: async ({ actor, body }) => {
      const now = clock.now();
      assertNoticeRules(body, now);
      const publicBody = await publicBodyFor(organisations, body.buyer.orgId);
      if (publicBody === undefined) {
        const message = `${body.buyer.orgId} is not a registered region, municipality or unit of one; an administrator adds it to the organisation registry.`;
        const text = {
          sv: `${body.buyer.orgId} är inte en registrerad region, kommun eller enhet i en. En administratör lägger till den i organisationsregistret.`,
          en: message,
        };
        throw new RuleViolationError([{ path: 'buyer.orgId', message, text }], {
          sv: 'Den upphandlande organisationen finns inte i organisationsregistret.',
          en: 'The buyer is not in the organisation registry.',
        });
      }
      if (publicBody !== actor.publicBody) {
        throw new ForbiddenError({
          sv: 'Du får bara registrera upphandlingar för din egen region eller kommun.',
          en: 'You register notices only for your own region or municipality.',
        });
      }
      const id = `N-${randomUUID().slice(0, 8)}`;
      const notice: Notice = { ...body, id, publicBody, createdAt: now.toISOString(), updatedAt: now.toISOString() };
      await repository.saveNotice(notice);
      return ok({ ...toNoticeView(notice, now), matching: { updating: true } }, 201);
    },

    listNotices: async ({ query }) => {
      // One more than the page, to know whether another follows.
      const notices = await repository.listNotices({ limit: query.limit + 1, after: query.after });
      const now = clock.now();
      const { page, more } = pageWithin(
        notices.map((n) => toNoticeView(n, now)),
        query.limit,
      );
      const last = page.at(-1);
      return ok({ items: page, more, ...(more && last ? { next: noticeListKey(last) } : {}) });
    },

    getNotice: async ({ params }) => ok(toNoticeView(await noticeOr404(params.id ?? ''), clock.now())),

    noticeReach: async ({ actor, params, query }) => {
      const notice = await noticeOr404(params.id ?? '');
      mustBeBuyersStaff(notice, actor);
      // The reach counts every stored match; only `limit` of them are answered in full.
      const [entries, matches, matching] = await Promise.all([
        repository.storedNoticeReach(notice.id),
        repository.storedNoticeMatches(notice.id, query.limit),
        repository.noticeMatchingStatus(notice.id),
      ]);
      return ok({
        ...toReachView(reachOf(notice, entries)),
        matches: matches.map(toMatchView),
        matchesTotal: entries.length,
        matching: toMatchingStatusView(matching),
      });
    },

    whatIf: async ({ actor, params, body }) => {
      const notice = await noticeOr404(params.id ?? '');
      mustBeBuyersStaff(notice, actor);
      // 422 here, before any profile is read, when the change would make more lots than a notice may have.
      const changed = { ...applyWhatIf(notice, body), id: notice.id };
      // Bidders the change can gain or lose share a candidate bucket with the notice before or after it.
      const buckets = new Set([...prepareNotice(notice).buckets, ...prepareNotice(changed).buckets]);
      return ok(toWhatIfView(whatIf(notice, body, await repository.profileCandidates(buckets), clock.now())));
    },

    putProfile: async ({ actor, params, body }) => {
      const orgId = params.orgId ?? '';
      if (actor.org !== orgId) {
        throw new ForbiddenError({ sv: 'Du får inte ändra en annan organisations profil.', en: 'Only the organisation itself may change its profile.' });
      }
      const now = clock.now();
      const previous = await repository.getProfile(orgId);
      const profile: BidderProfile = { ...body, orgId, updatedAt: now.toISOString() };
      await repository.saveProfile(profile);
      return ok({ ...toProfileView(profile), matching: { updating: true } }, previous ? 200 : 201);
    },

    getProfile: async ({ actor, params }) => {
      const orgId = params.orgId ?? '';
      requireOwnOrProcurement(actor, orgId);
      const profile = await repository.getProfile(orgId);
      if (!profile) throw new NotFoundError({ sv: `${orgId} har ingen anbudsgivarprofil än.`, en: `No bidder profile for ${orgId}.` });
      return ok(toProfileView(profile));
    },

    bidderMatches: async ({ actor, params, query }) => {
      const orgId = params.orgId ?? '';
      requireOwnOrProcurement(actor, orgId);
      const now = clock.now();
      const [stored, matching] = await Promise.all([repository.storedBidderMatches(orgId, query.limit), repository.profileMatchingStatus(orgId)]);
      // A deadline that passed since the last daily closing: not biddable any more, so not shown.
      const matches = stored.filter((m) => !isClosedForMatching(m, now));
      return ok({
        items: matches.filter((m) => m.kind === 'match').map(toMatchView),
        nearMisses: matches.filter((m) => m.kind === 'near-miss').map(toMatchView),
        matching: toMatchingStatusView(matching),
      });
    },

    startMatchCase: async ({ actor, body, idempotency }) => {
      const notice = await noticeOr404(body.noticeId);
      mustBeBuyersStaff(notice, actor);
      const id = randomUUID();
      const now = clock.now();
      const reference = `MC-${now.getUTCFullYear()}-${id.slice(0, 6).toUpperCase()}`;
      const t = startMatchCase({ id, reference, notice, lotId: body.lotId, bidderOrgId: body.orgId }, actor, now);
      const answer = ok(await view(t.state, 1, actor), 201);
      // The bidder becomes one of the notice's bidders in the same transaction: answers to its questions reach it.
      await commit(undefined, t, [noticeBidderPut(notice.id, body.orgId), ...(idempotency ? [idempotency.recordWith(answer)] : [])]);
      return answer;
    },

    listMatchCases: async ({ actor, query }) => {
      // Staff read at most limit + 1 per stage (to know whether more follow); a party's cases are read whole (CaseStore.listForOrg has no limit).
      const list =
        actor.role === 'procurement'
          ? (await Promise.all((query.stage ? [query.stage] : ListedMatchStages).map((s) => matchCases.listByStage(s, query.limit + 1)))).flat()
          : (await matchCases.listForOrg(actor.org)).filter((c) => query.stage === undefined || c.state.stage === query.stage);
      // The org index also holds the buyer's org, which staff of other roles share: list only what GET would show.
      const visible = list.filter((c) => canSeeMatchCase(actor, c.state));
      const { page, more } = pageWithin(await Promise.all(visible.slice(0, query.limit + 1).map((c) => view(c.state, c.version, actor))), query.limit);
      return ok({ items: page, more });
    },

    getMatchCase: async ({ actor, params }) => {
      const stored = await caseOr404(params.id ?? '', actor);
      return ok(await view(stored.state, stored.version, actor));
    },

    matchCaseTimeline: async ({ actor, params, query }) => {
      const stored = await caseOr404(params.id ?? '', actor);
      const { items, next } = await matchCases.timelinePage(stored.state.id, query);
      return ok({ items: items.map(toTimelineEntryView), ...(next === undefined ? {} : { next }) });
    },

    actOnMatchCase: async ({ actor, params, body, idempotency }) => {
      // An organisation named for the consortium may answer before it may read the case (it reads once it joined).
      const invited = body.type === 'join-consortium' ? await matchCases.get(params.id ?? '') : undefined;
      const stored = invited && isConsortiumInvitee(actor, invited.state) ? invited : await caseOr404(params.id ?? '', actor);
      const context = body.type === 'conclude-contract' ? await priorReservedAwards(stored.state) : {};
      const t = applyMatchAction(stored.state, body, actor, clock.now(), context);
      // The projection's condition is "still at expectedVersion": a stale or future version is refused, never skipped ahead.
      const expected = body.expectedVersion ?? stored.version;
      const answer = ok(await view(t.state, expected + 1, actor));
      await commit(stored, t, idempotency ? [idempotency.recordWith(answer)] : [], expected);
      return answer;
    },

    ocdsRelease: async ({ params, headers }) => {
      const notice = await noticeOr404(params.noticeId ?? '');
      return ok(buildReleasePackage(notice, `https://${headers.host ?? 'localhost'}`, notice.updatedAt));
    },
  };
}
