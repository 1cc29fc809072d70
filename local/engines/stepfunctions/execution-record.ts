import type { TimerHandle } from '../clock/virtual-clock.js';
import type { HistoryEvent, HistoryEventInput } from './history-event.js';
import type { LocalDefinition } from './local-definition.js';
import type { ExecutionDescription, ExecutionStatus } from './step-functions-api.js';

/** What the engine keeps in memory of a state machine and of each execution. */
export interface StateMachineRecord {
  readonly arn: string;
  readonly name: string;
  readonly definitionText: string;
  readonly local: LocalDefinition;
  readonly roleArn: string;
  readonly creationDate: Date;
}

/** Something an execution is blocked on (a callback or a timer); abort() releases it with an error. */
export interface Blocker {
  abort(error: Error): void;
}

export interface ExecutionRecord {
  readonly arn: string;
  readonly name: string;
  readonly machine: StateMachineRecord;
  readonly input: string;
  readonly startDate: Date;
  status: ExecutionStatus;
  stopDate?: Date;
  output?: string;
  error?: string;
  cause?: string;
  readonly history: HistoryEvent[];
  transitions: number;
  /** Function invocations in flight. */
  activeCalls: number;
  /** Callbacks and timers the execution is blocked on. */
  readonly blockers: Set<Blocker>;
  abort?: () => void;
  executionTimer?: TimerHandle;
  done: Promise<void>;
}

/** A task's error as the interpreter matches it in Retry/Catch: by name; message becomes "Cause". */
export class TaskFailure extends Error {
  constructor(name: string, cause: string) {
    super(cause);
    this.name = name;
  }
}

/** Appends an event to the execution's history, numbered on from the last one. */
export function recordEvent(e: ExecutionRecord, event: HistoryEventInput, timestamp: Date): void {
  const id = e.history.length + 1;
  e.history.push({ ...event, id, previousEventId: id - 1, timestamp });
}

export function describeExecutionRecord(e: ExecutionRecord): ExecutionDescription {
  return {
    executionArn: e.arn,
    stateMachineArn: e.machine.arn,
    name: e.name,
    status: e.status,
    startDate: e.startDate,
    ...(e.stopDate ? { stopDate: e.stopDate } : {}),
    input: e.input,
    ...(e.output !== undefined ? { output: e.output } : {}),
    ...(e.error !== undefined ? { error: e.error } : {}),
    ...(e.cause !== undefined ? { cause: e.cause } : {}),
    stateTransitionCount: e.transitions,
  };
}
