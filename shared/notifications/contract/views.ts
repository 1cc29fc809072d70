import type { ZodType } from 'zod';
import {
  array,
  boolean,
  describe,
  enum as zEnum,
  int,
  iso,
  meta,
  minimum,
  nullable,
  number,
  optional,
  strictObject,
  string,
  type infer as Infer,
} from 'zod/mini';
import { EmailDeliveries, Languages } from '../domain/preferences.js';
import { CaseKinds } from '../domain/case-notification.js';

/**
 * What the notifications API answers: a person's inbox and their choice of
 * how to be told. Views for the reader only: no other person's data, no
 * storage keys (an item's id is opaque).
 */
const Instant = iso.datetime({ offset: true }).check(describe('ISO 8601 date-time'));
const Text = strictObject({ sv: string(), en: string() });

export const InboxItemView = strictObject({
  id: string().check(describe('Opaque; use it to mark the item read')),
  kind: zEnum(CaseKinds),
  caseId: string(),
  reference: string(),
  title: string().check(describe("The case's title")),
  type: string().check(describe('Machine-readable, e.g. "case-initiated"')),
  at: Instant,
  happened: Text,
  next: Text,
  youAct: boolean().check(describe("Whether the next step is the reader's own organisation's")),
  dueAt: nullable(Instant),
  read: boolean(),
  readAt: optional(Instant),
}).check(meta({ id: 'InboxItem' }));

export const InboxPageView = strictObject({
  items: array(InboxItemView),
  unread: number().check(int(), minimum(0), describe('Unread items in the whole inbox')),
  next: optional(string().check(describe('Pass as `after` for the next page'))),
}).check(meta({ id: 'InboxPage' }));

export const NotificationPreferenceInput = strictObject({
  emailDelivery: zEnum(EmailDeliveries).check(
    describe('both: material changes at once and the rest in the daily digest; material-at-once: no digest; digest-only: one e-mail a day with everything'),
  ),
  language: zEnum(Languages),
}).check(meta({ id: 'NotificationPreferenceInput' }));

export const NotificationPreferenceView = strictObject({
  emailDelivery: zEnum(EmailDeliveries),
  language: zEnum(Languages),
  emailStatus: zEnum(['ok', 'suppressed', 'unknown']).check(
    describe('suppressed: mail to the address bounced or was reported as spam, so none is sent; unknown: the user store has no address'),
  ),
  updatedAt: optional(Instant),
}).check(meta({ id: 'NotificationPreference' }));

export type InboxItemViewType = Infer<typeof InboxItemView>;
export type InboxPageViewType = Infer<typeof InboxPageView>;
export type NotificationPreferenceViewType = Infer<typeof NotificationPreferenceView>;
export type NotificationPreferenceInputType = Infer<typeof NotificationPreferenceInput>;

/**
 * The contract's schema type until operation.ts takes zod's core type (the
 * zod/mini conversion): the same schema object, seen through the classic type.
 */
export const asContractSchema = <T>(schema: { readonly _zod: { readonly output: T } }): ZodType<T> => schema as unknown as ZodType<T>;
