import { type Catcher, type JsonObject, type Retrier, type TaskState, compact } from './asl.js';
import { StandardRetry, catchAll, catchTimeout, copyRetry } from './errors.js';

/** Invoke and use the function's answer. */
export const LambdaInvoke = 'arn:aws:states:::lambda:invoke';
/** Invoke, then pause until someone calls SendTaskSuccess/Failure with the token (the API does, when people act). */
export const LambdaInvokeWaitForTaskToken = 'arn:aws:states:::lambda:invoke.waitForTaskToken';

/** Context object paths the payloads pass on. */
export const TaskTokenPath = '$$.Task.Token';
export const ExecutionNamePath = '$$.Execution.Name';

export interface LambdaTaskOptions {
  comment?: string;
  /** A definition substitution, e.g. "${IopTasksFunctionArn}". */
  functionName: string;
  payload: JsonObject;
  resultSelector?: JsonObject;
  /** Where the result goes; defaults to null so a step never overwrites the execution's input by accident. */
  resultPath?: string | null;
  /** Defaults to [StandardRetry]; pass a list to replace it, not to add to it. */
  retry?: readonly Retrier[];
  /** Catchers tried before `onError`. */
  catch?: readonly Catcher[];
  /** Where every error left after the retries goes (a catch on States.ALL, error kept at $.error). */
  onError?: string;
  next: string;
}

/** How long a callback may wait for its answer, and for a sign of life in between. */
export interface Timeouts {
  timeoutSeconds: number;
  /** The API heartbeats while people are active, so a silent case times out long before the deadline. */
  heartbeatSeconds: number;
}

export interface CallbackTaskOptions extends Omit<LambdaTaskOptions, 'resultSelector' | 'resultPath' | 'catch' | 'onError'>, Timeouts {
  /** Where the callback's answer goes; defaults to $.answer, which the gates read. */
  resultPath?: string;
  /** Where a timeout goes: a state name (error kept at $.timeout) or a full catcher. */
  onTimeout: string | Catcher;
  /** A callback always has a failure path: nobody may wait forever on a broken step. */
  onError: string;
}

/** A Lambda step with the standard Retry, written once here instead of in every state. */
export function lambdaTask(options: LambdaTaskOptions): TaskState {
  return task(LambdaInvoke, options, {});
}

/** A step that waits for people: a callback task with a deadline, a heartbeat, the timeout catch and the failure catch. */
export function callbackTask(options: CallbackTaskOptions): TaskState {
  if (!(options.heartbeatSeconds > 0 && options.heartbeatSeconds < options.timeoutSeconds)) {
    // Step Functions rejects such a definition at deploy time; fail when building instead.
    throw new Error(`HeartbeatSeconds (${options.heartbeatSeconds}) must be positive and below TimeoutSeconds (${options.timeoutSeconds})`);
  }
  const onTimeout = typeof options.onTimeout === 'string' ? catchTimeout(options.onTimeout) : options.onTimeout;
  return task(
    LambdaInvokeWaitForTaskToken,
    { ...options, resultPath: options.resultPath ?? '$.answer', catch: [onTimeout], onError: options.onError },
    { TimeoutSeconds: options.timeoutSeconds, HeartbeatSeconds: options.heartbeatSeconds },
  );
}

function task(resource: string, o: LambdaTaskOptions, timeouts: Pick<TaskState, 'TimeoutSeconds' | 'HeartbeatSeconds'>): TaskState {
  const catchers = [...(o.catch ?? []), ...(o.onError === undefined ? [] : [catchAll(o.onError)])];
  return compact<TaskState>({
    Type: 'Task',
    Comment: o.comment,
    Resource: resource,
    Parameters: { FunctionName: o.functionName, Payload: o.payload },
    TimeoutSeconds: timeouts.TimeoutSeconds,
    HeartbeatSeconds: timeouts.HeartbeatSeconds,
    ResultSelector: o.resultSelector,
    ResultPath: o.resultPath === undefined ? null : o.resultPath,
    Retry: copyRetry(o.retry ?? [StandardRetry]),
    Catch: catchers.length > 0 ? catchers.map((c) => ({ ...c, ErrorEquals: [...c.ErrorEquals] })) : undefined,
    Next: o.next,
  });
}
