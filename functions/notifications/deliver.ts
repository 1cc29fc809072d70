import type { EventBridgeEvent } from 'aws-lambda';
import { clock } from '../../shared/platform/clock.js';
import { EnvNames, requireEnv } from '../../shared/platform/env-names.js';
import { createLogger } from '../../shared/platform/logger.js';
import { storedCaseSummaries } from '../../shared/notifications/effects/case-summaries.js';
import { deliverNotification, type DeliveryResult } from '../../shared/notifications/effects/deliver-notification.js';
import { parseNotificationEvent } from '../../shared/notifications/effects/notification-event.js';
import { sendEmail } from '../../shared/notifications/effects/send-email.js';
import { productRecipients } from '../../shared/notifications/store/user-store-recipients.js';
import { InboxStore } from '../../shared/notifications/store/inbox-store.js';
import { PreferenceStore } from '../../shared/notifications/store/preference-store.js';

const logger = createLogger({ function: 'Notifier' });
const deps = {
  inbox: new InboxStore(),
  preferences: new PreferenceStore(),
  recipients: productRecipients(),
  cases: storedCaseSummaries(),
  send: sendEmail,
  now: () => clock.now(),
  baseUrl: () => requireEnv(EnvNames.appBaseUrl),
  logger,
};

/**
 * The bus rule's target for material case changes (iop-case.*, match-case.*):
 * an inbox item for each person told, and the e-mail at once by their choice.
 * A failure throws, so EventBridge retries the event and at last parks it in
 * the dead-letter queue; a retry adds nothing twice.
 */
export async function handler(event: EventBridgeEvent<string, unknown>): Promise<DeliveryResult | { skipped: true }> {
  const parsed = parseNotificationEvent(event);
  if (!parsed) {
    logger.warn('not a case notification', { source: event.source, detailType: event['detail-type'] });
    return { skipped: true };
  }
  return deliverNotification(parsed, deps);
}
