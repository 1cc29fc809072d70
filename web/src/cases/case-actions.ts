import type { IopActionType, IopCaseView } from '../../../shared/iop/contract.js';

/**
 * The order the case page offers actions in: what the reader is usually here
 * to do first (answer an invitation, consent, ask for the decision, sign,
 * report), the dialogue's tools after, withdrawing last. The API decides which
 * actions there are (`allowedActions`); the page only arranges them.
 */
export const ActionOrder: readonly IopActionType[] = [
  'accept-invitation',
  'decline-invitation',
  'consent',
  'record-meeting',
  'revise-draft',
  'start-consultation',
  'extend-consultation',
  'record-consultation-handling',
  'request-decision',
  'respond-consultation',
  'decide',
  'sign',
  'submit-review-report',
  'record-review-position',
  'record-review-reflection',
  'review-decision',
  'withdraw',
  'give-notice',
];

/** Actions that stay folded until opened; the rest are what the reader is usually here to do. */
export const FoldedActions: readonly IopActionType[] = [
  'record-meeting',
  'revise-draft',
  'start-consultation',
  'extend-consultation',
  'decline-invitation',
  'withdraw',
  'give-notice',
];

/** The case's allowed actions in the page's order; one the app has no form for is left out rather than shown broken. */
export function actionsToShow(view: Pick<IopCaseView, 'allowedActions'>): IopActionType[] {
  const allowed = new Set<string>(view.allowedActions);
  return ActionOrder.filter((type) => allowed.has(type));
}
