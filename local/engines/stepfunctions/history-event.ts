/**
 * Execution history in the shape GetExecutionHistory returns on AWS: numbered
 * events whose type names the state type ("TaskStateEntered", "WaitStateExited")
 * and whose details sit under "<camelType>EventDetails".
 */
export interface HistoryEvent {
  readonly id: number;
  readonly previousEventId: number;
  readonly timestamp: Date;
  readonly type: string;
  readonly [details: string]: unknown;
}

export type HistoryEventInput = { readonly type: string } & Record<string, unknown>;

/** "TaskScheduled" → "taskScheduledEventDetails", as AWS names the detail member. */
export const detailsKey = (type: string): string => `${type.charAt(0).toLowerCase()}${type.slice(1)}EventDetails`;

export const eventWithDetails = (type: string, details?: Record<string, unknown>): HistoryEventInput =>
  details === undefined ? { type } : { type, [detailsKey(type)]: details };

const json = (value: unknown): string => JSON.stringify(value ?? null);

interface LibraryEvent {
  readonly type: string;
  readonly input?: unknown;
  readonly output?: unknown;
  readonly Error?: string;
  readonly Cause?: unknown;
  readonly state?: { name: string; type: string; input: unknown; output?: unknown };
  readonly parentState?: { name: string; type: string };
  readonly index?: number;
}

const causeText = (cause: unknown): string | undefined => {
  if (cause === undefined || cause === null) return undefined;
  if (cause instanceof Error) return cause.message;
  return typeof cause === 'string' ? cause : JSON.stringify(cause);
};

/**
 * Maps one event of aws-local-stepfunctions' log to AWS's history shape, or
 * undefined for events AWS does not record (retries and catches show up as the
 * task events the engine writes itself). originalType undoes the local rewrite
 * of Wait states into tasks.
 */
export function fromLibraryEvent(
  event: LibraryEvent,
  originalType: (stateName: string, type: string) => string,
  roleArn: string,
): HistoryEventInput | undefined {
  switch (event.type) {
    case 'ExecutionStarted':
      return eventWithDetails('ExecutionStarted', {
        input: json(event.input),
        inputDetails: { truncated: false },
        roleArn,
      });
    case 'ExecutionSucceeded':
      return eventWithDetails('ExecutionSucceeded', { output: json(event.output), outputDetails: { truncated: false } });
    case 'ExecutionFailed':
      return eventWithDetails('ExecutionFailed', { error: event.Error, cause: causeText(event.Cause) });
    case 'ExecutionAborted':
      return eventWithDetails('ExecutionAborted', {});
    case 'ExecutionTimeout':
      return eventWithDetails('ExecutionTimedOut', {});
    case 'StateEntered':
    case 'StateExited': {
      if (!event.state) return undefined;
      const type = originalType(event.state.name, event.state.type);
      const suffix = event.type === 'StateEntered' ? 'StateEntered' : 'StateExited';
      return eventWithDetails(
        `${type}${suffix}`,
        event.type === 'StateEntered'
          ? { name: event.state.name, input: json(event.state.input), inputDetails: { truncated: false } }
          : { name: event.state.name, output: json(event.state.output), outputDetails: { truncated: false } },
      );
    }
    case 'MapIterationStarted':
    case 'MapIterationSucceeded':
    case 'MapIterationFailed':
      return eventWithDetails(event.type, { name: event.parentState?.name, index: event.index });
    case 'ParallelBranchStarted':
      return eventWithDetails('ParallelStateStarted', {});
    case 'ParallelBranchSucceeded':
      return eventWithDetails('ParallelStateSucceeded', {});
    case 'ParallelBranchFailed':
      return eventWithDetails('ParallelStateFailed', {});
    default:
      return undefined;
  }
}
