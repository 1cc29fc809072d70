/**
 * Which stream records the effects consumer receives: new event items that
 * carry effects. The CDK event source mapping and the local stream poller
 * both read this pattern (Lambda filter syntax), so the two worlds select the same records.
 */
export const EffectsStreamFilters = [
  { eventName: ['INSERT'], dynamodb: { NewImage: { hasEffects: { BOOL: [true] } } } },
] as const;
