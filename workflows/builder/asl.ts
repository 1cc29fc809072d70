/**
 * The slice of Amazon States Language (JSONPath) that our workflows use, and no more:
 * Lambda Task states (plain and .waitForTaskToken), Choice, Wait, Pass, Succeed and Fail.
 * Property order in these types is the order the builder writes, because the
 * generated files must stay byte-identical to the reviewed ones.
 */

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface Retrier {
  ErrorEquals: string[];
  IntervalSeconds?: number;
  MaxAttempts?: number;
  BackoffRate?: number;
  MaxDelaySeconds?: number;
  JitterStrategy?: 'FULL' | 'NONE';
}

export interface Catcher {
  ErrorEquals: string[];
  ResultPath?: string | null;
  Next: string;
}

/** Every Task here invokes a Lambda function with a JSON payload. */
export interface LambdaParameters {
  /** A definition substitution such as "${IopTasksFunctionArn}", replaced by CDK and by the local engine. */
  FunctionName: string;
  Payload: JsonObject;
}

export interface TaskState {
  Type: 'Task';
  Comment?: string;
  Resource: string;
  Parameters: LambdaParameters;
  TimeoutSeconds?: number;
  HeartbeatSeconds?: number;
  ResultSelector?: JsonObject;
  ResultPath?: string | null;
  Retry?: Retrier[];
  Catch?: Catcher[];
  Next: string;
}

export type Comparison = { Variable: string; StringEquals: string } | { Variable: string; BooleanEquals: boolean } | { Variable: string; IsPresent: boolean };
export type Condition = Comparison | { And: Condition[] } | { Not: Condition };
export type ChoiceRule = Condition & { Next: string };

export interface ChoiceState {
  Type: 'Choice';
  Comment?: string;
  Choices: ChoiceRule[];
  Default?: string;
}

export interface WaitState {
  Type: 'Wait';
  Comment?: string;
  Seconds?: number;
  TimestampPath?: string;
  Next: string;
}

export interface PassState {
  Type: 'Pass';
  Comment?: string;
  Parameters?: JsonObject;
  Next: string;
}

export interface SucceedState {
  Type: 'Succeed';
  Comment?: string;
}

export interface FailState {
  Type: 'Fail';
  Error: string;
  Cause: string;
}

export type State = TaskState | ChoiceState | WaitState | PassState | SucceedState | FailState;

/** Named states in definition order; the order is kept in the output. */
export type States = Record<string, State>;

export interface StateMachine {
  Comment: string;
  QueryLanguage?: 'JSONPath';
  StartAt: string;
  States: States;
}

/**
 * Drops the fields left undefined so optional properties simply do not appear
 * (null is kept: `ResultPath: null` means "discard the result").
 */
export const compact = <T extends object>(fields: T): T => Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as T;
