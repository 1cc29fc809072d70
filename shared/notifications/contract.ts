/**
 * The notifications context as its clients see it: the HTTP contract, the
 * views of the inbox and of a person's choice, and the choices there are.
 * The web app imports this module and nothing else of the context.
 */
export { NotificationsContract, InboxQuery } from './contract/operations.js';
export {
  InboxItemView,
  InboxPageView,
  NotificationPreferenceView,
  type InboxItemViewType,
  type InboxPageViewType,
  type NotificationPreferenceViewType,
} from './contract/views.js';
export { NotificationPreferenceInput, type NotificationPreferenceInputType } from './contract/requests.js';
export { EmailDeliveries, type EmailDelivery } from './domain/preferences.js';
