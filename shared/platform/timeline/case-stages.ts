/**
 * The five stages every case goes through, an IOP case and a match case alike;
 * each kind adds the stages it can end in. Kept in one place so the two kinds
 * cannot drift apart (readers see one journey for both).
 */
export const CaseStages = {
  initiation: 'initiation',
  dialogue: 'dialogue',
  approval: 'approval',
  agreement: 'agreement',
  review: 'review',
} as const;
