import { randomUUID } from 'node:crypto';
import { httpLambda, ok } from '../../shared/platform/http/index.js';
import { implement } from '../../shared/platform/http/contract/implement.js';
import { ProcurementContract } from '../../shared/procurement/contract/operations.js';
import type { Actor } from '../../shared/platform/auth/actor.js';
import { ForbiddenError, NotFoundError } from '../../shared/platform/errors/domain-errors.js';
import { clock } from '../../shared/platform/clock.js';
import { BidderProfileInputSchema } from '../../shared/procurement/domain/bidder-profile.js';
import type { MatchCase } from '../../shared/procurement/domain/match-case/match-case-model.js';
import { MatchActionSchema, StartMatchCaseSchema } from '../../shared/procurement/domain/match-case/match-case-model.js';
import { applyMatchAction, canSeeMatchCase, startMatchCase } from '../../shared/procurement/domain/match-case/match-case-reducer.js';
import { matchCaseStatus } from '../../shared/procurement/domain/match-case/match-case-status.js';
import { commitMatchChange, matchCases } from '../../shared/procurement/effects/run-match-effects.js';
import { reachOf } from '../../shared/procurement/domain/matching/reach.js';
import { WhatIfSchema, applyWhatIf, whatIf } from '../../shared/procurement/domain/matching/what-if.js';
import { prepareNotice } from '../../shared/procurement/domain/matching/evaluate-match.js';
import type { Notice } from '../../shared/procurement/domain/notice.js';
import { NoticeInputSchema } from '../../shared/procurement/domain/notice.js';
import { assertNoticeRules } from '../../shared/procurement/domain/notice-rules.js';
import { buildReleasePackage } from '../../shared/procurement/ocds/release-package.js';
import {
  getNotice,
  getProfile,
  listNotices,
  profileCandidates,
  saveNotice,
  saveProfile,
  storedBidderMatches,
  storedNoticeMatches,
} from '../../shared/procurement/store/procurement-repository.js';

/** Every procurement and bidder route (the procurement contract), one Lambda. */
const cases = matchCases;

const requireRole = (actor: Actor, ...roles: Actor['role'][]) => {
  if (!roles.includes(actor.role)) throw new ForbiddenError(`This needs the role ${roles.join(' or ')}.`);
};
/** Civil users read and change only their own organisation; procurement staff read all. */
const requireOwnOrProcurement = (actor: Actor, orgId: string) => {
  if (actor.role === 'procurement') return;
  if (actor.role !== 'civil' || actor.org !== orgId) throw new ForbiddenError("You may only see your own organisation's profile and matches.");
};
const noticeOr404 = async (id: string) => {
  const n = await getNotice(id);
  if (!n) throw new NotFoundError(`No notice ${id}.`);
  return n;
};
const caseOr404 = async (id: string, actor: Actor) => {
  const stored = await cases.get(id);
  if (!stored || !canSeeMatchCase(actor, stored.state)) throw new NotFoundError(`No match case ${id}.`);
  return stored;
};
/** 19 kap. 25 § contracts this buyer already concluded with the bidder (for the 3-year repeat rule). */
async function priorReservedAwards(s: MatchCase) {
  if (s.reservation !== 'res-pub-ser') return {};
  const theirs = await cases.listForOrg(s.bidderOrgId);
  return {
    priorReservedAwards: theirs
      .map((c) => c.state)
      .filter((c) => c.id !== s.id && c.reservation === 'res-pub-ser' && c.contract !== null)
      .map((c) => ({ buyerOrgId: c.buyerOrgId, bidderOrgId: c.bidderOrgId, awardedAt: c.award?.decidedAt ?? c.contract!.signedAt })),
  };
}

const caseView = (s: MatchCase, version: number) => ({ ...s, version, status: matchCaseStatus(s, clock.now()) });

/** The procurement contract's routes, served with the real stores and clock. */
export const procurementRoutes = implement(ProcurementContract, {
  createNotice: async ({ actor, body }) => {
    requireRole(actor, 'procurement');
    const now = clock.now();
    assertNoticeRules(body, now);
    const notice: Notice = { ...body, id: `N-${randomUUID().slice(0, 8)}`, createdAt: now.toISOString(), updatedAt: now.toISOString() };
    const matches = await saveNotice(notice, undefined, now);
    return ok({ ...notice, reach: reachOf(notice, matches) }, 201);
  },
  listNotices: async ({ actor }) => {
    requireRole(actor, 'procurement', 'civil');
    return ok({ items: await listNotices() });
  },
  getNotice: async ({ actor, params }) => {
    requireRole(actor, 'procurement', 'civil');
    return ok(await noticeOr404(params.id ?? ''));
  },
  noticeReach: async ({ actor, params }) => {
    requireRole(actor, 'procurement');
    const notice = await noticeOr404(params.id ?? '');
    const matches = await storedNoticeMatches(notice.id);
    return ok({ ...reachOf(notice, matches), matches });
  },
  whatIf: async ({ actor, params, body }) => {
    requireRole(actor, 'procurement');
    const notice = await noticeOr404(params.id ?? '');
    const changed = { ...applyWhatIf(notice, body), id: notice.id };
    const divisions = new Set([...prepareNotice(notice).divisions, ...prepareNotice(changed).divisions]);
    return ok(whatIf(notice, body, await profileCandidates(divisions), clock.now()));
  },
  putProfile: async ({ actor, params, body }) => {
    const orgId = params.orgId ?? '';
    if (actor.role !== 'civil' || actor.org !== orgId) throw new ForbiddenError('Only the organisation itself may change its profile.');
    const now = clock.now();
    const previous = await getProfile(orgId);
    const profile = { ...body, orgId, updatedAt: now.toISOString() };
    const matches = await saveProfile(profile, previous, now);
    return ok({ ...profile, matchCount: matches.filter((m) => m.kind === 'match').length }, previous ? 200 : 201);
  },
  getProfile: async ({ actor, params }) => {
    const orgId = params.orgId ?? '';
    requireOwnOrProcurement(actor, orgId);
    const profile = await getProfile(orgId);
    if (!profile) throw new NotFoundError(`No bidder profile for ${orgId}.`);
    return ok(profile);
  },
  bidderMatches: async ({ actor, params, query }) => {
    const orgId = params.orgId ?? '';
    requireOwnOrProcurement(actor, orgId);
    const matches = await storedBidderMatches(orgId, query.limit);
    return ok({ items: matches.filter((m) => m.kind === 'match'), nearMisses: matches.filter((m) => m.kind === 'near-miss') });
  },
  startMatchCase: async ({ actor, body, idempotency }) => {
    const notice = await noticeOr404(body.noticeId);
    const id = randomUUID();
    const reference = `MC-${clock.now().getUTCFullYear()}-${id.slice(0, 6).toUpperCase()}`;
    const t = startMatchCase({ id, reference, notice, lotId: body.lotId, bidderOrgId: body.orgId }, actor, clock.now());
    const answer = ok(caseView(t.state, 1), 201);
    await commitMatchChange(undefined, t, idempotency ? [idempotency.recordWith(answer)] : []);
    return answer;
  },
  listMatchCases: async ({ actor }) => {
    const list =
      actor.role === 'procurement'
        ? (await Promise.all((['initiation', 'dialogue', 'approval', 'agreement', 'review'] as const).map((s) => cases.listByStage(s)))).flat()
        : await cases.listForOrg(actor.org);
    // The org index also holds the buyer's org, which staff of other roles share: list only what GET would show.
    return ok({ items: list.filter((c) => canSeeMatchCase(actor, c.state)).map((c) => caseView(c.state, c.version)) });
  },
  getMatchCase: async ({ actor, params }) => {
    const stored = await caseOr404(params.id ?? '', actor);
    return ok(caseView(stored.state, stored.version));
  },
  matchCaseTimeline: async ({ actor, params }) => {
    const stored = await caseOr404(params.id ?? '', actor);
    return ok({ items: await cases.timeline(stored.state.id) });
  },
  actOnMatchCase: async ({ actor, params, body, idempotency }) => {
    const stored = await caseOr404(params.id ?? '', actor);
    const t = applyMatchAction(stored.state, body, actor, clock.now(), body.type === 'conclude-contract' ? await priorReservedAwards(stored.state) : {});
    // The projection's condition is "still at expectedVersion": a stale or future version is refused, never skipped ahead.
    const expected = body.expectedVersion ?? stored.version;
    const answer = ok(caseView(t.state, expected + 1));
    await commitMatchChange(stored, t, idempotency ? [idempotency.recordWith(answer)] : [], expected);
    return answer;
  },
  ocdsRelease: async ({ params, headers }) => {
    const notice = await noticeOr404(params.noticeId ?? '');
    const host = headers.host ?? 'localhost';
    return ok(buildReleasePackage(notice, `https://${host}`, notice.updatedAt));
  },
});

export const handler = httpLambda(procurementRoutes);
