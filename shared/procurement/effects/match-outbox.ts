import type { NotifyEffect } from '../../platform/outbox/notify-effect.js';
import { notifyEffectOf } from '../../platform/outbox/notify-effect.js';
import type { TimelineEntry } from '../../platform/timeline/timeline-entry.js';
import { followUpScheduleName, followUpSlots } from '../domain/match-case/follow-up-schedule.js';
import type { MatchCase, MatchEffect } from '../domain/match-case/match-case-model.js';

/**
 * The effects of a match-case change as stored on its event item: they name
 * everything they need (schedules, readers), so the stream consumer never
 * reads the case, which may have moved on.
 */
export type MatchOutboxEffect =
  | Exclude<MatchEffect, { type: 'schedule-reviews' | 'cancel-schedules' }>
  | { readonly type: 'schedule-reviews'; readonly reference: string; readonly at: readonly string[] }
  | { readonly type: 'cancel-schedules'; readonly scheduleNames: readonly string[] }
  | NotifyEffect;

export function matchOutboxOf(state: MatchCase, effects: readonly MatchEffect[], timeline: readonly TimelineEntry[]): MatchOutboxEffect[] {
  const out: MatchOutboxEffect[] = effects.map((effect) => {
    if (effect.type === 'schedule-reviews') return { ...effect, reference: state.reference };
    if (effect.type !== 'cancel-schedules') return effect;
    const scheduleNames = state.contract ? followUpSlots(state.contract).map((slot) => followUpScheduleName(state.id, slot.number)) : [];
    return { type: 'cancel-schedules', scheduleNames };
  });
  const notify = notifyEffectOf({
    source: 'iop-workflows.procurement',
    detailPrefix: 'match-case',
    caseId: state.id,
    reference: state.reference,
    stage: state.stage,
    to: [state.bidderOrgId, state.buyerOrgId, ...state.consortiumOrgIds],
    timeline,
  });
  if (notify) out.push(notify);
  return out;
}
