import type { ActingFor, Actor } from '../auth/actor.js';

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
  readonly actor: TimelineActor;
  /** Machine-readable type, e.g. "consent-given", "stage-changed". */
  readonly type: string;
  readonly text: LocalizedText;
  /** Is this change material (notify the parties) or digest-only. */
  readonly material: boolean;
  readonly data?: Record<string, unknown>;
}

/** Who acted, as a timeline keeps it: for an umbrella organisation acting for a member, both ("X för Y"). */
export type TimelineActor = Pick<Actor, 'sub' | 'name' | 'org' | 'role'> & { readonly actingFor?: ActingFor };

/** The actor as a timeline entry records them. */
export function timelineActor(actor: Actor): TimelineActor {
  return {
    sub: actor.sub,
    name: actor.name,
    org: actor.org,
    role: actor.role,
    ...(actor.actingFor
      ? { actingFor: { umbrella: actor.actingFor.umbrella, umbrellaName: actor.actingFor.umbrellaName, memberName: actor.actingFor.memberName } }
      : {}),
  };
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
