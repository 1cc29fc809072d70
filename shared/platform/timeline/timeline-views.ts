import * as z from 'zod';
import { InstantField } from '../http/contract/view-fields.js';

/**
 * The views both contexts answer with for what they share: texts in both
 * languages, the plain-language status of a case and a timeline entry.
 */
const Instant = InstantField;

export const LocalizedTextView = z.strictObject({ sv: z.string(), en: z.string() }).meta({ id: 'LocalizedText' });

/** Where a case is, in plain language, kept apart from its internal stage on purpose. */
export const StatusView = z
  .strictObject({
    headline: LocalizedTextView,
    next: LocalizedTextView,
    whoActs: z.strictObject({ orgs: z.array(z.string()), roles: z.array(z.string()), label: LocalizedTextView }),
    dueAt: Instant.nullable(),
  })
  .meta({ id: 'Status' });

/** Who did what, when, in plain language. */
export const TimelineEntryView = z
  .strictObject({
    at: Instant,
    actor: z.strictObject({ sub: z.string(), name: z.string(), org: z.string(), role: z.string() }),
    type: z.string().describe('Machine-readable, e.g. "consent-given"'),
    text: LocalizedTextView,
    material: z.boolean().describe('Material changes are notified at once; the rest go in the digest'),
    data: z.record(z.string(), z.unknown()).optional(),
  })
  .meta({ id: 'TimelineEntry' });
export type TimelineEntryView = z.infer<typeof TimelineEntryView>;
