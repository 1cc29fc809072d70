import { array, object, optional, string, type infer as Infer, safeParse } from 'zod/mini';
import type { CaseKind } from '../domain/case-notification.js';

/**
 * A material change as the Effects function puts it on the bus
 * (shared/platform/outbox/publish-notifications.ts): source and detail-type
 * say which kind of case and what happened, the detail names the case, its
 * readers' organisations and the entry.
 */
const Text = object({ sv: string(), en: string() });
export const NotificationDetail = object({
  eventId: string(),
  caseId: string(),
  reference: string(),
  stage: string(),
  to: array(string()),
  text: Text,
  at: string(),
  actor: optional(object({ sub: optional(string()), name: string(), org: string() })),
});
export type NotificationDetailInput = Infer<typeof NotificationDetail>;

/** Which detail-type prefix belongs to which kind of case. */
const Prefixes: readonly (readonly [string, CaseKind])[] = [
  ['iop-case.', 'iop'],
  ['match-case.', 'match-case'],
  ['tender-school.', 'tender-school'],
];

/** The sources and detail-type prefixes the notifier listens to: the CDK rule and the local rule read these lists. */
export const NotificationSources = ['iop-workflows.iop', 'iop-workflows.procurement'] as const;
export const NotificationDetailTypePrefixes = Prefixes.map(([p]) => p);

export interface ParsedNotificationEvent {
  readonly kind: CaseKind;
  readonly type: string;
  readonly detail: NotificationDetailInput;
}

/** The event's kind, entry type and detail; undefined for an event that is not a case notification. */
export function parseNotificationEvent(event: {
  readonly source?: string;
  readonly 'detail-type'?: string;
  readonly detail?: unknown;
}): ParsedNotificationEvent | undefined {
  if (!(NotificationSources as readonly string[]).includes(event.source ?? '')) return undefined;
  const detailType = event['detail-type'] ?? '';
  const prefix = Prefixes.find(([p]) => detailType.startsWith(p));
  if (!prefix) return undefined;
  const parsed = safeParse(NotificationDetail, event.detail);
  if (!parsed.success) return undefined;
  return { kind: prefix[1], type: detailType.slice(prefix[0].length), detail: parsed.data };
}
