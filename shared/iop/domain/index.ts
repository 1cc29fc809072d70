/** The IOP domain: pure rules, no AWS. Handlers import from here. */
export * from './case-model.js';
export { DefaultIopConfig, iopConfigFromEnv } from './config.js';
export type { IopConfig } from './config.js';
export type { IopEffect, ReviewSlot } from './iop-effect.js';
export * from './schemas.js';
export { precheck, checkIdeburen, checkDuration, hasFailures } from './precheck.js';
export type { PrecheckResult, PrecheckCheck } from './precheck.js';
export * from './state-aid/index.js';
export { generateAgreement, isFullySigned, reviewSlots } from './agreement.js';
export { initiate, applyAction, everyPartyConsented, precheckOf, newCaseIds, renewalIdOf } from './reducer.js';
export type { ActionFacts, NewCaseIds } from './reducer.js';
export {
  pendingOutcome,
  markReminderSent,
  markStalled,
  markOverdue,
  lapseInvitations,
  escalate,
  markNeedsAttention,
  scheduleReviews,
  openReview,
  endAgreement,
  renewalOf,
} from './lifecycle.js';
export type { IopTransition } from './transition.js';
export { isAllowed, authorise, canRead, canInitiate, RoleOfSide } from './permissions.js';
export { IopActions, allowedActions, fitsStage } from './actions.js';
export { statusOf } from './status.js';
