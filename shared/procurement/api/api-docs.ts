import * as z from 'zod';
import type { RouteDocs } from '../../platform/http/openapi/route-doc.js';
import { BidderProfileInputSchema } from '../domain/bidder-profile.js';
import { MatchActionSchema, StartMatchCaseSchema } from '../domain/match-case/match-case-model.js';
import { WhatIfSchema } from '../domain/matching/what-if.js';
import { NoticeInputSchema } from '../domain/notice.js';

/** GET /bidders/{orgId}/matches?limit=… */
export const BidderMatchesQuery = z.strictObject({ limit: z.coerce.number().int().min(1).max(200).default(20) });

/**
 * What the OpenAPI document says about the procurement routes. The handlers
 * validate with these very schemas (a test checks they are the same objects).
 */
export const ProcurementRouteDocs: RouteDocs = {
  'POST /procurement/notices': {
    summary: 'Register a notice (with lots); its matches are computed and stored at once',
    description:
      'CPV 2008 and Swedish NUTS codes are checked against the code lists (400 naming the field); impossible values such as lots that do not add up, a deadline in the past or a 19 kap. 25 § reservation outside its CPV list are 422.',
    tags: ['procurement'],
    body: NoticeInputSchema,
    success: { status: 201, description: 'The notice and its reach' },
    errors: [422],
  },
  'GET /procurement/notices': { summary: 'Notices', tags: ['procurement'] },
  'GET /procurement/notices/{id}': { summary: 'One notice with its lots', tags: ['procurement'] },
  'GET /procurement/notices/{id}/matches': {
    summary: "The buyer's reach view: bidders reached and nearly reached (with their one blocker), per lot",
    tags: ['procurement'],
  },
  'POST /procurement/notices/{id}/what-if': {
    summary: 'Reach before and after a change (split into lots, reserve, add or change a CPV code), and which bidders change',
    tags: ['procurement'],
    body: WhatIfSchema,
    success: { status: 200, description: 'before, after, gained, lost' },
    errors: [422],
  },
  'PUT /bidders/{orgId}': {
    summary: 'Create or change a bidder profile (own organisation); its matches are recomputed and stored',
    tags: ['bidders'],
    body: BidderProfileInputSchema,
    success: { status: 200, description: 'The profile (201 when new)' },
  },
  'GET /bidders/{orgId}': { summary: 'A bidder profile (own organisation, or procurement staff)', tags: ['bidders'] },
  'GET /bidders/{orgId}/matches': {
    summary: 'Ranked notices and lots for a bidder, each with the reasons behind its score; near-misses with their blocker',
    tags: ['bidders'],
    query: BidderMatchesQuery,
  },
  'POST /procurement/matches': {
    summary: 'Start a match case (a bidder pursues a match, or procurement staff invite one)',
    tags: ['match cases'],
    body: StartMatchCaseSchema,
    errors: [409, 422],
  },
  'GET /procurement/matches': { summary: 'Match cases the caller may see', tags: ['match cases'] },
  'GET /procurement/matches/{id}': { summary: 'One match case with its status in Swedish and English', tags: ['match cases'] },
  'GET /procurement/matches/{id}/timeline': { summary: 'Every event of the match case, oldest first', tags: ['match cases'] },
  'POST /procurement/matches/{id}/actions': {
    summary: 'Act on a match case (questions and answers, tender, award, standstill, appeal, contract, follow-up)',
    tags: ['match cases'],
    body: MatchActionSchema,
    success: { status: 200, description: 'The match case after the action' },
    errors: [409, 410, 422],
  },
  'GET /procurement/ocds/{noticeId}': {
    summary: 'The notice as an OCDS 1.1.5 release package with the lots extension (open data)',
    tags: ['public'],
  },
};
