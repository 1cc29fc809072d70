/**
 * The procurement context as its clients see it: the HTTP contract, the views
 * it answers with and the inputs it takes. The web app imports this module and
 * nothing else of the context.
 */
export { BidderMatchesQuery, ProcurementContract } from './contract/operations.js';
export * from './contract/views.js';
export type { NoticeQuestionListView, NoticeQuestionView } from './contract/questions.js';
export type {
  TenderSchoolAction,
  TenderSchoolInvitationView,
  TenderSchoolListView,
  TenderSchoolTimelineView,
  TenderSchoolView,
} from './contract/tender-schools.js';
export { MatchingStatusView } from './contract/matching-status-view.js';
export type { BidderProfileInput } from './domain/bidder-profile.js';
export type { NoticeInput } from './domain/notice.js';
export type { MatchAction, MatchActionType } from './domain/match-case/match-case-model.js';
