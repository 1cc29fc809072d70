/**
 * The procurement context as its clients see it: the HTTP contract, its views
 * and inputs. The web app imports this module and nothing else of the context.
 */
export { BidderMatchesQuery, ProcurementContract } from './contract/operations.js';
export type { BidderProfile as BidderProfileView, BidderProfileInput } from './domain/bidder-profile.js';
export type { Notice as NoticeView, NoticeInput } from './domain/notice.js';
export type { Match as MatchView } from './domain/matching/match-types.js';
export type { NoticeReach as NoticeReachView } from './domain/matching/reach.js';
export type { WhatIfResult as WhatIfResultView } from './domain/matching/what-if.js';
export type { MatchAction, MatchActionType, MatchCase as MatchCaseView } from './domain/match-case/match-case-model.js';
