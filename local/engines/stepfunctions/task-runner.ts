import type { VirtualClock } from '../clock/virtual-clock.js';
import { functionIdFromArn } from './arns.js';
import type { CallbackTasks } from './callback-tasks.js';
import { type Blocker, type ExecutionRecord, recordEvent, TaskFailure } from './execution-record.js';
import { eventWithDetails, type HistoryEventInput } from './history-event.js';
import { fillContextMarkers, LocalTaskKinds, takeHiddenKeys, type LocalTaskSpec } from './local-definition.js';
import { ExecutionStatuses, type InvokeFunction } from './step-functions-api.js';
import { mintTaskToken } from './task-token.js';

type HiddenInput = ReturnType<typeof takeHiddenKeys>['hidden'];

export interface TaskRunnerOptions {
  readonly clock: VirtualClock;
  readonly region: string;
  readonly invokeFunction: InvokeFunction;
  readonly callbacks: CallbackTasks;
  /** Starts another execution, for the states:startExecution integration. */
  readonly startExecution: (input: { stateMachineArn: string; name?: string; input?: string }) => { executionArn: string; startDate: Date };
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Runs the Task states the interpreter hands over (see local-definition.ts):
 * Lambda calls, callbacks with task tokens, child executions and Wait states
 * on the virtual clock, each with the history events AWS records for it.
 */
export class TaskRunner {
  private readonly clock: VirtualClock;
  private readonly region: string;
  private readonly invokeFunction: InvokeFunction;
  private readonly callbacks: CallbackTasks;
  private readonly startExecution: TaskRunnerOptions['startExecution'];

  constructor(options: TaskRunnerOptions) {
    this.clock = options.clock;
    this.region = options.region;
    this.invokeFunction = options.invokeFunction;
    this.callbacks = options.callbacks;
    this.startExecution = options.startExecution;
  }

  async runTask(e: ExecutionRecord, spec: LocalTaskSpec, rawInput: unknown): Promise<unknown> {
    this.ensureRunning(e);
    // The interpreter calls this in the same turn it logs StateEntered: let the log catch up
    // so the task events land after it in the history.
    await nextTurn();
    this.ensureRunning(e);
    const { input, hidden } = takeHiddenKeys(rawInput);
    const enteredTime = this.clock.now().toISOString();
    switch (spec.kind) {
      case LocalTaskKinds.wait:
        await this.waitUntil(e, spec, waitTarget(spec, hidden, this.clock.now()));
        return hidden.waitInput ?? null;
      case LocalTaskKinds.lambdaDirect:
        return this.invokeTask(e, spec, functionIdFromArn(spec.resource), fillContextMarkers(input, { enteredTime }), input);
      case LocalTaskKinds.lambdaInvoke: {
        const params = fillContextMarkers(input, { enteredTime }) as { FunctionName?: unknown; Payload?: unknown };
        const result = await this.invokeTask(e, spec, functionIdFromArn(String(params.FunctionName)), params.Payload ?? null, params);
        // The optimized integration's answer, so ResultSelector/OutputPath "$.Payload" work as in AWS.
        return { ExecutedVersion: '$LATEST', Payload: result ?? null, StatusCode: 200 };
      }
      case LocalTaskKinds.lambdaCallback:
        return this.callbackTask(e, spec, input, hidden, enteredTime);
      case LocalTaskKinds.startExecution:
        return this.startExecutionTask(e, spec, fillContextMarkers(input, { enteredTime }));
    }
  }

  private ensureRunning(e: ExecutionRecord): void {
    if (e.status !== ExecutionStatuses.running) throw new TaskFailure('States.Aborted', `Execution ${e.status}`);
  }

  private record(e: ExecutionRecord, event: HistoryEventInput): void {
    recordEvent(e, event, this.clock.now());
  }

  private taskEvent(type: string, spec: LocalTaskSpec, details: Record<string, unknown> = {}): HistoryEventInput {
    const [resourceType, resource] = resourceNames(spec.resource);
    return eventWithDetails(type, { resourceType, resource, ...details });
  }

  private async invokeTask(e: ExecutionRecord, spec: LocalTaskSpec, functionId: string, payload: unknown, parameters: unknown): Promise<unknown> {
    this.record(e, this.taskEvent('TaskScheduled', spec, { region: this.region, parameters: JSON.stringify(parameters) }));
    this.record(e, this.taskEvent('TaskStarted', spec));
    const result = await this.invoke(e, spec, functionId, payload);
    this.record(e, this.taskEvent('TaskSucceeded', spec, { output: JSON.stringify(result ?? null) }));
    return result ?? null;
  }

  /** Calls the function; a thrown error surfaces under its own name, as Lambda's errorType does. */
  private async invoke(e: ExecutionRecord, spec: LocalTaskSpec, functionId: string, payload: unknown): Promise<unknown> {
    e.activeCalls += 1;
    try {
      return await this.invokeFunction(functionId, payload);
    } catch (error) {
      const name = error instanceof Error && error.name ? error.name : 'Error';
      const message = error instanceof Error ? error.message : String(error);
      const cause = JSON.stringify({ errorType: name, errorMessage: message });
      this.record(e, this.taskEvent('TaskFailed', spec, { error: name, cause }));
      throw new TaskFailure(name, cause);
    } finally {
      e.activeCalls -= 1;
    }
  }

  private async startExecutionTask(e: ExecutionRecord, spec: LocalTaskSpec, input: unknown): Promise<unknown> {
    const params = (input ?? {}) as { StateMachineArn?: string; Input?: unknown; Name?: string };
    this.record(e, this.taskEvent('TaskScheduled', spec, { region: this.region, parameters: JSON.stringify(params) }));
    try {
      const started = this.startExecution({
        stateMachineArn: String(params.StateMachineArn),
        input: typeof params.Input === 'string' ? params.Input : JSON.stringify(params.Input ?? {}),
        ...(params.Name ? { name: params.Name } : {}),
      });
      const output = { ExecutionArn: started.executionArn, StartDate: started.startDate.toISOString() };
      this.record(e, this.taskEvent('TaskSucceeded', spec, { output: JSON.stringify(output) }));
      return output;
    } catch (error) {
      const name = `StepFunctions.${error instanceof Error ? error.name : 'Error'}Exception`;
      const cause = error instanceof Error ? error.message : String(error);
      this.record(e, this.taskEvent('TaskFailed', spec, { error: name, cause }));
      throw new TaskFailure(name, cause);
    }
  }

  /** A Wait state: blocks on a virtual-clock timer. */
  private waitUntil(e: ExecutionRecord, spec: LocalTaskSpec, target: Date): Promise<void> {
    if (target.getTime() <= this.clock.now().getTime()) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const blocker: Blocker = {
        abort: (error) => {
          timer.cancel();
          e.blockers.delete(blocker);
          reject(error);
        },
      };
      const timer = this.clock.setTimer(
        target,
        () => {
          e.blockers.delete(blocker);
          resolve();
        },
        `wait ${e.name}/${spec.stateName}`,
      );
      e.blockers.add(blocker);
    });
  }

  private async callbackTask(e: ExecutionRecord, spec: LocalTaskSpec, input: unknown, hidden: HiddenInput, enteredTime: string): Promise<unknown> {
    const token = mintTaskToken();
    const params = fillContextMarkers(input, { taskToken: token, enteredTime }) as { FunctionName?: unknown; Payload?: unknown };
    const timeoutSeconds = spec.timeoutSeconds ?? positiveNumber(hidden.timeoutSeconds);
    const heartbeatSeconds = spec.heartbeatSeconds ?? positiveNumber(hidden.heartbeatSeconds);
    this.record(
      e,
      this.taskEvent('TaskScheduled', spec, {
        region: this.region,
        parameters: JSON.stringify(params),
        ...(timeoutSeconds !== undefined ? { timeoutInSeconds: timeoutSeconds } : {}),
        ...(heartbeatSeconds !== undefined ? { heartbeatInSeconds: heartbeatSeconds } : {}),
      }),
    );
    // Registered before the function runs: it may answer (SendTaskSuccess) while still running.
    const outcome = this.callbacks.open(e, spec.stateName, token, timeoutSeconds, heartbeatSeconds);
    this.record(e, this.taskEvent('TaskStarted', spec));
    try {
      const submitted = await this.invoke(e, spec, functionIdFromArn(String(params.FunctionName)), params.Payload ?? null);
      this.record(e, this.taskEvent('TaskSubmitted', spec, { output: JSON.stringify(submitted ?? null) }));
    } catch (error) {
      this.callbacks.discard(token);
      throw error;
    }
    try {
      const output = await outcome;
      this.record(e, this.taskEvent('TaskSucceeded', spec, { output: JSON.stringify(output) }));
      return output;
    } catch (error) {
      const failure = error as Error;
      const timedOut = failure.name === 'States.Timeout';
      this.record(e, this.taskEvent(timedOut ? 'TaskTimedOut' : 'TaskFailed', spec, { error: failure.name, cause: failure.message }));
      throw failure;
    }
  }
}

function positiveNumber(value: unknown): number | undefined {
  return typeof value === 'number' && value > 0 ? value : undefined;
}

function waitTarget(spec: LocalTaskSpec, hidden: HiddenInput, now: Date): Date {
  const seconds = spec.waitSeconds ?? (typeof hidden.waitSeconds === 'number' ? hidden.waitSeconds : undefined);
  if (seconds !== undefined) return new Date(now.getTime() + seconds * 1000);
  const timestamp = spec.waitTimestamp ?? (typeof hidden.waitTimestamp === 'string' ? hidden.waitTimestamp : undefined);
  const at = timestamp === undefined ? Number.NaN : Date.parse(timestamp);
  if (Number.isNaN(at)) throw new TaskFailure('States.Runtime', `Wait state ${spec.stateName} has no valid time`);
  return new Date(at);
}

/** "arn:aws:states:::lambda:invoke.waitForTaskToken" → ["lambda", "invoke.waitForTaskToken"], as history shows it. */
function resourceNames(resource: string): [string, string] {
  const integration = /^arn:aws:states:::([^:]+):(.+)$/.exec(resource);
  if (integration) return [integration[1] ?? '', integration[2] ?? ''];
  return ['lambda', resource];
}
