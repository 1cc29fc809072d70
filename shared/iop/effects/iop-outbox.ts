import { reviewSlots } from '../domain/agreement.js';
import { activeParties, type IopCase } from '../domain/case-model.js';
import type { IopConfig } from '../domain/config.js';
import type { IopEffect } from '../domain/iop-effect.js';
import type { NotifyEffect } from '../../platform/outbox/notify-effect.js';
import { notifyEffectOf } from '../../platform/outbox/notify-effect.js';
import type { TimelineEntry } from '../../platform/timeline/timeline-entry.js';
import { scheduleName } from '../../platform/schedule-name.js';

/**
 * The effects of an IOP change as stored on its event item: self-contained,
 * so the stream consumer runs them without reading the case (which may have
 * moved on by then). Deleting schedules names them; notifying names the
 * readers and the entries.
 */
export type IopOutboxEffect =
  | Exclude<IopEffect, { type: 'cancel-schedules' }>
  | { readonly type: 'cancel-schedules'; readonly scheduleNames: readonly string[] }
  | NotifyEffect;

/** Review schedules are named after the case and the review: creating or deleting twice is harmless. */
export const scheduleNameOf = (caseId: string, reviewNumber: number): string => scheduleName(`${caseId}-review-${reviewNumber}`);
/** The one schedule that ends the agreement when its term runs out. */
export const termEndScheduleNameOf = (caseId: string): string => scheduleName(`${caseId}-term-end`);

/**
 * The organisations asked in a consultation round are told when it starts and when its deadline moves: a change
 * that is only that (its material entries are those), so they hear nothing else of the case.
 */
const ToResponders = new Set(['consultation-started', 'consultation-extended']);
function respondersToTell(state: IopCase, timeline: readonly TimelineEntry[]): string[] {
  const material = timeline.filter((e) => e.material);
  if (material.length === 0 || !material.every((e) => ToResponders.has(e.type))) return [];
  return (state.consultation?.responders ?? []).map((r) => r.orgId).filter((o) => !state.parties.some((p) => p.orgId === o));
}

export function iopOutboxOf(state: IopCase, effects: readonly IopEffect[], timeline: readonly TimelineEntry[], config: IopConfig): IopOutboxEffect[] {
  const out: IopOutboxEffect[] = effects.map((effect) => {
    if (effect.type !== 'cancel-schedules') return effect;
    const agreement = state.agreementInForce ?? state.agreement;
    const scheduled = agreement !== undefined && (state.reviewsScheduledAt !== undefined || state.termEndScheduledAt !== undefined);
    const scheduleNames = scheduled
      ? [...reviewSlots(agreement, config).map((s) => scheduleNameOf(state.id, s.reviewNumber)), termEndScheduleNameOf(state.id)]
      : [];
    return { type: 'cancel-schedules', scheduleNames };
  });
  const notify = notifyEffectOf({
    source: 'iop-workflows.iop',
    detailPrefix: 'iop-case',
    caseId: state.id,
    reference: state.reference,
    stage: state.stage,
    to: [...activeParties(state).map((p) => p.orgId), ...respondersToTell(state, timeline)],
    timeline,
  });
  if (notify) out.push(notify);
  return out;
}
