/**
 * The kind under which tender schools are stored (their keys start with it). A module of its own so
 * that the effects consumer and the notifier can name it without loading the store.
 */
export const TENDER_SCHOOL_KIND = 'TENDER-SCHOOL';
