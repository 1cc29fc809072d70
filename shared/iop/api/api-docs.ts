import * as z from 'zod';
import type { RouteDocs } from '../../platform/http/openapi/route-doc.js';
import { IopStages, type IopStage } from '../domain/case-model.js';
import { InitiateIopCaseSchema, IopActionSchema } from '../domain/schemas.js';

const StageList = Object.values(IopStages) as [IopStage, ...IopStage[]];

/** GET /iop/cases?stage=… */
export const ListIopCasesQuery = z.object({ stage: z.enum(StageList).optional() });

/** A page of a list that grows with the case: `after` is the `next` of the page before. */
export const PageQuery = z.object({
  after: z.coerce.number().int().min(0).max(9_999_999_999).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/**
 * What the OpenAPI document says about the IOP routes. The handlers validate
 * with these very schemas (a test checks they are the same objects).
 */
export const IopRouteDocs: RouteDocs = {
  'POST /iop/cases': {
    summary: 'Initiate an IOP case',
    description: 'Healthcare or civil users start a case for their organisation; the pre-check runs at once and each result carries its reason.',
    tags: ['iop'],
    body: InitiateIopCaseSchema,
    success: { status: 201, description: 'The new case with id, reference, stage, status and version' },
    errors: [422],
  },
  'GET /iop/cases': {
    summary: 'Cases the caller may see',
    description: "Parties see their organisation's cases; decision-makers the cases awaiting decision (oldest first); admins all.",
    tags: ['iop'],
    query: ListIopCasesQuery,
    success: { status: 200, description: '{ items: case summaries with status }' },
  },
  'GET /iop/cases/{id}': {
    summary: 'One case: stage, plain-language status in Swedish and English, version, parties, draft, deadlines',
    tags: ['iop'],
    success: { status: 200, description: 'The case' },
  },
  'GET /iop/cases/{id}/timeline': {
    summary: 'The events of the case, oldest first, with who, when and the plain-language text, a page at a time',
    description: "`limit` changes per page (default 50, at most 200); pass the answer's `next` as `after` for the next page.",
    tags: ['iop'],
    query: PageQuery,
    success: { status: 200, description: '{ items: timeline entries, next? }' },
  },
  'GET /iop/cases/{id}/meetings': {
    summary: 'Every recorded meeting of the case with its notes, oldest first, a page at a time (the case shows the newest)',
    tags: ['iop'],
    query: PageQuery,
    success: { status: 200, description: '{ items: meetings, total, next? }' },
  },
  'GET /iop/cases/{id}/drafts': {
    summary: 'Every earlier version of the draft agreement, oldest first, a page at a time (the case shows the newest)',
    tags: ['iop'],
    query: PageQuery,
    success: { status: 200, description: '{ items: draft versions, total, next? }' },
  },
  'POST /iop/cases/{id}/actions': {
    summary: 'Act on a case (accept-invitation, record-meeting, revise-draft, consent, decide, sign, review-decision, withdraw, …)',
    description: 'An action that does not fit the stage is 409 naming the stage; a stale expectedVersion is 409; an answer after its deadline is 410.',
    tags: ['iop'],
    body: IopActionSchema,
    success: { status: 200, description: 'The case after the action' },
    errors: [409, 410, 422],
  },
  'GET /public/iop': {
    summary: 'The public register of IOP agreements in force (no personal data)',
    tags: ['public'],
    success: { status: 200, description: '{ agreements }' },
  },
};
