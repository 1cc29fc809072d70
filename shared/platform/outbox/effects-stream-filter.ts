/**
 * Which stream records the effects consumer receives: new event items that
 * carry effects, and notices and bidder profiles written (their matches are
 * recomputed from the change). The CDK event source mapping and the local
 * stream poller both read these patterns (Lambda filter syntax), so the two
 * worlds select the same records.
 */
export const EffectsStreamFilters = [
  { eventName: ['INSERT'], dynamodb: { NewImage: { hasEffects: { BOOL: [true] } } } },
  { eventName: ['INSERT', 'MODIFY'], dynamodb: { Keys: { sk: { S: ['NOTICE', 'PROFILE'] } } } },
] as const;
