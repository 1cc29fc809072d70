import { type Role, Roles } from '../../platform/auth/actor.js';
import type { Logger } from '../../platform/logger.js';
import { type CaseNotification, casePageUrl } from '../domain/case-notification.js';
import { caseMessage, whatToDo } from '../domain/case-message.js';
import type { EmailMessage } from '../domain/email-message.js';
import { emailsAtOnce } from '../domain/preferences.js';
import type { Person, Recipients } from '../domain/recipients.js';
import type { InboxStore } from '../store/inbox-store.js';
import type { PreferenceStore } from '../store/preference-store.js';
import type { CaseSummaries } from './case-summaries.js';
import type { ParsedNotificationEvent } from './notification-event.js';
import type { Addressee } from './send-email.js';

export interface DeliveryDeps {
  readonly inbox: InboxStore;
  readonly preferences: PreferenceStore;
  readonly recipients: Recipients;
  readonly cases: CaseSummaries;
  readonly send: (to: Addressee, message: EmailMessage) => Promise<string>;
  readonly now: () => Date;
  /** The web app's address, for the link to the case. */
  readonly baseUrl: () => string;
  readonly logger: Logger;
}

export interface DeliveryResult {
  readonly recipients: number;
  readonly inboxItems: number;
  readonly emails: number;
}

/**
 * Tells every person of the notified organisations about one material change:
 * an inbox item each, and an e-mail at once to those whose choice says so.
 * When the one who acts next is a role of the case's public body (the
 * decision-maker), that body's people in that role are told too. The person
 * who made the change is not told of it.
 *
 * Safe to repeat (EventBridge delivers at least once, and retries): the inbox
 * item's key is the event's id, and the e-mail is sent only while the item
 * says none went out. A crash between sending and noting it sends that one
 * e-mail again on the retry, never more.
 */
export async function deliverNotification(event: ParsedNotificationEvent, deps: DeliveryDeps): Promise<DeliveryResult> {
  const now = deps.now();
  const { detail } = event;
  const summary = await deps.cases(event.kind, detail.caseId, now);
  if (!summary) {
    deps.logger.warn('notification for an unknown case skipped', { caseId: detail.caseId, eventId: detail.eventId });
    return { recipients: 0, inboxItems: 0, emails: 0 };
  }
  const notification: CaseNotification = {
    eventId: detail.eventId,
    kind: event.kind,
    caseId: detail.caseId,
    reference: detail.reference,
    title: summary.title,
    type: event.type,
    at: detail.at,
    happened: detail.text,
    next: summary.status.next,
    whoActs: summary.status.whoActs,
    dueAt: summary.status.dueAt,
  };
  // Nobody is told of their own change: they made it.
  const people = (await recipientsOf(notification, detail.to, summary.publicBody, deps.recipients)).filter((p) => p.sub !== detail.actor?.sub);
  const link = casePageUrl(deps.baseUrl(), notification.kind, notification.caseId);
  let inboxItems = 0;
  let emails = 0;
  for (const person of people) {
    const preference = await deps.preferences.preferenceOf(person.sub);
    const reader = { name: person.name, org: person.org, role: person.role, language: preference.language };
    const { created, item } = await deps.inbox.add(
      person.sub,
      {
        eventId: notification.eventId,
        kind: notification.kind,
        caseId: notification.caseId,
        reference: notification.reference,
        title: notification.title,
        type: notification.type,
        at: notification.at,
        happened: notification.happened,
        next: notification.next,
        youAct: whatToDo(notification, reader).acts,
        dueAt: notification.dueAt,
      },
      now,
    );
    if (created) inboxItems++;
    if (item.emailedAt || !emailsAtOnce(preference, await deps.preferences.emailStatus(person.email))) continue;
    await deps.send({ name: person.name, email: person.email }, caseMessage(notification, reader, link));
    await deps.inbox.markEmailed(person.sub, item.id, deps.now());
    emails++;
  }
  deps.logger.info('notification delivered', { eventId: notification.eventId, recipients: people.length, inboxItems, emails });
  return { recipients: people.length, inboxItems, emails };
}

/** The people of the notified organisations, and the public body's people in the role that acts next; each once. */
async function recipientsOf(
  notification: CaseNotification,
  orgs: readonly string[],
  publicBody: string | undefined,
  recipients: Recipients,
): Promise<Person[]> {
  const lists = await Promise.all(orgs.map((org) => recipients.usersOf(org)));
  const { whoActs } = notification;
  if (publicBody && whoActs.orgs.length === 0 && whoActs.roles.length > 0) {
    const bodyRoles = whoActs.roles.filter((r): r is Role => r === Roles.approver || r === Roles.procurement);
    if (bodyRoles.length > 0) lists.push(await recipients.usersOf(publicBody, bodyRoles));
  }
  const bySub = new Map<string, Person>();
  for (const person of lists.flat()) if (!bySub.has(person.sub)) bySub.set(person.sub, person);
  return [...bySub.values()];
}
