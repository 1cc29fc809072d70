import { _default, coerce, int, maximum, maxLength, minimum, object, optional, string } from 'zod/mini';
import { type Contract, operation } from '../../platform/http/contract/operation.js';
import { InboxItemView, InboxPageView, NotificationPreferenceInput, NotificationPreferenceView } from './views.js';

/** GET /me/notifications?after=&limit= */
export const InboxQuery = object({
  after: optional(string().check(maxLength(400))),
  limit: _default(coerce.number().check(int(), minimum(1), maximum(100)), 20),
});

const tags = ['notifications'] as const;
const fn = 'NotificationsApi' as const;

/**
 * The notifications context's HTTP API: the caller's own inbox and choice,
 * for every signed-in role. Nobody reads another person's inbox: every route
 * works on the caller's `sub` alone.
 */
export const NotificationsContract = {
  inbox: operation({
    method: 'GET',
    path: '/me/notifications',
    function: fn,
    auth: 'jwt',
    summary: "The caller's inbox, newest first, with the number of unread items",
    description: "`limit` per page (default 20, at most 100); pass the answer's `next` as `after` for the next page.",
    tags,
    query: InboxQuery,
    response: { status: 200, description: 'A page of the inbox', view: InboxPageView },
  }),
  markRead: operation({
    method: 'POST',
    path: '/me/notifications/{id}/read',
    function: fn,
    auth: 'jwt',
    summary: 'Marks one item of the inbox read (again: no change)',
    tags,
    response: { status: 200, description: 'The item, read', view: InboxItemView },
  }),
  preferences: operation({
    method: 'GET',
    path: '/me/notification-preferences',
    function: fn,
    auth: 'jwt',
    summary: 'How the caller is told: e-mail at once, in the daily digest or both, and in which language',
    tags,
    response: { status: 200, description: "The caller's choice (the default until they make one)", view: NotificationPreferenceView },
  }),
  setPreferences: operation({
    method: 'PUT',
    path: '/me/notification-preferences',
    function: fn,
    auth: 'jwt',
    summary: 'Changes how the caller is told',
    tags,
    body: NotificationPreferenceInput,
    response: { status: 200, description: 'The choice as stored', view: NotificationPreferenceView },
  }),
} as const satisfies Contract;
