/** The `task` values the IOP state machines send to the workflow-tasks handler. */
export const WorkflowTasks = [
  'await',
  'remind',
  'escalate',
  'start-stage',
  'schedule-reviews',
  'open-review',
  'start-renewal',
  'end-agreement',
  'close-consultation',
  'mark-needs-attention',
] as const;
export type WorkflowTaskName = (typeof WorkflowTasks)[number];
