import { PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { eventBridgeClient } from '../aws-clients.js';
import { EnvNames } from '../env-names.js';
import type { NotifyEffect } from './notify-effect.js';

/** PutEvents takes at most 10 entries a request. */
const ENTRIES_PER_REQUEST = 10;

/**
 * Publishes a change's material entries. Each event carries a deterministic
 * `eventId` (case, version, entry), so a consumer that sees an event twice
 * (the stream delivers at least once) can tell. A failed entry fails the call:
 * the stream consumer retries the record.
 */
export async function publishNotifications(effect: NotifyEffect, origin: { readonly kind: string; readonly version: number }): Promise<void> {
  const bus = process.env[EnvNames.eventBusName];
  if (!bus) return;
  for (let i = 0; i < effect.entries.length; i += ENTRIES_PER_REQUEST) {
    const out = await eventBridgeClient().send(
      new PutEventsCommand({
        Entries: effect.entries.slice(i, i + ENTRIES_PER_REQUEST).map((e, j) => ({
          EventBusName: bus,
          Source: effect.source,
          DetailType: `${effect.detailPrefix}.${e.type}`,
          Detail: JSON.stringify({
            eventId: `${origin.kind}#${effect.caseId}#${origin.version}#${i + j}`,
            caseId: effect.caseId,
            reference: effect.reference,
            stage: effect.stage,
            to: effect.to,
            text: e.text,
            at: e.at,
            actor: e.actor,
          }),
        })),
      }),
    );
    if ((out.FailedEntryCount ?? 0) > 0) throw new Error(`EventBridge refused ${out.FailedEntryCount} of the case's notifications`);
  }
}
