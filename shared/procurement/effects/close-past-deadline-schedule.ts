/**
 * When notices past their tender deadline lose their stored matches: a daily
 * EventBridge rule in AWS, a daily timer on the virtual clock locally, both
 * sending ProcurementTasks this event. Just after midnight UTC, so a deadline
 * at the end of a Swedish working day is closed the same night.
 */
export const ClosePastDeadline = {
  hourUtc: 0,
  event: { task: 'close-notices-past-deadline' },
} as const;
