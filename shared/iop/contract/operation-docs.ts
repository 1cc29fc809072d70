import type { OperationDocs } from '../../platform/http/contract/operation-docs.js';
import type { IopContract } from './operations.js';
import { DraftPageView, IopCaseListView, IopCaseView, MeetingPageView, PublicRegisterView, TimelinePageView } from './views.js';

const tags = ['iop'] as const;

/** What the OpenAPI document says of each IOP route, and the view it answers with. Only the document's writer and the tests import this: the IOP API routes by the contract alone, so its bundle carries neither these texts nor the views. */
export const IopOperationDocs: OperationDocs<typeof IopContract> = {
  initiate: {
    summary: 'Initiate an IOP case',
    description: 'Healthcare or civil users start a case for their organisation; the pre-check runs at once and each result carries its reason.',
    tags,
    response: { description: 'The new case with id, reference, stage, status and version', view: IopCaseView },
  },
  list: {
    summary: 'Cases the caller may see',
    description: "Parties see their organisation's cases; decision-makers the cases awaiting decision (oldest first); admins all.",
    tags,
    response: { description: 'Case summaries with status, at most `limit` (`more` says whether there are others)', view: IopCaseListView },
  },
  get: {
    summary: 'One case: stage, plain-language status in Swedish and English, version, parties, draft, deadlines',
    tags,
    response: { description: 'The case, with the actions the caller may take now', view: IopCaseView },
  },
  timeline: {
    summary: 'The events of the case, oldest first, with who, when and the plain-language text, a page at a time',
    description: "`limit` changes per page (default 50, at most 200); pass the answer's `next` as `after` for the next page.",
    tags,
    response: { description: 'A page of timeline entries', view: TimelinePageView },
  },
  meetings: {
    summary: 'Every recorded meeting of the case with its notes, oldest first, a page at a time (the case shows the newest)',
    tags,
    response: { description: 'A page of meetings and their total', view: MeetingPageView },
  },
  drafts: {
    summary: 'Every earlier version of the draft agreement, oldest first, a page at a time (the case shows the newest)',
    tags,
    response: { description: 'A page of draft versions and their total', view: DraftPageView },
  },
  act: {
    summary: 'Act on a case (accept-invitation, record-meeting, revise-draft, consent, decide, sign, review-decision, withdraw, …)',
    description:
      'An action that does not fit the stage is 409 naming the stage; a stale expectedVersion is 409; an answer after its deadline is 410. ' +
      "The case's `allowedActions` lists what the caller may do now.",
    tags,
    response: { description: 'The case after the action', view: IopCaseView },
  },
  register: {
    summary: 'The public register of IOP agreements in force (no personal data)',
    tags: ['public'],
    response: { description: 'The agreements in force', view: PublicRegisterView },
  },
};
