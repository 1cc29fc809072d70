/**
 * The legal checklist's items, in the order the decision form asks them. A
 * module of its own, free of zod, so the web app can show the form without
 * bundling the schemas.
 */
export const ChecklistItems = [
  'localGovernmentActAndPriorities',
  'complementsPublicOffering',
  'stateAid',
  'notPublicContract',
  'coFinancingDocumented',
  'noOtherRegionalFunding',
] as const;
export type ChecklistItem = (typeof ChecklistItems)[number];
