import { _default, coerce, enum as zEnum, int, maxLength, maximum, minLength, minimum, object, optional, strictObject, string } from 'zod/mini';
import { described } from '../../platform/http/contract/schema-meta.js';
import { type Contract, operation, viewType } from '../../platform/http/contract/operation.js';
import { BidderProfileInputSchema } from '../domain/bidder-profile.js';
import { MatchActionSchema, MatchStages, StartMatchCaseSchema, type WorkflowMatchStage } from '../domain/match-case/match-case-model.js';
import { WhatIfSchema } from '../domain/matching/what-if.js';
import { MaxLots, NoticeInputSchema } from '../domain/notice.js';
import { AnswerQuestionSchema, AskQuestionSchema } from './question-requests.js';
import type { NoticeQuestionListView, NoticeQuestionView } from './questions.js';
import {
  AnswerInvitationSchema,
  CancelTenderSchoolSchema,
  CreateTenderSchoolSchema,
  InviteToTenderSchoolSchema,
  RecordAttendanceSchema,
} from '../domain/tender-school/tender-school-input.js';
import type { TenderSchoolListView, TenderSchoolTimelineView, TenderSchoolView } from './tender-schools.js';
import { NoticeMatchesLimit, PageLimit, TimelinePageLimit, WhatIfListLimit } from './limits.js';
import type {
  BidderMatchesView,
  BidderProfileView,
  CreatedNoticeView,
  MatchCaseListView,
  MatchCaseTimelineView,
  MatchCaseView,
  NoticeListView,
  NoticeMatchesView,
  NoticeView,
  OcdsReleasePackageView,
  SavedBidderProfileView,
  WhatIfResultView,
} from './views.js';

/** GET /bidders/{orgId}/matches?limit=… */
export const BidderMatchesQuery = strictObject({ limit: _default(coerce.number().check(int(), minimum(1), maximum(200)), 20) });

const limit = (l: { readonly default: number; readonly max: number }, what: string) =>
  described(_default(coerce.number().check(int(), minimum(1), maximum(l.max)), l.default), `${what} (default ${l.default}, at most ${l.max})`);

/** GET /procurement/notices?limit=…&after=… */
export const NoticeListQuery = object({
  limit: limit(PageLimit, 'Notices per page'),
  after: described(optional(string().check(minLength(1), maxLength(200))), 'The `next` of the page before'),
});

/** GET /procurement/notices/{id}/matches?limit=… */
export const NoticeMatchesQuery = object({ limit: limit(NoticeMatchesLimit, 'Stored matches listed') });

/** The stages whose cases GET /procurement/matches lists to procurement staff unless asked for one (closed and withdrawn are left out). */
export const ListedMatchStages = ['initiation', 'dialogue', 'approval', 'agreement', 'review'] as const satisfies readonly WorkflowMatchStage[];

/** GET /procurement/matches?stage=…&limit=… */
export const MatchCaseListQuery = object({
  stage: described(optional(zEnum(MatchStages)), 'Only the cases in this stage'),
  limit: limit(PageLimit, 'Cases listed'),
});

/** GET /procurement/matches/{id}/timeline?after=…&limit=… */
export const MatchTimelineQuery = object({
  after: described(optional(coerce.number().check(int(), minimum(0), maximum(9_999_999_999))), 'The `next` of the page before'),
  limit: limit(TimelinePageLimit, 'Events per page'),
});

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
    roles: ['procurement'],
    body: NoticeInputSchema,
    response: { status: 201, view: viewType<typeof CreatedNoticeView>() },
    problems: [422],
  }),
  listNotices: operation({
    method: 'GET',
    path: '/procurement/notices',
    function: fn,
    auth: 'jwt',
    roles: ['procurement', 'civil'],
    query: NoticeListQuery,
    response: { status: 200, view: viewType<typeof NoticeListView>() },
  }),
  getNotice: operation({
    method: 'GET',
    path: '/procurement/notices/{id}',
    function: fn,
    auth: 'jwt',
    roles: ['procurement', 'civil'],
    response: { status: 200, view: viewType<typeof NoticeView>() },
  }),
  noticeReach: operation({
    method: 'GET',
    path: '/procurement/notices/{id}/matches',
    function: fn,
    auth: 'jwt',
    roles: ['procurement'],
    query: NoticeMatchesQuery,
    response: { status: 200, view: viewType<typeof NoticeMatchesView>() },
  }),
  whatIf: operation({
    method: 'POST',
    path: '/procurement/notices/{id}/what-if',
    function: fn,
    auth: 'jwt',
    roles: ['procurement'],
    body: WhatIfSchema,
    response: { status: 200, view: viewType<typeof WhatIfResultView>() },
    problems: [422],
  }),
  listNoticeQuestions: operation({
    method: 'GET',
    path: '/procurement/notices/{id}/questions',
    function: fn,
    auth: 'jwt',
    roles: ['procurement', 'civil'],
    response: { status: 200, view: viewType<typeof NoticeQuestionListView>() },
  }),
  askNoticeQuestion: operation({
    method: 'POST',
    path: '/procurement/notices/{id}/questions',
    function: fn,
    auth: 'jwt',
    roles: ['civil'],
    body: AskQuestionSchema,
    response: { status: 201, view: viewType<typeof NoticeQuestionView>() },
    problems: [422],
  }),
  answerNoticeQuestion: operation({
    method: 'POST',
    path: '/procurement/notices/{id}/questions/{questionId}/answer',
    function: fn,
    auth: 'jwt',
    roles: ['procurement'],
    body: AnswerQuestionSchema,
    response: { status: 200, view: viewType<typeof NoticeQuestionView>() },
    problems: [409, 422],
  }),
  createTenderSchool: operation({
    method: 'POST',
    path: '/procurement/tender-schools',
    function: fn,
    auth: 'jwt',
    roles: ['procurement'],
    body: CreateTenderSchoolSchema,
    response: { status: 201, view: viewType<typeof TenderSchoolView>() },
    problems: [422],
  }),
  listTenderSchools: operation({
    method: 'GET',
    path: '/procurement/tender-schools',
    function: fn,
    auth: 'jwt',
    roles: ['procurement'],
    response: { status: 200, view: viewType<typeof TenderSchoolListView>() },
  }),
  getTenderSchool: operation({
    method: 'GET',
    path: '/procurement/tender-schools/{id}',
    function: fn,
    auth: 'jwt',
    roles: ['procurement', 'civil'],
    response: { status: 200, view: viewType<typeof TenderSchoolView>() },
  }),
  tenderSchoolTimeline: operation({
    method: 'GET',
    path: '/procurement/tender-schools/{id}/timeline',
    function: fn,
    auth: 'jwt',
    roles: ['procurement'],
    query: MatchTimelineQuery,
    response: { status: 200, view: viewType<typeof TenderSchoolTimelineView>() },
  }),
  inviteToTenderSchool: operation({
    method: 'POST',
    path: '/procurement/tender-schools/{id}/invitations',
    function: fn,
    auth: 'jwt',
    roles: ['procurement'],
    body: InviteToTenderSchoolSchema,
    response: { status: 200, view: viewType<typeof TenderSchoolView>() },
    problems: [409, 422],
  }),
  cancelTenderSchool: operation({
    method: 'POST',
    path: '/procurement/tender-schools/{id}/cancel',
    function: fn,
    auth: 'jwt',
    roles: ['procurement'],
    body: CancelTenderSchoolSchema,
    response: { status: 200, view: viewType<typeof TenderSchoolView>() },
    problems: [409, 422],
  }),
  recordTenderSchoolAttendance: operation({
    method: 'POST',
    path: '/procurement/tender-schools/{id}/attendance',
    function: fn,
    auth: 'jwt',
    roles: ['procurement'],
    body: RecordAttendanceSchema,
    response: { status: 200, view: viewType<typeof TenderSchoolView>() },
    problems: [409, 422],
  }),
  answerTenderSchool: operation({
    method: 'POST',
    path: '/procurement/tender-schools/{id}/answer',
    function: fn,
    auth: 'jwt',
    roles: ['civil'],
    body: AnswerInvitationSchema,
    response: { status: 200, view: viewType<typeof TenderSchoolView>() },
    problems: [409, 422],
  }),
  bidderTenderSchools: operation({
    method: 'GET',
    path: '/bidders/{orgId}/tender-schools',
    function: fn,
    auth: 'jwt',
    roles: ['civil'],
    response: { status: 200, view: viewType<typeof TenderSchoolListView>() },
  }),
  putProfile: operation({
    method: 'PUT',
    path: '/bidders/{orgId}',
    function: fn,
    auth: 'jwt',
    roles: ['civil'],
    body: BidderProfileInputSchema,
    response: { status: 200, view: viewType<typeof SavedBidderProfileView>() },
  }),
  getProfile: operation({
    method: 'GET',
    path: '/bidders/{orgId}',
    function: fn,
    auth: 'jwt',
    roles: ['civil', 'procurement'],
    response: { status: 200, view: viewType<typeof BidderProfileView>() },
  }),
  bidderMatches: operation({
    method: 'GET',
    path: '/bidders/{orgId}/matches',
    function: fn,
    auth: 'jwt',
    roles: ['civil', 'procurement'],
    query: BidderMatchesQuery,
    response: { status: 200, view: viewType<typeof BidderMatchesView>() },
  }),
  startMatchCase: operation({
    method: 'POST',
    path: '/procurement/matches',
    function: fn,
    auth: 'jwt',
    roles: ['civil', 'procurement'],
    body: StartMatchCaseSchema,
    response: { status: 201, view: viewType<typeof MatchCaseView>() },
    problems: [409, 422],
  }),
  listMatchCases: operation({
    method: 'GET',
    path: '/procurement/matches',
    function: fn,
    auth: 'jwt',
    query: MatchCaseListQuery,
    response: { status: 200, view: viewType<typeof MatchCaseListView>() },
  }),
  getMatchCase: operation({
    method: 'GET',
    path: '/procurement/matches/{id}',
    function: fn,
    auth: 'jwt',
    response: { status: 200, view: viewType<typeof MatchCaseView>() },
  }),
  matchCaseTimeline: operation({
    method: 'GET',
    path: '/procurement/matches/{id}/timeline',
    function: fn,
    auth: 'jwt',
    query: MatchTimelineQuery,
    response: { status: 200, view: viewType<typeof MatchCaseTimelineView>() },
  }),
  actOnMatchCase: operation({
    method: 'POST',
    path: '/procurement/matches/{id}/actions',
    function: fn,
    auth: 'jwt',
    body: MatchActionSchema,
    response: { status: 200, view: viewType<typeof MatchCaseView>() },
    problems: [409, 410, 422],
  }),
  ocdsRelease: operation({
    method: 'GET',
    path: '/procurement/ocds/{noticeId}',
    function: fn,
    auth: 'none',
    response: { status: 200, view: viewType<typeof OcdsReleasePackageView>() },
  }),
} as const satisfies Contract;
