import { _default, coerce, enum as zEnum, int, maximum, minimum, object, optional } from 'zod/mini';
import { type Contract, operation, viewType } from '../../platform/http/contract/operation.js';
import { IopStages, type IopStage } from '../domain/case-model.js';
import { InitiateIopCaseSchema, IopActionSchema } from '../domain/schemas.js';
import type { DraftPageView, IopCaseListView, IopCaseView, MeetingPageView, PublicRegisterView, TimelinePageView } from './views.js';

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
    body: InitiateIopCaseSchema,
    response: { status: 201, view: viewType<typeof IopCaseView>() },
    problems: [422],
  }),
  list: operation({
    method: 'GET',
    path: '/iop/cases',
    function: fn,
    auth: 'jwt',
    query: ListIopCasesQuery,
    response: { status: 200, view: viewType<typeof IopCaseListView>() },
  }),
  get: operation({
    method: 'GET',
    path: '/iop/cases/{id}',
    function: fn,
    auth: 'jwt',
    response: { status: 200, view: viewType<typeof IopCaseView>() },
  }),
  timeline: operation({
    method: 'GET',
    path: '/iop/cases/{id}/timeline',
    function: fn,
    auth: 'jwt',
    query: PageQuery,
    response: { status: 200, view: viewType<typeof TimelinePageView>() },
  }),
  meetings: operation({
    method: 'GET',
    path: '/iop/cases/{id}/meetings',
    function: fn,
    auth: 'jwt',
    query: PageQuery,
    response: { status: 200, view: viewType<typeof MeetingPageView>() },
  }),
  drafts: operation({
    method: 'GET',
    path: '/iop/cases/{id}/drafts',
    function: fn,
    auth: 'jwt',
    query: PageQuery,
    response: { status: 200, view: viewType<typeof DraftPageView>() },
  }),
  act: operation({
    method: 'POST',
    path: '/iop/cases/{id}/actions',
    function: fn,
    auth: 'jwt',
    roles: ['healthcare', 'civil', 'approver'],
    body: IopActionSchema,
    response: { status: 200, view: viewType<typeof IopCaseView>() },
    problems: [409, 410, 422],
  }),
  register: operation({
    method: 'GET',
    path: '/public/iop',
    function: fn,
    auth: 'none',
    response: { status: 200, view: viewType<typeof PublicRegisterView>() },
  }),
} as const satisfies Contract;
