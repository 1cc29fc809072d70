/**
 * The IOP context as its clients see it: the HTTP contract, the views it
 * answers with, the inputs it takes, and the pure rules a form shows live (the
 * pre-check, the review dates). The web app imports this module and nothing
 * else of the context.
 */
export { IopContract, ListIopCasesQuery, PageQuery } from './contract/operations.js';
export * from './contract/views.js';
export { StateAidPositionView, StateAidLineView } from './contract/state-aid-view.js';
export { ChecklistItems, type ChecklistItem } from './domain/checklist-items.js';
export {
  DraftChangesSchema,
  InitiateIopCaseSchema,
  IopActionSchema,
  IopActionTypes,
  LegalChecklistSchema,
  type Contribution,
  type InitiateIopCaseInput,
  type IopAction,
  type IopActionType,
  type LegalChecklist,
} from './domain/schemas.js';
export { precheck, type PrecheckInput, type PrecheckResult } from './domain/precheck.js';
export { DefaultIopConfig, type IopConfig } from './domain/config.js';
export { reviewSlots } from './domain/agreement.js';
export { IopStages, type IopStage } from './domain/case-model.js';
export { Roles, isRole, type Actor, type Role } from '../platform/auth/actor.js';
export type { LocalizedText, PublicStatus } from '../platform/timeline/timeline-entry.js';
export { agreementSummary, type SummaryFacts } from './documents/agreement-summary.js';
export type { DocumentLanguage } from './documents/document-language.js';
export { IopDocumentsContract, AgreementDocumentQuery } from './contract/document-operations.js';
export { AgreementDocumentView, ReviewReportView } from './contract/agreement-document-view.js';
