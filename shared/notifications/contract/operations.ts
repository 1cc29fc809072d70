import { _default, coerce, int, maximum, maxLength, minimum, object, optional, string } from 'zod/mini';
import { type Contract, operation, viewType } from '../../platform/http/contract/operation.js';
import { NotificationPreferenceInput } from './requests.js';
import type { InboxItemView, InboxPageView, NotificationPreferenceView } from './views.js';

/** GET /me/notifications?after=&limit= */
export const InboxQuery = object({
  after: optional(string().check(maxLength(400))),
  limit: _default(coerce.number().check(int(), minimum(1), maximum(100)), 20),
});

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
    query: InboxQuery,
    response: { status: 200, view: viewType<typeof InboxPageView>() },
  }),
  markRead: operation({
    method: 'POST',
    path: '/me/notifications/{id}/read',
    function: fn,
    auth: 'jwt',
    response: { status: 200, view: viewType<typeof InboxItemView>() },
  }),
  preferences: operation({
    method: 'GET',
    path: '/me/notification-preferences',
    function: fn,
    auth: 'jwt',
    response: { status: 200, view: viewType<typeof NotificationPreferenceView>() },
  }),
  setPreferences: operation({
    method: 'PUT',
    path: '/me/notification-preferences',
    function: fn,
    auth: 'jwt',
    body: NotificationPreferenceInput,
    response: { status: 200, view: viewType<typeof NotificationPreferenceView>() },
  }),
} as const satisfies Contract;
