// Not the http index: it also exports every context's routes, which would bring the other contexts' contracts along.
import { httpLambda } from '../../shared/platform/http/http-lambda.js';
import { implement } from '../../shared/platform/http/contract/implement.js';
import { clock } from '../../shared/platform/clock.js';
import { NotificationsContract } from '../../shared/notifications/contract/operations.js';
import { notificationsHandlers } from '../../shared/notifications/api/notification-handlers.js';
import { productRecipients } from '../../shared/notifications/store/user-store-recipients.js';
import { InboxStore } from '../../shared/notifications/store/inbox-store.js';
import { PreferenceStore } from '../../shared/notifications/store/preference-store.js';

/** The caller's inbox and notification choice, served with the real stores and user pool. */
export const notificationsRoutes = implement(
  NotificationsContract,
  notificationsHandlers({ inbox: new InboxStore(), preferences: new PreferenceStore(), recipients: productRecipients(), clock }),
);

export const handler = httpLambda(notificationsRoutes);
