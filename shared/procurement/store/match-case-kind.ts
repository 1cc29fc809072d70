/**
 * The kind under which match cases are stored (their keys start with it). A module of its own so
 * that readers of the table, such as the daily digest, need not load the match-case effects and
 * the SDK clients they use.
 */
export const MATCH_CASE_KIND = 'MATCH';
