import type { VirtualClock } from '../clock/virtual-clock.js';

/** The shapes the local Step Functions engine takes and answers with, as the AWS API names them. */
export type InvokeFunction = (functionId: string, payload: unknown) => Promise<unknown>;

export interface LocalStepFunctionsOptions {
  readonly clock: VirtualClock;
  readonly invokeFunction: InvokeFunction;
  readonly region?: string;
}

export const ExecutionStatuses = {
  running: 'RUNNING',
  succeeded: 'SUCCEEDED',
  failed: 'FAILED',
  timedOut: 'TIMED_OUT',
  aborted: 'ABORTED',
} as const;
export type ExecutionStatus = (typeof ExecutionStatuses)[keyof typeof ExecutionStatuses];

export interface CreateStateMachineInput {
  readonly name: string;
  /** An ASL object or its JSON text; "${...}" placeholders are substituted. */
  readonly definition: string | Record<string, unknown>;
  readonly roleArn?: string;
  readonly substitutions?: Readonly<Record<string, string>>;
}

export interface StateMachineDescription {
  readonly stateMachineArn: string;
  readonly name: string;
  readonly status: 'ACTIVE';
  readonly type: 'STANDARD';
  readonly definition: string;
  readonly roleArn: string;
  readonly creationDate: Date;
}

export interface ExecutionDescription {
  readonly executionArn: string;
  readonly stateMachineArn: string;
  readonly name: string;
  readonly status: ExecutionStatus;
  readonly startDate: Date;
  readonly stopDate?: Date;
  readonly input: string;
  readonly output?: string;
  readonly error?: string;
  readonly cause?: string;
  /** Local extra: state transitions so far (retries count), for the cost model. */
  readonly stateTransitionCount: number;
}

export type ExecutionSummary = Pick<ExecutionDescription, 'executionArn' | 'stateMachineArn' | 'name' | 'status' | 'startDate' | 'stopDate'>;
