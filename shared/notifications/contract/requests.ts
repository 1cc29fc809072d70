import { enum as zEnum, strictObject, type infer as Infer } from 'zod/mini';
import { described, withMeta } from '../../platform/http/contract/schema-meta.js';
import { EmailDeliveries, Languages } from '../domain/preferences.js';

/** PUT /me/notification-preference: the body the route validates (apart from the views, which the API bundle does not carry). */
export const NotificationPreferenceInput = withMeta(
  strictObject({
    emailDelivery: described(
      zEnum(EmailDeliveries),
      'both: material changes at once and the rest in the daily digest; material-at-once: no digest; digest-only: one e-mail a day with everything',
    ),
    language: zEnum(Languages),
  }),
  { id: 'NotificationPreferenceInput' },
);

export type NotificationPreferenceInputType = Infer<typeof NotificationPreferenceInput>;
