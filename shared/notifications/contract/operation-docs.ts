import type { OperationDocs } from '../../platform/http/contract/operation-docs.js';
import type { NotificationsContract } from './operations.js';
import { InboxItemView, InboxPageView, NotificationPreferenceView } from './views.js';

const tags = ['notifications'] as const;

/** What the OpenAPI document says of each notifications route, and the view it answers with (not bundled with the notifications API). */
export const NotificationsOperationDocs: OperationDocs<typeof NotificationsContract> = {
  inbox: {
    summary: "The caller's inbox, newest first, with the number of unread items",
    description: "`limit` per page (default 20, at most 100); pass the answer's `next` as `after` for the next page.",
    tags,
    response: { description: 'A page of the inbox', view: InboxPageView },
  },
  markRead: {
    summary: 'Marks one item of the inbox read (again: no change)',
    tags,
    response: { description: 'The item, read', view: InboxItemView },
  },
  preferences: {
    summary: 'How the caller is told: e-mail at once, in the daily digest or both, and in which language',
    tags,
    response: { description: "The caller's choice (the default until they make one)", view: NotificationPreferenceView },
  },
  setPreferences: {
    summary: 'Changes how the caller is told',
    tags,
    response: { description: 'The choice as stored', view: NotificationPreferenceView },
  },
};
