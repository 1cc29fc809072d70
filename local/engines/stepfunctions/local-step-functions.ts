import { StateMachine, ExecutionError, type StateMachineDefinition } from 'aws-local-stepfunctions';
import type { VirtualClock } from '../clock/virtual-clock.js';
import { waitUntilIdle } from '../clock/wait-until-idle.js';
import { executionArnFor, isStateMachineArn, stateMachineArn } from './arns.js';
import { CallbackTasks } from './callback-tasks.js';
import { applySubstitutions } from './definition-substitutions.js';
import { describeExecutionRecord, type ExecutionRecord, recordEvent, type StateMachineRecord, TaskFailure } from './execution-record.js';
import { eventWithDetails, fromLibraryEvent, type HistoryEvent, type HistoryEventInput } from './history-event.js';
import { toLocalDefinition } from './local-definition.js';
import { EXECUTION_NAME, parseDefinition, parseJson, validateDefinition } from './request-validation.js';
import { sfnError, SfnErrorTypes } from './sfn-errors.js';
import { loadStatesTimeoutError } from './states-timeout.js';
import {
  type CreateStateMachineInput,
  type ExecutionDescription,
  type ExecutionStatus,
  ExecutionStatuses,
  type ExecutionSummary,
  type LocalStepFunctionsOptions,
  type StateMachineDescription,
} from './step-functions-api.js';
import { TaskRunner } from './task-runner.js';

export {
  type CreateStateMachineInput,
  type ExecutionDescription,
  type ExecutionStatus,
  ExecutionStatuses,
  type ExecutionSummary,
  type InvokeFunction,
  type LocalStepFunctionsOptions,
  type StateMachineDescription,
} from './step-functions-api.js';

const DEFAULT_REGION = 'eu-north-1';

function paginate<T>(items: readonly T[], maxResults: number | undefined, nextToken: string | undefined) {
  const start = nextToken ? Number(nextToken) : 0;
  const size = maxResults && maxResults > 0 ? maxResults : 1000;
  const page = items.slice(start, start + size);
  const next = start + size < items.length ? String(start + size) : undefined;
  return { page, nextToken: next };
}

/**
 * Step Functions on one machine: the same ASL files as in AWS, run by
 * aws-local-stepfunctions, with what it lacks added around it: callback tasks
 * with task tokens, heartbeats and timeouts (callback-tasks.ts), and waits on
 * the virtual clock (task-runner.ts). Executions live in memory; DynamoDB stays
 * the system of record.
 */
export class LocalStepFunctions {
  readonly region: string;
  private readonly clock: VirtualClock;
  private readonly machines = new Map<string, StateMachineRecord>();
  private readonly executions = new Map<string, ExecutionRecord>();
  private readonly callbacks: CallbackTasks;
  private readonly tasks: TaskRunner;
  private closed = false;

  constructor(options: LocalStepFunctionsOptions) {
    this.clock = options.clock;
    this.region = options.region ?? DEFAULT_REGION;
    this.callbacks = new CallbackTasks(this.clock);
    this.tasks = new TaskRunner({
      clock: this.clock,
      region: this.region,
      invokeFunction: options.invokeFunction,
      callbacks: this.callbacks,
      startExecution: (input) => this.startExecution(input),
    });
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
    return this.callbacks.sendTaskSuccess(input);
  }

  sendTaskFailure(input: { taskToken: string; error?: string; cause?: string }): Record<string, never> {
    return this.callbacks.sendTaskFailure(input);
  }

  sendTaskHeartbeat(input: { taskToken: string }): Record<string, never> {
    return this.callbacks.sendTaskHeartbeat(input);
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
    return describeExecutionRecord(e);
  }

  private record(e: ExecutionRecord, event: HistoryEventInput): void {
    recordEvent(e, event, this.clock.now());
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
    const handlers = Object.fromEntries([...local.tasks.values()].map((spec) => [spec.stateName, (input: unknown) => this.tasks.runTask(e, spec, input)]));
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
}
