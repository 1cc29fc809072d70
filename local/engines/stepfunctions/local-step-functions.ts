import { StateMachine, ExecutionError, type StateMachineDefinition } from 'aws-local-stepfunctions';
import type { TimerHandle, VirtualClock } from '../clock/virtual-clock.js';
import { waitUntilIdle } from '../clock/wait-until-idle.js';
import { executionArnFor, functionIdFromArn, isStateMachineArn, stateMachineArn } from './arns.js';
import { applySubstitutions } from './definition-substitutions.js';
import { eventWithDetails, fromLibraryEvent, type HistoryEvent, type HistoryEventInput } from './history-event.js';
import { fillContextMarkers, LocalTaskKinds, takeHiddenKeys, toLocalDefinition, type LocalDefinition, type LocalTaskSpec } from './local-definition.js';
import { sfnError, SfnErrorTypes } from './sfn-errors.js';
import { loadStatesTimeoutError, statesTimeout } from './states-timeout.js';
import { mintTaskToken } from './task-token.js';

/**
 * Step Functions on one machine: the same ASL files as in AWS, run by
 * aws-local-stepfunctions, with what it lacks added around it: callback tasks
 * with task tokens, heartbeats and timeouts, and waits on the virtual clock.
 * Executions live in memory; DynamoDB stays the system of record.
 */
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

interface StateMachineRecord {
  readonly arn: string;
  readonly name: string;
  readonly definitionText: string;
  readonly local: LocalDefinition;
  readonly roleArn: string;
  readonly creationDate: Date;
}

/** Something an execution is blocked on (a callback or a timer); abort() releases it with an error. */
interface Blocker {
  abort(error: Error): void;
}

interface ExecutionRecord {
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

interface PendingTask {
  readonly token: string;
  readonly execution: ExecutionRecord;
  readonly stateName: string;
  readonly resolve: (output: unknown) => void;
  readonly reject: (error: Error) => void;
  heartbeatSeconds?: number;
  heartbeatTimer?: TimerHandle;
  timeoutTimer?: TimerHandle;
}

/** A task's error as the interpreter matches it in Retry/Catch: by name; message becomes "Cause". */
class TaskFailure extends Error {
  constructor(name: string, cause: string) {
    super(cause);
    this.name = name;
  }
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: Step Functions refuses control characters in names, so the pattern names them.
const EXECUTION_NAME = /^[^\s<>{}[\]?*"#%\\^|~`$&,;:/\u0000-\u001f\u007f-\u009f]{1,80}$/;
const DEFAULT_REGION = 'eu-north-1';
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function parseJson(text: string, errorType: typeof SfnErrorTypes.invalidExecutionInput | typeof SfnErrorTypes.invalidOutput): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw sfnError(errorType, `Not valid JSON: ${text.slice(0, 100)}`);
  }
}

function paginate<T>(items: readonly T[], maxResults: number | undefined, nextToken: string | undefined) {
  const start = nextToken ? Number(nextToken) : 0;
  const size = maxResults && maxResults > 0 ? maxResults : 1000;
  const page = items.slice(start, start + size);
  const next = start + size < items.length ? String(start + size) : undefined;
  return { page, nextToken: next };
}

export class LocalStepFunctions {
  readonly region: string;
  private readonly clock: VirtualClock;
  private readonly invokeFunction: InvokeFunction;
  private readonly machines = new Map<string, StateMachineRecord>();
  private readonly executions = new Map<string, ExecutionRecord>();
  private readonly pendingTasks = new Map<string, PendingTask>();
  private readonly timedOutTokens = new Set<string>();
  private closed = false;

  constructor(options: LocalStepFunctionsOptions) {
    this.clock = options.clock;
    this.invokeFunction = options.invokeFunction;
    this.region = options.region ?? DEFAULT_REGION;
    this.clock.addActivitySource(this);
  }

  // ---- state machines ----

  createStateMachine(input: CreateStateMachineInput): { stateMachineArn: string; creationDate: Date } {
    const raw = typeof input.definition === 'string' ? parseDefinition(input.definition) : input.definition;
    const definition = applySubstitutions(raw, { region: this.region, ...(input.substitutions ? { extra: input.substitutions } : {}) });
    const definitionText = JSON.stringify(definition);
    const arn = stateMachineArn(this.region, input.name);
    const existing = this.machines.get(arn);
    if (existing) {
      if (existing.definitionText === definitionText) return { stateMachineArn: arn, creationDate: existing.creationDate };
      throw sfnError(SfnErrorTypes.stateMachineAlreadyExists, `State Machine Already Exists: '${arn}'`);
    }
    validateDefinition(definition);
    const record: StateMachineRecord = {
      arn,
      name: input.name,
      definitionText,
      local: toLocalDefinition(definition),
      roleArn: input.roleArn ?? `arn:aws:iam::000000000000:role/${input.name}-role`,
      creationDate: this.clock.now(),
    };
    this.machines.set(arn, record);
    return { stateMachineArn: arn, creationDate: record.creationDate };
  }

  describeStateMachine(input: { stateMachineArn: string }): StateMachineDescription {
    const m = this.machine(input.stateMachineArn);
    return {
      stateMachineArn: m.arn,
      name: m.name,
      status: 'ACTIVE',
      type: 'STANDARD',
      definition: m.definitionText,
      roleArn: m.roleArn,
      creationDate: m.creationDate,
    };
  }

  listStateMachines(): { stateMachines: { stateMachineArn: string; name: string; type: 'STANDARD'; creationDate: Date }[] } {
    return {
      stateMachines: [...this.machines.values()].map((m) => ({
        stateMachineArn: m.arn,
        name: m.name,
        type: 'STANDARD' as const,
        creationDate: m.creationDate,
      })),
    };
  }

  // ---- executions ----

  startExecution(input: { stateMachineArn: string; name?: string; input?: string }): { executionArn: string; startDate: Date } {
    if (this.closed) throw sfnError(SfnErrorTypes.validation, 'The local Step Functions engine is shut down');
    const machine = this.machine(input.stateMachineArn);
    const name = input.name ?? crypto.randomUUID();
    if (!EXECUTION_NAME.test(name)) throw sfnError(SfnErrorTypes.invalidName, `Invalid Name: '${name}'`);
    const arn = executionArnFor(machine.arn, name);
    if (this.executions.has(arn)) throw sfnError(SfnErrorTypes.executionAlreadyExists, `Execution Already Exists: '${arn}'`);
    const inputText = input.input ?? '{}';
    parseJson(inputText, SfnErrorTypes.invalidExecutionInput);
    const execution: ExecutionRecord = {
      arn,
      name,
      machine,
      input: inputText,
      startDate: this.clock.now(),
      status: ExecutionStatuses.running,
      history: [],
      transitions: 0,
      activeCalls: 0,
      blockers: new Set(),
      done: Promise.resolve(),
    };
    this.executions.set(arn, execution);
    execution.done = this.run(execution).catch((error: unknown) => {
      console.error(`[local-sfn] execution ${arn} crashed`, error);
      this.finish(execution, ExecutionStatuses.failed, { error: 'States.Runtime', cause: String(error) });
    });
    return { executionArn: arn, startDate: execution.startDate };
  }

  describeExecution(input: { executionArn: string }): ExecutionDescription {
    return this.describe(this.execution(input.executionArn));
  }

  getExecutionHistory(input: { executionArn: string; maxResults?: number; nextToken?: string; reverseOrder?: boolean }): {
    events: HistoryEvent[];
    nextToken?: string;
  } {
    const events = [...this.execution(input.executionArn).history];
    if (input.reverseOrder) events.reverse();
    const { page, nextToken } = paginate(events, input.maxResults, input.nextToken);
    return nextToken ? { events: page, nextToken } : { events: page };
  }

  listExecutions(input: { stateMachineArn: string; statusFilter?: ExecutionStatus; maxResults?: number; nextToken?: string }): {
    executions: ExecutionSummary[];
    nextToken?: string;
  } {
    this.machine(input.stateMachineArn);
    const matching = [...this.executions.values()]
      .filter((e) => e.machine.arn === input.stateMachineArn)
      .filter((e) => !input.statusFilter || e.status === input.statusFilter)
      .sort((a, b) => b.startDate.getTime() - a.startDate.getTime())
      .map((e) => {
        const { executionArn, stateMachineArn, name, status, startDate, stopDate } = this.describe(e);
        return { executionArn, stateMachineArn, name, status, startDate, ...(stopDate ? { stopDate } : {}) };
      });
    const { page, nextToken } = paginate(matching, input.maxResults, input.nextToken);
    return nextToken ? { executions: page, nextToken } : { executions: page };
  }

  stopExecution(input: { executionArn: string; error?: string; cause?: string }): { stopDate: Date } {
    const execution = this.execution(input.executionArn);
    if (execution.status === ExecutionStatuses.running) {
      this.finish(execution, ExecutionStatuses.aborted, {
        ...(input.error !== undefined ? { error: input.error } : {}),
        ...(input.cause !== undefined ? { cause: input.cause } : {}),
      });
    }
    return { stopDate: execution.stopDate ?? this.clock.now() };
  }

  /** Local extra for the cost benchmark: state transitions of one execution, retries included. */
  stateTransitions(executionArn: string): number {
    return this.execution(executionArn).transitions;
  }

  /** Resolves when the execution has finished (whatever its status). */
  async awaitExecution(executionArn: string): Promise<ExecutionDescription> {
    const execution = this.execution(executionArn);
    await execution.done;
    return this.describe(execution);
  }

  // ---- callbacks ----

  sendTaskSuccess(input: { taskToken: string; output: string }): Record<string, never> {
    const task = this.openTask(input.taskToken);
    const output = parseJson(input.output, SfnErrorTypes.invalidOutput);
    this.closeTask(task);
    task.resolve(output);
    return {};
  }

  sendTaskFailure(input: { taskToken: string; error?: string; cause?: string }): Record<string, never> {
    const task = this.openTask(input.taskToken);
    this.closeTask(task);
    task.reject(new TaskFailure(input.error ?? '', input.cause ?? ''));
    return {};
  }

  sendTaskHeartbeat(input: { taskToken: string }): Record<string, never> {
    const task = this.openTask(input.taskToken);
    if (task.heartbeatSeconds !== undefined) this.armHeartbeat(task, task.heartbeatSeconds);
    return {};
  }

  // ---- lifecycle ----

  /** True when every execution has finished or waits on a callback or a timer. */
  isIdle(): boolean {
    for (const e of this.executions.values()) {
      if (e.status !== ExecutionStatuses.running) continue;
      if (e.activeCalls > 0 || e.blockers.size === 0) return false;
    }
    return true;
  }

  async waitForIdle(timeoutMs = 30_000): Promise<void> {
    if (!(await waitUntilIdle(() => this.isIdle(), timeoutMs))) {
      throw new Error('Local Step Functions did not become idle in time');
    }
  }

  /** Aborts every running execution and waits for each to wind down. */
  async shutdown(): Promise<void> {
    this.closed = true;
    for (const e of this.executions.values()) {
      if (e.status === ExecutionStatuses.running) {
        this.finish(e, ExecutionStatuses.aborted, { error: 'States.Aborted', cause: 'The local engine shut down' });
      }
    }
    await Promise.allSettled([...this.executions.values()].map((e) => e.done));
  }

  // ---- internals ----

  private machine(arn: string): StateMachineRecord {
    if (!isStateMachineArn(arn)) throw sfnError(SfnErrorTypes.invalidArn, `Invalid Arn: '${arn}'`);
    const m = this.machines.get(arn);
    if (!m) throw sfnError(SfnErrorTypes.stateMachineDoesNotExist, `State Machine Does Not Exist: '${arn}'`);
    return m;
  }

  private execution(arn: string): ExecutionRecord {
    const e = this.executions.get(arn);
    if (!e) throw sfnError(SfnErrorTypes.executionDoesNotExist, `Execution Does Not Exist: '${arn}'`);
    return e;
  }

  private describe(e: ExecutionRecord): ExecutionDescription {
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

  private record(e: ExecutionRecord, event: HistoryEventInput): void {
    const id = e.history.length + 1;
    e.history.push({ ...event, id, previousEventId: id - 1, timestamp: this.clock.now() });
  }

  private finish(e: ExecutionRecord, status: Exclude<ExecutionStatus, 'RUNNING'>, detail: { output?: string; error?: string; cause?: string }): void {
    if (e.status !== ExecutionStatuses.running) return;
    e.status = status;
    e.stopDate = this.clock.now();
    if (detail.output !== undefined) e.output = detail.output;
    if (detail.error !== undefined) e.error = detail.error;
    if (detail.cause !== undefined) e.cause = detail.cause;
    e.executionTimer?.cancel();
    if (status === ExecutionStatuses.aborted || status === ExecutionStatuses.timedOut) {
      const stopped = new TaskFailure('States.Aborted', `Execution ${status}`);
      for (const blocker of [...e.blockers]) blocker.abort(stopped);
      e.abort?.();
    }
  }

  private async run(e: ExecutionRecord): Promise<void> {
    await loadStatesTimeoutError();
    if (e.status !== ExecutionStatuses.running) return;
    const { local } = e.machine;
    const machine = new StateMachine(local.definition as unknown as StateMachineDefinition, {
      validationOptions: { noValidate: true },
    });
    const handlers = Object.fromEntries([...local.tasks.values()].map((spec) => [spec.stateName, (input: unknown) => this.runTask(e, spec, input)]));
    const run = machine.run(JSON.parse(e.input), {
      overrides: {
        taskResourceLocalHandlers: handlers as never,
        // Retry pauses are not spent in real time locally; the retries themselves still happen.
        retryIntervalOverrides: Object.fromEntries(local.retryStates.map((name) => [name, 0])),
      },
      noThrowOnAbort: true,
      context: {
        Execution: { Id: e.arn, Name: e.name, RoleArn: e.machine.roleArn },
        StateMachine: { Id: e.machine.arn, Name: e.machine.name },
      },
    });
    e.abort = run.abort;
    if (local.executionTimeoutSeconds !== undefined) {
      const at = new Date(e.startDate.getTime() + local.executionTimeoutSeconds * 1000);
      e.executionTimer = this.clock.setTimer(
        at,
        () => this.finish(e, ExecutionStatuses.timedOut, { error: 'States.Timeout', cause: 'Execution timed out' }),
        `execution timeout ${e.name}`,
      );
    }
    const logs = this.consumeLogs(e, run.eventLogs);
    try {
      const output = await run.result;
      this.finish(e, ExecutionStatuses.succeeded, { output: JSON.stringify(output ?? null) });
    } catch (error) {
      const failure = error instanceof ExecutionError && error.cause instanceof Error ? error.cause : (error as Error);
      this.finish(e, ExecutionStatuses.failed, { error: failure.name, cause: failure.message });
    }
    await logs;
    if ((e.status as ExecutionStatus) === ExecutionStatuses.timedOut && !e.history.some((h) => h.type === 'ExecutionTimedOut')) {
      this.record(e, eventWithDetails('ExecutionTimedOut', { error: e.error, cause: e.cause }));
    }
  }

  private async consumeLogs(e: ExecutionRecord, logs: AsyncGenerator<unknown>): Promise<void> {
    const typeOf = (stateName: string, type: string): string => e.machine.local.tasks.get(stateName)?.originalType ?? type;
    for await (const raw of logs) {
      const event = raw as { type: string };
      if (event.type === 'StateEntered' || event.type === 'StateRetried') e.transitions += 1;
      if (event.type === 'ExecutionAborted' && e.status === ExecutionStatuses.timedOut) {
        this.record(e, eventWithDetails('ExecutionTimedOut', { error: e.error, cause: e.cause }));
        continue;
      }
      const mapped = fromLibraryEvent(event as never, typeOf, e.machine.roleArn);
      if (mapped) this.record(e, mapped);
    }
  }

  private ensureRunning(e: ExecutionRecord): void {
    if (e.status !== ExecutionStatuses.running) throw new TaskFailure('States.Aborted', `Execution ${e.status}`);
  }

  private async runTask(e: ExecutionRecord, spec: LocalTaskSpec, rawInput: unknown): Promise<unknown> {
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

  private async callbackTask(
    e: ExecutionRecord,
    spec: LocalTaskSpec,
    input: unknown,
    hidden: ReturnType<typeof takeHiddenKeys>['hidden'],
    enteredTime: string,
  ): Promise<unknown> {
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
    const outcome = this.openCallback(e, spec, token, timeoutSeconds, heartbeatSeconds);
    this.record(e, this.taskEvent('TaskStarted', spec));
    try {
      const submitted = await this.invoke(e, spec, functionIdFromArn(String(params.FunctionName)), params.Payload ?? null);
      this.record(e, this.taskEvent('TaskSubmitted', spec, { output: JSON.stringify(submitted ?? null) }));
    } catch (error) {
      const task = this.pendingTasks.get(token);
      if (task) this.closeTask(task);
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

  private openCallback(
    e: ExecutionRecord,
    spec: LocalTaskSpec,
    token: string,
    timeoutSeconds: number | undefined,
    heartbeatSeconds: number | undefined,
  ): Promise<unknown> {
    let resolve!: (value: unknown) => void;
    let reject!: (error: Error) => void;
    const outcome = new Promise<unknown>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    // It may settle before anyone awaits it (e.g. a timeout while the function still runs).
    outcome.catch(() => undefined);
    const task: PendingTask = { token, execution: e, stateName: spec.stateName, resolve, reject };
    const blocker: Blocker = {
      abort: (error) => {
        this.closeTask(task);
        reject(error);
      },
    };
    this.pendingTasks.set(token, task);
    e.blockers.add(blocker);
    blockerOf.set(task, blocker);
    if (timeoutSeconds !== undefined) {
      task.timeoutTimer = this.clock.setTimer(
        new Date(this.clock.now().getTime() + timeoutSeconds * 1000),
        () => this.timeOut(task, `Task timed out after ${timeoutSeconds} seconds`),
        `task timeout ${e.name}/${spec.stateName}`,
      );
    }
    if (heartbeatSeconds !== undefined) {
      task.heartbeatSeconds = heartbeatSeconds;
      this.armHeartbeat(task, heartbeatSeconds);
    }
    return outcome;
  }

  private armHeartbeat(task: PendingTask, seconds: number): void {
    task.heartbeatTimer?.cancel();
    task.heartbeatTimer = this.clock.setTimer(
      new Date(this.clock.now().getTime() + seconds * 1000),
      () => this.timeOut(task, `No heartbeat for ${seconds} seconds`),
      `task heartbeat ${task.execution.name}/${task.stateName}`,
    );
  }

  private timeOut(task: PendingTask, cause: string): void {
    if (!this.pendingTasks.has(task.token)) return;
    this.closeTask(task);
    this.timedOutTokens.add(task.token);
    task.reject(statesTimeout(cause));
  }

  private openTask(token: string): PendingTask {
    const task = this.pendingTasks.get(token);
    if (task) return task;
    if (this.timedOutTokens.has(token)) throw sfnError(SfnErrorTypes.taskTimedOut, 'Task Timed Out');
    if (typeof token !== 'string' || token.length === 0) throw sfnError(SfnErrorTypes.invalidToken, 'Invalid Token');
    throw sfnError(SfnErrorTypes.taskDoesNotExist, 'Task Does Not Exist');
  }

  private closeTask(task: PendingTask): void {
    this.pendingTasks.delete(task.token);
    task.timeoutTimer?.cancel();
    task.heartbeatTimer?.cancel();
    const blocker = blockerOf.get(task);
    if (blocker) task.execution.blockers.delete(blocker);
  }
}

const blockerOf = new WeakMap<PendingTask, Blocker>();

function positiveNumber(value: unknown): number | undefined {
  return typeof value === 'number' && value > 0 ? value : undefined;
}

function waitTarget(spec: LocalTaskSpec, hidden: ReturnType<typeof takeHiddenKeys>['hidden'], now: Date): Date {
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

function parseDefinition(text: string): Record<string, unknown> {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw sfnError(SfnErrorTypes.invalidDefinition, 'The definition is not valid JSON');
  }
}

/** The interpreter's own validator (asl-validator) checks the definition as written. */
function validateDefinition(definition: Record<string, unknown>): void {
  try {
    new StateMachine(definition as unknown as StateMachineDefinition, { validationOptions: { checkArn: true, checkPaths: true } });
  } catch (error) {
    throw sfnError(SfnErrorTypes.invalidDefinition, error instanceof Error ? error.message : String(error));
  }
}
