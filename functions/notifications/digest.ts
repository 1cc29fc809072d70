import { createLogger } from '../../shared/platform/logger.js';
import { runDigest, type DigestRunResult } from '../../shared/notifications/run-digest.js';

const logger = createLogger({ function: 'Digest' });

/**
 * Runs daily (05:00 UTC in AWS, on the virtual clock locally): one event per
 * organisation with the non-material timeline entries of its cases since the
 * last digest. Material changes were already notified when they happened.
 */
export async function handler(): Promise<DigestRunResult> {
  return runDigest(logger);
}
