import { array, boolean, enum as zEnum, int, iso, minimum, nullable, number, optional, strictObject, string, type infer as Infer } from 'zod/mini';
import { described, withMeta } from '../../platform/http/contract/schema-meta.js';
import { EmailDeliveries, Languages } from '../domain/preferences.js';
import { CaseKinds } from '../domain/case-notification.js';

/**
 * What the notifications API answers: a person's inbox and their choice of
 * how to be told. Views for the reader only: no other person's data, no
 * storage keys (an item's id is opaque).
 */
const Instant = described(iso.datetime({ offset: true }), 'ISO 8601 date-time');
const Text = strictObject({ sv: string(), en: string() });

export const InboxItemView = withMeta(
  strictObject({
    id: described(string(), 'Opaque; use it to mark the item read'),
    kind: zEnum(CaseKinds),
    caseId: string(),
    reference: string(),
    title: described(string(), "The case's title"),
    type: described(string(), 'Machine-readable, e.g. "case-initiated"'),
    at: Instant,
    happened: Text,
    next: Text,
    youAct: described(boolean(), "Whether the next step is the reader's own organisation's"),
    dueAt: nullable(Instant),
    read: boolean(),
    readAt: optional(Instant),
  }),
  { id: 'InboxItem' },
);

export const InboxPageView = withMeta(
  strictObject({
    items: array(InboxItemView),
    unread: described(number().check(int(), minimum(0)), 'Unread items in the whole inbox'),
    next: optional(described(string(), 'Pass as `after` for the next page')),
  }),
  { id: 'InboxPage' },
);

export const NotificationPreferenceView = withMeta(
  strictObject({
    emailDelivery: zEnum(EmailDeliveries),
    language: zEnum(Languages),
    emailStatus: described(
      zEnum(['ok', 'suppressed', 'unknown']),
      'suppressed: mail to the address bounced or was reported as spam, so none is sent; unknown: the user store has no address',
    ),
    updatedAt: optional(Instant),
  }),
  { id: 'NotificationPreference' },
);

export type InboxItemViewType = Infer<typeof InboxItemView>;
export type InboxPageViewType = Infer<typeof InboxPageView>;
export type NotificationPreferenceViewType = Infer<typeof NotificationPreferenceView>;
