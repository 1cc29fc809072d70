import {
  type ChoiceRule,
  type ChoiceState,
  type Condition,
  type FailState,
  type JsonObject,
  type PassState,
  type SucceedState,
  type WaitState,
  compact,
} from './asl.js';

/** Choice conditions (JSONPath). Each keeps ASL's property order: Variable, then the test. */
export const stringEquals = (variable: string, value: string): Condition => ({ Variable: variable, StringEquals: value });
export const booleanEquals = (variable: string, value: boolean): Condition => ({ Variable: variable, BooleanEquals: value });
export const isPresent = (variable: string, present = true): Condition => ({ Variable: variable, IsPresent: present });
export const and = (...conditions: Condition[]): Condition => ({ And: conditions });
export const not = (condition: Condition): Condition => ({ Not: condition });

/** One branch of a Choice: when `condition` holds, go to `next`. */
export const when = (condition: Condition, next: string): ChoiceRule => ({ ...condition, Next: next });

export function choice(options: { comment?: string; choices: ChoiceRule[]; otherwise?: string }): ChoiceState {
  return compact<ChoiceState>({ Type: 'Choice', Comment: options.comment, Choices: options.choices, Default: options.otherwise });
}

/** The common Choice: branch on one string value, `cases` maps each value to its next state (in order). */
export function switchOn(options: { comment?: string; variable: string; cases: Record<string, string>; otherwise: string }): ChoiceState {
  const choices = Object.entries(options.cases).map(([value, next]) => when(stringEquals(options.variable, value), next));
  return choice({ comment: options.comment, choices, otherwise: options.otherwise });
}

export function pass(options: { comment?: string; parameters?: JsonObject; next: string }): PassState {
  return compact<PassState>({ Type: 'Pass', Comment: options.comment, Parameters: options.parameters, Next: options.next });
}

/** Wait a fixed time, or until the timestamp found at `timestampPath`. */
export function wait(options: { comment?: string; next: string } & ({ seconds: number } | { timestampPath: string })): WaitState {
  return compact<WaitState>({
    Type: 'Wait',
    Comment: options.comment,
    Seconds: 'seconds' in options ? options.seconds : undefined,
    TimestampPath: 'timestampPath' in options ? options.timestampPath : undefined,
    Next: options.next,
  });
}

export const succeed = (comment?: string): SucceedState => compact<SucceedState>({ Type: 'Succeed', Comment: comment });

export const fail = (error: string, cause: string): FailState => ({ Type: 'Fail', Error: error, Cause: cause });
