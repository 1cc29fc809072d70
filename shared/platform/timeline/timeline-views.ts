import { array, boolean, nullable, optional, record, strictObject, string, unknown, type infer as Infer } from 'zod/mini';
import { described, withMeta } from '../http/contract/schema-meta.js';
import { InstantField } from '../http/contract/view-fields.js';

/**
 * The views both contexts answer with for what they share: texts in both
 * languages, the plain-language status of a case and a timeline entry.
 */
const Instant = InstantField;

export const LocalizedTextView = withMeta(strictObject({ sv: string(), en: string() }), { id: 'LocalizedText' });

/** Where a case is, in plain language, kept apart from its internal stage on purpose. */
export const StatusView = withMeta(
  strictObject({
    headline: LocalizedTextView,
    next: LocalizedTextView,
    whoActs: strictObject({ orgs: array(string()), roles: array(string()), label: LocalizedTextView }),
    dueAt: nullable(Instant),
  }),
  { id: 'Status' },
);

/** Who did what, when, in plain language. */
export const TimelineEntryView = withMeta(
  strictObject({
    at: Instant,
    actor: strictObject({
      sub: string(),
      name: string(),
      org: string(),
      role: string(),
      /** An umbrella organisation acting for a member: "umbrellaName för memberName". */
      actingFor: optional(strictObject({ umbrella: string(), umbrellaName: string(), memberName: string() })),
    }),
    type: described(string(), 'Machine-readable, e.g. "consent-given"'),
    text: LocalizedTextView,
    material: described(boolean(), 'Material changes are notified at once; the rest go in the digest'),
    data: optional(record(string(), unknown())),
  }),
  { id: 'TimelineEntry' },
);
export type TimelineEntryView = Infer<typeof TimelineEntryView>;
