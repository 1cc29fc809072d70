import { _default, coerce, enum as zEnum, int, maxLength, maximum, minLength, minimum, object, optional, strictObject, string } from 'zod/mini';
import { described } from '../../platform/http/contract/schema-meta.js';
import { type Contract, operation } from '../../platform/http/contract/operation.js';
import { BidderProfileInputSchema } from '../domain/bidder-profile.js';
import { MatchActionSchema, MatchStages, StartMatchCaseSchema, type WorkflowMatchStage } from '../domain/match-case/match-case-model.js';
import { WhatIfSchema } from '../domain/matching/what-if.js';
import { MaxLots, NoticeInputSchema } from '../domain/notice.js';
import { AnswerQuestionSchema, AskQuestionSchema, NoticeQuestionListView, NoticeQuestionView } from './questions.js';
import {
  AnswerInvitationSchema,
  CancelTenderSchoolSchema,
  CreateTenderSchoolSchema,
  InviteToTenderSchoolSchema,
  RecordAttendanceSchema,
} from '../domain/tender-school/tender-school-input.js';
import { TenderSchoolListView, TenderSchoolTimelineView, TenderSchoolView } from './tender-schools.js';
import { NoticeMatchesLimit, PageLimit, TimelinePageLimit, WhatIfListLimit } from './limits.js';
import {
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
    summary: 'Register a notice (with lots); its matches are computed from the change, just after the answer',
    description:
      'CPV 2008 and Swedish NUTS codes are checked against the code lists (400 naming the field); impossible values such as lots that ' +
      'do not add up, a deadline in the past or a 19 kap. 25 § reservation outside its CPV list are 422.',
    tags: ['procurement'],
    body: NoticeInputSchema,
    response: { status: 201, description: 'The notice with its lots; `matching.updating` until its reach view is computed', view: CreatedNoticeView },
    problems: [422],
  }),
  listNotices: operation({
    method: 'GET',
    path: '/procurement/notices',
    function: fn,
    auth: 'jwt',
    roles: ['procurement', 'civil'],
    summary: 'The registered notices, newest first (procurement staff and bidders), a page at a time',
    description:
      `\`limit\` notices per page (default ${PageLimit.default}, at most ${PageLimit.max}); a page also ends before it would pass ` +
      `${PageLimit.maxBytes / 1_000_000} MB. When \`more\`, pass the answer's \`next\` as \`after\` for the next page.`,
    tags: ['procurement'],
    query: NoticeListQuery,
    response: { status: 200, description: 'A page of notices, newest first', view: NoticeListView },
  }),
  getNotice: operation({
    method: 'GET',
    path: '/procurement/notices/{id}',
    function: fn,
    auth: 'jwt',
    roles: ['procurement', 'civil'],
    summary: 'One notice with its lots',
    tags: ['procurement'],
    response: { status: 200, description: 'The notice with its lots', view: NoticeView },
  }),
  noticeReach: operation({
    method: 'GET',
    path: '/procurement/notices/{id}/matches',
    function: fn,
    auth: 'jwt',
    roles: ['procurement'],
    summary: "The buyer's reach view: bidders reached and nearly reached (with their one blocker), per lot",
    description:
      'Each lot lists its best-scored bidders and counts them all (`reachedTotal`, `nearMissedTotal`, `truncated`); ' +
      `\`limit\` stored matches are listed (default ${NoticeMatchesLimit.default}, at most ${NoticeMatchesLimit.max}) of \`matchesTotal\`.`,
    tags: ['procurement'],
    query: NoticeMatchesQuery,
    response: { status: 200, description: 'Per lot, the bidders reached and nearly reached, and the stored matches behind them', view: NoticeMatchesView },
  }),
  whatIf: operation({
    method: 'POST',
    path: '/procurement/notices/{id}/what-if',
    function: fn,
    auth: 'jwt',
    roles: ['procurement'],
    summary: 'Reach before and after a change (split into lots, reserve, add or change a CPV code), and which bidders change',
    description:
      `A split that would make more than ${MaxLots} lots (the most a notice may have) is 422 naming \`lotValueSek\`. ` +
      `Lots list their best-scored bidders as in the reach view; gained, lost and resolved list at most ${WhatIfListLimit} each, ` +
      'with their totals and `truncated`.',
    tags: ['procurement'],
    body: WhatIfSchema,
    response: {
      status: 200,
      description: 'Reach before and after the change, and the bidders gained, lost and turned from near-miss into match',
      view: WhatIfResultView,
    },
    problems: [422],
  }),
  listNoticeQuestions: operation({
    method: 'GET',
    path: '/procurement/notices/{id}/questions',
    function: fn,
    auth: 'jwt',
    roles: ['procurement', 'civil'],
    summary: "The notice's questions and answers, the same for every bidder (the asker is not named)",
    tags: ['procurement'],
    response: { status: 200, description: 'The questions, oldest first, with when answers are due', view: NoticeQuestionListView },
  }),
  askNoticeQuestion: operation({
    method: 'POST',
    path: '/procurement/notices/{id}/questions',
    function: fn,
    auth: 'jwt',
    roles: ['civil'],
    summary: 'Ask the buyer a question about the notice; question and answer are published to every bidder',
    description:
      'Asked at least ten days before the tender deadline, it is answered at the latest six days before it (LOU 12 kap. 11 §). A closed notice takes no questions (422).',
    tags: ['procurement'],
    body: AskQuestionSchema,
    response: { status: 201, description: 'The question as every bidder sees it', view: NoticeQuestionView },
    problems: [422],
  }),
  answerNoticeQuestion: operation({
    method: 'POST',
    path: '/procurement/notices/{id}/questions/{questionId}/answer',
    function: fn,
    auth: 'jwt',
    roles: ['procurement'],
    summary: "Answer a question about the notice (the buyer's staff); every bidder of the notice is told",
    description: 'An answer is published once and not changed (409 for a second one); after the tender deadline nothing is answered (422).',
    tags: ['procurement'],
    body: AnswerQuestionSchema,
    response: { status: 200, description: 'The question with its answer', view: NoticeQuestionView },
    problems: [409, 422],
  }),
  createTenderSchool: operation({
    method: 'POST',
    path: '/procurement/tender-schools',
    function: fn,
    auth: 'jwt',
    roles: ['procurement'],
    summary: "Arrange a tender school (anbudsskola) about one or more of the body's open notices, and invite bidders of their reach view",
    description:
      "A place or an https link (or both) is required (400). A time in the past or after a notice's tender deadline, a notice of another body " +
      'or a closed one, and a bidder the notices neither match nor nearly match are 422, each naming its field. Invited bidders are told at once.',
    tags: ['tender schools'],
    body: CreateTenderSchoolSchema,
    response: { status: 201, description: 'The tender school with its invitations', view: TenderSchoolView },
    problems: [422],
  }),
  listTenderSchools: operation({
    method: 'GET',
    path: '/procurement/tender-schools',
    function: fn,
    auth: 'jwt',
    roles: ['procurement'],
    summary: "The tender schools of the caller's public body, earliest first",
    tags: ['tender schools'],
    response: { status: 200, description: 'The tender schools, cancelled ones too', view: TenderSchoolListView },
  }),
  getTenderSchool: operation({
    method: 'GET',
    path: '/procurement/tender-schools/{id}',
    function: fn,
    auth: 'jwt',
    roles: ['procurement', 'civil'],
    summary: "One tender school: for the buyer's staff with every invitation, for an invited bidder with its own",
    description: 'Unknown (404) to procurement staff of another body and to bidders not invited.',
    tags: ['tender schools'],
    response: { status: 200, description: 'The tender school', view: TenderSchoolView },
  }),
  tenderSchoolTimeline: operation({
    method: 'GET',
    path: '/procurement/tender-schools/{id}/timeline',
    function: fn,
    auth: 'jwt',
    roles: ['procurement'],
    summary: 'Who did what with the tender school, oldest first',
    tags: ['tender schools'],
    query: MatchTimelineQuery,
    response: { status: 200, description: 'A page of timeline entries, oldest first', view: TenderSchoolTimelineView },
  }),
  inviteToTenderSchool: operation({
    method: 'POST',
    path: '/procurement/tender-schools/{id}/invitations',
    function: fn,
    auth: 'jwt',
    roles: ['procurement'],
    summary: "Invite more bidders of the notices' reach view (matched or nearly matched) while the school is ahead",
    description: 'Those already invited are left as they are; only the new ones are told. A stale expectedVersion is 409, a cancelled school 409.',
    tags: ['tender schools'],
    body: InviteToTenderSchoolSchema,
    response: { status: 200, description: 'The tender school with its invitations', view: TenderSchoolView },
    problems: [409, 422],
  }),
  cancelTenderSchool: operation({
    method: 'POST',
    path: '/procurement/tender-schools/{id}/cancel',
    function: fn,
    auth: 'jwt',
    roles: ['procurement'],
    summary: 'Cancel a tender school before it starts, with a reason every invited bidder is told',
    tags: ['tender schools'],
    body: CancelTenderSchoolSchema,
    response: { status: 200, description: 'The cancelled tender school', view: TenderSchoolView },
    problems: [409, 422],
  }),
  recordTenderSchoolAttendance: operation({
    method: 'POST',
    path: '/procurement/tender-schools/{id}/attendance',
    function: fn,
    auth: 'jwt',
    roles: ['procurement'],
    summary: 'Record who attended (attended or absent per invited bidder), once the school has started',
    description: 'Before the start it is 422; a bidder that was not invited is 422 naming its line.',
    tags: ['tender schools'],
    body: RecordAttendanceSchema,
    response: { status: 200, description: 'The tender school with the attendance', view: TenderSchoolView },
    problems: [409, 422],
  }),
  answerTenderSchool: operation({
    method: 'POST',
    path: '/procurement/tender-schools/{id}/answer',
    function: fn,
    auth: 'jwt',
    roles: ['civil'],
    summary: 'The invited bidder answers whether it comes; it may change its answer until the start',
    tags: ['tender schools'],
    body: AnswerInvitationSchema,
    response: { status: 200, description: "The tender school with the bidder's own invitation", view: TenderSchoolView },
    problems: [409, 422],
  }),
  bidderTenderSchools: operation({
    method: 'GET',
    path: '/bidders/{orgId}/tender-schools',
    function: fn,
    auth: 'jwt',
    roles: ['civil'],
    summary: "The tender schools the bidder (the caller's own organisation) is invited to, with its answer and attendance",
    tags: ['bidders', 'tender schools'],
    response: { status: 200, description: "The schools, earliest first, each with the bidder's own invitation", view: TenderSchoolListView },
  }),
  putProfile: operation({
    method: 'PUT',
    path: '/bidders/{orgId}',
    function: fn,
    auth: 'jwt',
    roles: ['civil'],
    summary: 'Create or change a bidder profile (own organisation); its matches are recomputed from the change, just after the answer',
    description: 'Only a civil user of the organisation itself writes its profile; procurement staff read it.',
    tags: ['bidders'],
    body: BidderProfileInputSchema,
    response: { status: 200, description: 'The profile (201 when new); `matching.updating` until its matches are recomputed', view: SavedBidderProfileView },
  }),
  getProfile: operation({
    method: 'GET',
    path: '/bidders/{orgId}',
    function: fn,
    auth: 'jwt',
    roles: ['civil', 'procurement'],
    summary: 'A bidder profile (own organisation, or procurement staff)',
    tags: ['bidders'],
    response: { status: 200, description: 'The profile', view: BidderProfileView },
  }),
  bidderMatches: operation({
    method: 'GET',
    path: '/bidders/{orgId}/matches',
    function: fn,
    auth: 'jwt',
    roles: ['civil', 'procurement'],
    summary: 'Ranked notices and lots for a bidder, each with the reasons behind its score; near-misses with their blocker',
    tags: ['bidders'],
    query: BidderMatchesQuery,
    response: { status: 200, description: 'Matches and near-misses, best first', view: BidderMatchesView },
  }),
  startMatchCase: operation({
    method: 'POST',
    path: '/procurement/matches',
    function: fn,
    auth: 'jwt',
    roles: ['civil', 'procurement'],
    summary: 'Start a match case (a bidder pursues a match, or procurement staff invite one)',
    tags: ['match cases'],
    body: StartMatchCaseSchema,
    response: { status: 201, description: 'The new match case in stage initiation, with the actions the caller may take now', view: MatchCaseView },
    problems: [409, 422],
  }),
  listMatchCases: operation({
    method: 'GET',
    path: '/procurement/matches',
    function: fn,
    auth: 'jwt',
    summary: 'Match cases the caller may see',
    description:
      "Procurement staff see every open case; others see the cases of their organisation's bidding or consortium. " +
      `At most \`limit\` cases (default ${PageLimit.default}, at most ${PageLimit.max}), stage by stage, and fewer than ` +
      `${PageLimit.maxBytes / 1_000_000} MB; \`more\` says some were left out: ask by \`stage\`.`,
    tags: ['match cases'],
    query: MatchCaseListQuery,
    response: { status: 200, description: 'The match cases, each with its status and the actions the caller may take now', view: MatchCaseListView },
  }),
  getMatchCase: operation({
    method: 'GET',
    path: '/procurement/matches/{id}',
    function: fn,
    auth: 'jwt',
    summary: 'One match case with its status in Swedish and English',
    tags: ['match cases'],
    response: { status: 200, description: 'The match case, with the actions the caller may take now', view: MatchCaseView },
  }),
  matchCaseTimeline: operation({
    method: 'GET',
    path: '/procurement/matches/{id}/timeline',
    function: fn,
    auth: 'jwt',
    summary: 'The events of the match case, oldest first, a page at a time',
    description:
      `\`limit\` events per page (default ${TimelinePageLimit.default}, at most ${TimelinePageLimit.max}); ` +
      "pass the answer's `next` as `after` for the next page.",
    tags: ['match cases'],
    query: MatchTimelineQuery,
    response: { status: 200, description: 'A page of timeline entries, oldest first', view: MatchCaseTimelineView },
  }),
  actOnMatchCase: operation({
    method: 'POST',
    path: '/procurement/matches/{id}/actions',
    function: fn,
    auth: 'jwt',
    summary: 'Act on a match case (questions and answers, tender, award, standstill, appeal, contract, follow-up)',
    description:
      'An action that does not fit the stage is 409 naming the stage; a stale expectedVersion is 409; an action of the other party is 403; ' +
      "a broken rule of the Public Procurement Act is 422. A case the caller may not see is 404. The case's `allowedActions` lists what the caller may do now.",
    tags: ['match cases'],
    body: MatchActionSchema,
    response: { status: 200, description: 'The match case after the action', view: MatchCaseView },
    problems: [409, 410, 422],
  }),
  ocdsRelease: operation({
    method: 'GET',
    path: '/procurement/ocds/{noticeId}',
    function: fn,
    auth: 'none',
    summary: 'The notice as an OCDS 1.1.5 release package with the lots extension (open data)',
    tags: ['public'],
    response: { status: 200, description: 'The OCDS release package', view: OcdsReleasePackageView },
  }),
} as const satisfies Contract;
