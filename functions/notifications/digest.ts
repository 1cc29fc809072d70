import { EnvNames, requireEnv } from '../../shared/platform/env-names.js';
import { createLogger } from '../../shared/platform/logger.js';
import { runDigest, type DigestRunResult } from '../../shared/notifications/run-digest.js';
import { sendEmail } from '../../shared/notifications/effects/send-email.js';
import { productRecipients } from '../../shared/notifications/store/user-store-recipients.js';
import { PreferenceStore } from '../../shared/notifications/store/preference-store.js';

const logger = createLogger({ function: 'Digest' });
const mail = { recipients: productRecipients(), preferences: new PreferenceStore(), send: sendEmail, baseUrl: () => requireEnv(EnvNames.appBaseUrl) };

/**
 * Runs daily at 07:00 Swedish time (EventBridge Scheduler in AWS, the virtual
 * clock locally): per organisation, the timeline entries of its cases since
 * the last digest, as one event on the bus and one e-mail to each person whose
 * choice asks for a digest. Material changes were e-mailed when they happened,
 * except to those who chose the digest alone.
 */
export async function handler(): Promise<DigestRunResult> {
  return runDigest(logger, mail);
}
