import type { EventBridgeEvent } from 'aws-lambda';
import { createLogger } from '../../shared/platform/logger.js';
import { addressesToSuppress } from '../../shared/notifications/domain/email-events.js';
import { PreferenceStore } from '../../shared/notifications/store/preference-store.js';

const logger = createLogger({ function: 'EmailEvents' });
const preferences = new PreferenceStore();

/**
 * SES's bounces and complaints (the configuration set's EventBridge
 * destination): a permanently bouncing or complaining address gets no more
 * mail from the notifier or the digest, and the person sees why on their
 * preferences. SES's own account-level suppression list stops the sending
 * too; this record is what lets the product skip the send and say so.
 */
export async function handler(event: EventBridgeEvent<string, unknown>): Promise<{ suppressed: number }> {
  const found = addressesToSuppress(event);
  for (const address of found) await preferences.suppress(address.email, { reason: address.reason, at: address.at });
  if (found.length) logger.info('addresses suppressed', { count: found.length, reason: found[0]!.reason });
  return { suppressed: found.length };
}
