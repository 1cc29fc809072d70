import { _default, coerce, enum as zEnum, int, maximum, minimum, object, optional } from 'zod/mini';
import { type Contract, operation } from '../../platform/http/contract/operation.js';
import { IopStages, type IopStage } from '../domain/case-model.js';
import { InitiateIopCaseSchema, IopActionSchema } from '../domain/schemas.js';
import { DraftPageView, IopCaseListView, IopCaseView, MeetingPageView, PublicRegisterView, TimelinePageView } from './views.js';

const StageList = Object.values(IopStages) as [IopStage, ...IopStage[]];

/** GET /iop/cases?stage=… */
export const ListIopCasesQuery = object({
  stage: optional(zEnum(StageList)),
  limit: _default(coerce.number().check(int(), minimum(1), maximum(200)), 100),
});

/** A page of a list that grows with the case: `after` is the `next` of the page before. */
export const PageQuery = object({
  after: optional(coerce.number().check(int(), minimum(0), maximum(9_999_999_999))),
  limit: _default(coerce.number().check(int(), minimum(1), maximum(200)), 50),
});

const tags = ['iop'] as const;
const fn = 'IopApi' as const;

/**
 * The IOP context's HTTP API, one declaration per route. The handlers
 * (shared/iop/api) implement exactly these; the web app reads the same views.
 */
export const IopContract = {
  initiate: operation({
    method: 'POST',
    path: '/iop/cases',
    function: fn,
    auth: 'jwt',
    roles: ['healthcare', 'civil'],
    summary: 'Initiate an IOP case',
    description: 'Healthcare or civil users start a case for their organisation; the pre-check runs at once and each result carries its reason.',
    tags,
    body: InitiateIopCaseSchema,
    response: { status: 201, description: 'The new case with id, reference, stage, status and version', view: IopCaseView },
    problems: [422],
  }),
  list: operation({
    method: 'GET',
    path: '/iop/cases',
    function: fn,
    auth: 'jwt',
    summary: 'Cases the caller may see',
    description: "Parties see their organisation's cases; decision-makers the cases awaiting decision (oldest first); admins all.",
    tags,
    query: ListIopCasesQuery,
    response: { status: 200, description: 'Case summaries with status, at most `limit` (`more` says whether there are others)', view: IopCaseListView },
  }),
  get: operation({
    method: 'GET',
    path: '/iop/cases/{id}',
    function: fn,
    auth: 'jwt',
    summary: 'One case: stage, plain-language status in Swedish and English, version, parties, draft, deadlines',
    tags,
    response: { status: 200, description: 'The case, with the actions the caller may take now', view: IopCaseView },
  }),
  timeline: operation({
    method: 'GET',
    path: '/iop/cases/{id}/timeline',
    function: fn,
    auth: 'jwt',
    summary: 'The events of the case, oldest first, with who, when and the plain-language text, a page at a time',
    description: "`limit` changes per page (default 50, at most 200); pass the answer's `next` as `after` for the next page.",
    tags,
    query: PageQuery,
    response: { status: 200, description: 'A page of timeline entries', view: TimelinePageView },
  }),
  meetings: operation({
    method: 'GET',
    path: '/iop/cases/{id}/meetings',
    function: fn,
    auth: 'jwt',
    summary: 'Every recorded meeting of the case with its notes, oldest first, a page at a time (the case shows the newest)',
    tags,
    query: PageQuery,
    response: { status: 200, description: 'A page of meetings and their total', view: MeetingPageView },
  }),
  drafts: operation({
    method: 'GET',
    path: '/iop/cases/{id}/drafts',
    function: fn,
    auth: 'jwt',
    summary: 'Every earlier version of the draft agreement, oldest first, a page at a time (the case shows the newest)',
    tags,
    query: PageQuery,
    response: { status: 200, description: 'A page of draft versions and their total', view: DraftPageView },
  }),
  act: operation({
    method: 'POST',
    path: '/iop/cases/{id}/actions',
    function: fn,
    auth: 'jwt',
    roles: ['healthcare', 'civil', 'approver'],
    summary: 'Act on a case (accept-invitation, record-meeting, revise-draft, consent, decide, sign, review-decision, withdraw, …)',
    description:
      'An action that does not fit the stage is 409 naming the stage; a stale expectedVersion is 409; an answer after its deadline is 410. ' +
      "The case's `allowedActions` lists what the caller may do now.",
    tags,
    body: IopActionSchema,
    response: { status: 200, description: 'The case after the action', view: IopCaseView },
    problems: [409, 410, 422],
  }),
  register: operation({
    method: 'GET',
    path: '/public/iop',
    function: fn,
    auth: 'none',
    summary: 'The public register of IOP agreements in force (no personal data)',
    tags: ['public'],
    response: { status: 200, description: 'The agreements in force', view: PublicRegisterView },
  }),
} as const satisfies Contract;
