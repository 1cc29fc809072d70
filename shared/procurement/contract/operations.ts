import * as z from 'zod';
import { type Contract, operation } from '../../platform/http/contract/operation.js';
import { BidderProfileInputSchema } from '../domain/bidder-profile.js';
import { MatchActionSchema, StartMatchCaseSchema } from '../domain/match-case/match-case-model.js';
import { WhatIfSchema } from '../domain/matching/what-if.js';
import { NoticeInputSchema } from '../domain/notice.js';

/** GET /bidders/{orgId}/matches?limit=… */
export const BidderMatchesQuery = z.strictObject({ limit: z.coerce.number().int().min(1).max(200).default(20) });

const fn = 'ProcurementApi' as const;

/**
 * The procurement context's HTTP API (notices, bidder profiles, match cases,
 * open data), one declaration per route.
 */
export const ProcurementContract = {
  createNotice: operation({
    method: 'POST',
    path: '/procurement/notices',
    function: fn,
    auth: 'jwt',
    summary: 'Register a notice (with lots); its matches are computed and stored at once',
    description:
      'CPV 2008 and Swedish NUTS codes are checked against the code lists (400 naming the field); impossible values such as lots that do not add up, a deadline in the past or a 19 kap. 25 § reservation outside its CPV list are 422.',
    tags: ['procurement'],
    body: NoticeInputSchema,
    response: { status: 201, description: 'The notice and its reach', view: z.unknown() },
    problems: [422],
  }),
  listNotices: operation({
    method: 'GET',
    path: '/procurement/notices',
    function: fn,
    auth: 'jwt',
    summary: 'Notices',
    tags: ['procurement'],
    response: { status: 200, description: 'OK', view: z.unknown() },
  }),
  getNotice: operation({
    method: 'GET',
    path: '/procurement/notices/{id}',
    function: fn,
    auth: 'jwt',
    summary: 'One notice with its lots',
    tags: ['procurement'],
    response: { status: 200, description: 'OK', view: z.unknown() },
  }),
  noticeReach: operation({
    method: 'GET',
    path: '/procurement/notices/{id}/matches',
    function: fn,
    auth: 'jwt',
    summary: "The buyer's reach view: bidders reached and nearly reached (with their one blocker), per lot",
    tags: ['procurement'],
    response: { status: 200, description: 'OK', view: z.unknown() },
  }),
  whatIf: operation({
    method: 'POST',
    path: '/procurement/notices/{id}/what-if',
    function: fn,
    auth: 'jwt',
    summary: 'Reach before and after a change (split into lots, reserve, add or change a CPV code), and which bidders change',
    tags: ['procurement'],
    body: WhatIfSchema,
    response: { status: 200, description: 'before, after, gained, lost', view: z.unknown() },
    problems: [422],
  }),
  putProfile: operation({
    method: 'PUT',
    path: '/bidders/{orgId}',
    function: fn,
    auth: 'jwt',
    summary: 'Create or change a bidder profile (own organisation); its matches are recomputed and stored',
    tags: ['bidders'],
    body: BidderProfileInputSchema,
    response: { status: 200, description: 'The profile (201 when new)', view: z.unknown() },
  }),
  getProfile: operation({
    method: 'GET',
    path: '/bidders/{orgId}',
    function: fn,
    auth: 'jwt',
    summary: 'A bidder profile (own organisation, or procurement staff)',
    tags: ['bidders'],
    response: { status: 200, description: 'OK', view: z.unknown() },
  }),
  bidderMatches: operation({
    method: 'GET',
    path: '/bidders/{orgId}/matches',
    function: fn,
    auth: 'jwt',
    summary: 'Ranked notices and lots for a bidder, each with the reasons behind its score; near-misses with their blocker',
    tags: ['bidders'],
    query: BidderMatchesQuery,
    response: { status: 200, description: 'OK', view: z.unknown() },
  }),
  startMatchCase: operation({
    method: 'POST',
    path: '/procurement/matches',
    function: fn,
    auth: 'jwt',
    summary: 'Start a match case (a bidder pursues a match, or procurement staff invite one)',
    tags: ['match cases'],
    body: StartMatchCaseSchema,
    response: { status: 201, description: 'OK', view: z.unknown() },
    problems: [409, 422],
  }),
  listMatchCases: operation({
    method: 'GET',
    path: '/procurement/matches',
    function: fn,
    auth: 'jwt',
    summary: 'Match cases the caller may see',
    tags: ['match cases'],
    response: { status: 200, description: 'OK', view: z.unknown() },
  }),
  getMatchCase: operation({
    method: 'GET',
    path: '/procurement/matches/{id}',
    function: fn,
    auth: 'jwt',
    summary: 'One match case with its status in Swedish and English',
    tags: ['match cases'],
    response: { status: 200, description: 'OK', view: z.unknown() },
  }),
  matchCaseTimeline: operation({
    method: 'GET',
    path: '/procurement/matches/{id}/timeline',
    function: fn,
    auth: 'jwt',
    summary: 'Every event of the match case, oldest first',
    tags: ['match cases'],
    response: { status: 200, description: 'OK', view: z.unknown() },
  }),
  actOnMatchCase: operation({
    method: 'POST',
    path: '/procurement/matches/{id}/actions',
    function: fn,
    auth: 'jwt',
    summary: 'Act on a match case (questions and answers, tender, award, standstill, appeal, contract, follow-up)',
    tags: ['match cases'],
    body: MatchActionSchema,
    response: { status: 200, description: 'The match case after the action', view: z.unknown() },
    problems: [409, 410, 422],
  }),
  ocdsRelease: operation({
    method: 'GET',
    path: '/procurement/ocds/{noticeId}',
    function: fn,
    auth: 'none',
    summary: 'The notice as an OCDS 1.1.5 release package with the lots extension (open data)',
    tags: ['public'],
    response: { status: 200, description: 'OK', view: z.unknown() },
  }),
} as const satisfies Contract;
