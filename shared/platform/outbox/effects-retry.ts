/**
 * Retries of one stream record before it goes to the dead-letter queue: the
 * event source mapping's retryAttempts in CDK, and the local poller's limit.
 */
export const EffectsRetryAttempts = 5;
