import type { Actor } from '../../platform/auth/actor.js';
import { NotFoundError } from '../../platform/errors/domain-errors.js';
import type { ContractHandlers } from '../../platform/http/contract/implement.js';
import { ok } from '../../platform/http/route.js';
import type { NotificationsContract } from '../contract/operations.js';
import type { InboxItemViewType, NotificationPreferenceViewType } from '../contract/views.js';
import type { Recipients } from '../domain/recipients.js';
import type { InboxItem, InboxStore } from '../store/inbox-store.js';
import type { PreferenceStore, StoredPreference } from '../store/preference-store.js';

export interface NotificationsHandlerDeps {
  readonly inbox: InboxStore;
  readonly preferences: PreferenceStore;
  readonly recipients: Recipients;
  readonly clock: { now(): Date };
}

/** An inbox item as its reader sees it. */
export function inboxItemView(item: InboxItem): InboxItemViewType {
  return {
    id: item.id,
    kind: item.kind,
    caseId: item.caseId,
    reference: item.reference,
    title: item.title,
    type: item.type,
    at: item.at,
    happened: { sv: item.happened.sv, en: item.happened.en },
    next: { sv: item.next.sv, en: item.next.en },
    youAct: item.youAct,
    dueAt: item.dueAt,
    read: item.readAt !== undefined,
    ...(item.readAt ? { readAt: item.readAt } : {}),
  };
}

/** The caller's routes: every one works on the caller's own `sub`, so there is no one else's inbox to reach. */
export function notificationsHandlers(deps: NotificationsHandlerDeps): ContractHandlers<typeof NotificationsContract> {
  async function preferenceView(actor: Actor, stored: StoredPreference): Promise<NotificationPreferenceViewType> {
    const me = (await deps.recipients.usersOf(actor.org)).find((p) => p.sub === actor.sub);
    const emailStatus = me ? await deps.preferences.emailStatus(me.email) : 'unknown';
    return {
      emailDelivery: stored.emailDelivery,
      language: stored.language,
      emailStatus,
      ...(stored.updatedAt ? { updatedAt: stored.updatedAt } : {}),
    };
  }

  return {
    inbox: async ({ actor, query }) => {
      const page = await deps.inbox.page(actor.sub, { limit: query.limit, ...(query.after !== undefined ? { after: query.after } : {}) });
      return ok({ items: page.items.map(inboxItemView), unread: page.unread, ...(page.next ? { next: page.next } : {}) });
    },
    markRead: async ({ actor, params }) => {
      const id = params.id ?? '';
      const found = await deps.inbox.markRead(actor.sub, id, deps.clock.now());
      const item = found ? await deps.inbox.byId(actor.sub, id) : undefined;
      if (!item) throw new NotFoundError({ sv: 'Meddelandet finns inte i din inkorg.', en: 'There is no such item in your inbox.' });
      return ok(inboxItemView(item));
    },
    preferences: async ({ actor }) => ok(await preferenceView(actor, await deps.preferences.preferenceOf(actor.sub))),
    setPreferences: async ({ actor, body }) => {
      const stored = await deps.preferences.save(actor.sub, body, deps.clock.now());
      return ok(await preferenceView(actor, stored));
    },
  };
}
