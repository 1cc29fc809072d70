import type { LocalizedText, TimelineEntry } from '../timeline/timeline-entry.js';

/**
 * Material timeline entries to publish on the event bus (locally the outbox),
 * as an effect of the change that wrote them. The rest of the timeline is for
 * the daily digest.
 */
export interface NotifyEffect {
  readonly type: 'notify';
  readonly source: string;
  readonly detailPrefix: string;
  readonly caseId: string;
  readonly reference: string;
  readonly stage: string;
  /** Organisations to tell. */
  readonly to: readonly string[];
  readonly entries: readonly {
    readonly type: string;
    readonly at: string;
    readonly text: LocalizedText;
    /** Who did it; `sub` so the notifier does not tell a person of their own change (absent on effects stored before it). */
    readonly actor: { readonly sub?: string; readonly name: string; readonly org: string };
  }[];
}

export function notifyEffectOf(input: Omit<NotifyEffect, 'type' | 'entries'> & { readonly timeline: readonly TimelineEntry[] }): NotifyEffect | undefined {
  const { timeline, ...rest } = input;
  const entries = timeline
    .filter((e) => e.material)
    .map((e) => ({ type: e.type, at: e.at, text: e.text, actor: { sub: e.actor.sub, name: e.actor.name, org: e.actor.org } }));
  return entries.length === 0 ? undefined : { type: 'notify', ...rest, entries };
}
