import type { OperationDocs } from '../../platform/http/contract/operation-docs.js';
import { MaxLots } from '../domain/notice.js';
import { NoticeMatchesLimit, PageLimit, TimelinePageLimit, WhatIfListLimit } from './limits.js';
import type { ProcurementContract } from './operations.js';
import { NoticeQuestionListView, NoticeQuestionView } from './questions.js';
import { TenderSchoolListView, TenderSchoolTimelineView, TenderSchoolView } from './tender-schools.js';
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

/** What the OpenAPI document says of each procurement route, and the view it answers with. Only the document's writer and the tests import this: the procurement API routes by the contract alone, so its bundle carries neither these texts nor the views. */
export const ProcurementOperationDocs: OperationDocs<typeof ProcurementContract> = {
  createNotice: {
    summary: 'Register a notice (with lots); its matches are computed from the change, just after the answer',
    description:
      'CPV 2008 and Swedish NUTS codes are checked against the code lists (400 naming the field); impossible values such as lots that ' +
      'do not add up, a deadline in the past or a 19 kap. 25 § reservation outside its CPV list are 422.',
    tags: ['procurement'],
    response: { description: 'The notice with its lots; `matching.updating` until its reach view is computed', view: CreatedNoticeView },
  },
  listNotices: {
    summary: 'The registered notices, newest first (procurement staff and bidders), a page at a time',
    description:
      `\`limit\` notices per page (default ${PageLimit.default}, at most ${PageLimit.max}); a page also ends before it would pass ` +
      `${PageLimit.maxBytes / 1_000_000} MB. When \`more\`, pass the answer's \`next\` as \`after\` for the next page.`,
    tags: ['procurement'],
    response: { description: 'A page of notices, newest first', view: NoticeListView },
  },
  getNotice: {
    summary: 'One notice with its lots',
    tags: ['procurement'],
    response: { description: 'The notice with its lots', view: NoticeView },
  },
  noticeReach: {
    summary: "The buyer's reach view: bidders reached and nearly reached (with their one blocker), per lot",
    description:
      'Each lot lists its best-scored bidders and counts them all (`reachedTotal`, `nearMissedTotal`, `truncated`); ' +
      `\`limit\` stored matches are listed (default ${NoticeMatchesLimit.default}, at most ${NoticeMatchesLimit.max}) of \`matchesTotal\`.`,
    tags: ['procurement'],
    response: { description: 'Per lot, the bidders reached and nearly reached, and the stored matches behind them', view: NoticeMatchesView },
  },
  whatIf: {
    summary: 'Reach before and after a change (split into lots, reserve, add or change a CPV code), and which bidders change',
    description:
      `A split that would make more than ${MaxLots} lots (the most a notice may have) is 422 naming \`lotValueSek\`. ` +
      `Lots list their best-scored bidders as in the reach view; gained, lost and resolved list at most ${WhatIfListLimit} each, ` +
      'with their totals and `truncated`.',
    tags: ['procurement'],
    response: { description: 'Reach before and after the change, and the bidders gained, lost and turned from near-miss into match', view: WhatIfResultView },
  },
  listNoticeQuestions: {
    summary: "The notice's questions and answers, the same for every bidder (the asker is not named)",
    tags: ['procurement'],
    response: { description: 'The questions, oldest first, with when answers are due', view: NoticeQuestionListView },
  },
  askNoticeQuestion: {
    summary: 'Ask the buyer a question about the notice; question and answer are published to every bidder',
    description:
      'Asked at least ten days before the tender deadline, it is answered at the latest six days before it (LOU 12 kap. 11 §). A closed notice takes no questions (422).',
    tags: ['procurement'],
    response: { description: 'The question as every bidder sees it', view: NoticeQuestionView },
  },
  answerNoticeQuestion: {
    summary: "Answer a question about the notice (the buyer's staff); every bidder of the notice is told",
    description: 'An answer is published once and not changed (409 for a second one); after the tender deadline nothing is answered (422).',
    tags: ['procurement'],
    response: { description: 'The question with its answer', view: NoticeQuestionView },
  },
  createTenderSchool: {
    summary: "Arrange a tender school (anbudsskola) about one or more of the body's open notices, and invite bidders of their reach view",
    description:
      "A place or an https link (or both) is required (400). A time in the past or after a notice's tender deadline, a notice of another body " +
      'or a closed one, and a bidder the notices neither match nor nearly match are 422, each naming its field. Invited bidders are told at once.',
    tags: ['tender schools'],
    response: { description: 'The tender school with its invitations', view: TenderSchoolView },
  },
  listTenderSchools: {
    summary: "The tender schools of the caller's public body, earliest first",
    tags: ['tender schools'],
    response: { description: 'The tender schools, cancelled ones too', view: TenderSchoolListView },
  },
  getTenderSchool: {
    summary: "One tender school: for the buyer's staff with every invitation, for an invited bidder with its own",
    description: 'Unknown (404) to procurement staff of another body and to bidders not invited.',
    tags: ['tender schools'],
    response: { description: 'The tender school', view: TenderSchoolView },
  },
  tenderSchoolTimeline: {
    summary: 'Who did what with the tender school, oldest first',
    tags: ['tender schools'],
    response: { description: 'A page of timeline entries, oldest first', view: TenderSchoolTimelineView },
  },
  inviteToTenderSchool: {
    summary: "Invite more bidders of the notices' reach view (matched or nearly matched) while the school is ahead",
    description: 'Those already invited are left as they are; only the new ones are told. A stale expectedVersion is 409, a cancelled school 409.',
    tags: ['tender schools'],
    response: { description: 'The tender school with its invitations', view: TenderSchoolView },
  },
  cancelTenderSchool: {
    summary: 'Cancel a tender school before it starts, with a reason every invited bidder is told',
    tags: ['tender schools'],
    response: { description: 'The cancelled tender school', view: TenderSchoolView },
  },
  recordTenderSchoolAttendance: {
    summary: 'Record who attended (attended or absent per invited bidder), once the school has started',
    description: 'Before the start it is 422; a bidder that was not invited is 422 naming its line.',
    tags: ['tender schools'],
    response: { description: 'The tender school with the attendance', view: TenderSchoolView },
  },
  answerTenderSchool: {
    summary: 'The invited bidder answers whether it comes; it may change its answer until the start',
    tags: ['tender schools'],
    response: { description: "The tender school with the bidder's own invitation", view: TenderSchoolView },
  },
  bidderTenderSchools: {
    summary: "The tender schools the bidder (the caller's own organisation) is invited to, with its answer and attendance",
    tags: ['bidders', 'tender schools'],
    response: { description: "The schools, earliest first, each with the bidder's own invitation", view: TenderSchoolListView },
  },
  putProfile: {
    summary: 'Create or change a bidder profile (own organisation); its matches are recomputed from the change, just after the answer',
    description: 'Only a civil user of the organisation itself writes its profile; procurement staff read it.',
    tags: ['bidders'],
    response: { description: 'The profile (201 when new); `matching.updating` until its matches are recomputed', view: SavedBidderProfileView },
  },
  getProfile: {
    summary: 'A bidder profile (own organisation, or procurement staff)',
    tags: ['bidders'],
    response: { description: 'The profile', view: BidderProfileView },
  },
  bidderMatches: {
    summary: 'Ranked notices and lots for a bidder, each with the reasons behind its score; near-misses with their blocker',
    tags: ['bidders'],
    response: { description: 'Matches and near-misses, best first', view: BidderMatchesView },
  },
  startMatchCase: {
    summary: 'Start a match case (a bidder pursues a match, or procurement staff invite one)',
    tags: ['match cases'],
    response: { description: 'The new match case in stage initiation, with the actions the caller may take now', view: MatchCaseView },
  },
  listMatchCases: {
    summary: 'Match cases the caller may see',
    description:
      "Procurement staff see every open case; others see the cases of their organisation's bidding or consortium. " +
      `At most \`limit\` cases (default ${PageLimit.default}, at most ${PageLimit.max}), stage by stage, and fewer than ` +
      `${PageLimit.maxBytes / 1_000_000} MB; \`more\` says some were left out: ask by \`stage\`.`,
    tags: ['match cases'],
    response: { description: 'The match cases, each with its status and the actions the caller may take now', view: MatchCaseListView },
  },
  getMatchCase: {
    summary: 'One match case with its status in Swedish and English',
    tags: ['match cases'],
    response: { description: 'The match case, with the actions the caller may take now', view: MatchCaseView },
  },
  matchCaseTimeline: {
    summary: 'The events of the match case, oldest first, a page at a time',
    description:
      `\`limit\` events per page (default ${TimelinePageLimit.default}, at most ${TimelinePageLimit.max}); ` +
      "pass the answer's `next` as `after` for the next page.",
    tags: ['match cases'],
    response: { description: 'A page of timeline entries, oldest first', view: MatchCaseTimelineView },
  },
  actOnMatchCase: {
    summary: 'Act on a match case (questions and answers, tender, award, standstill, appeal, contract, follow-up)',
    description:
      'An action that does not fit the stage is 409 naming the stage; a stale expectedVersion is 409; an action of the other party is 403; ' +
      "a broken rule of the Public Procurement Act is 422. A case the caller may not see is 404. The case's `allowedActions` lists what the caller may do now.",
    tags: ['match cases'],
    response: { description: 'The match case after the action', view: MatchCaseView },
  },
  ocdsRelease: {
    summary: 'The notice as an OCDS 1.1.5 release package with the lots extension (open data)',
    tags: ['public'],
    response: { description: 'The OCDS release package', view: OcdsReleasePackageView },
  },
};
