import type { NotifyEffect } from '../../platform/outbox/notify-effect.js';
import { publishNotifications } from '../../platform/outbox/publish-notifications.js';

/**
 * The effects of a notice's questions and answers, from the table's stream:
 * only notifications (a question to the buyer, an answer to every bidder of
 * the notice), each published with its deterministic event id.
 */
export async function runNotifyOutbox(kind: string, version: number, effects: readonly NotifyEffect[]): Promise<void> {
  for (const effect of effects) if (effect.type === 'notify') await publishNotifications(effect, { kind, version });
}
