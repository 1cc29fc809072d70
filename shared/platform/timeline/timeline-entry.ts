import type { Actor } from '../auth/actor.js';

/** A text every user-facing answer carries in both languages (klarspråk). */
export interface LocalizedText {
  readonly sv: string;
  readonly en: string;
}

/**
 * One line of a case's timeline: who did what, when, in plain language.
 * Timelines are append-only: entries are stored inside the event item of the
 * change that produced them and are never rewritten.
 */
export interface TimelineEntry {
  readonly at: string;
  readonly actor: Pick<Actor, 'sub' | 'name' | 'org' | 'role'>;
  /** Machine-readable type, e.g. "consent-given", "stage-changed". */
  readonly type: string;
  readonly text: LocalizedText;
  /** Is this change material (notify the parties) or digest-only. */
  readonly material: boolean;
  readonly data?: Record<string, unknown>;
}

/** The status a reader sees, kept apart from the internal stage on purpose. */
export interface PublicStatus {
  /** Plain-language name of where the case is. */
  readonly headline: LocalizedText;
  readonly next: LocalizedText;
  /** Who acts next: role and/or organisation ids, with a readable label. */
  readonly whoActs: { readonly orgs: readonly string[]; readonly roles: readonly string[]; readonly label: LocalizedText };
  /** ISO date-time of the next due date, if any. */
  readonly dueAt: string | null;
}
