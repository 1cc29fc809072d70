import type { TimerHandle, VirtualClock } from '../clock/virtual-clock.js';
import type { Blocker, ExecutionRecord } from './execution-record.js';
import { TaskFailure } from './execution-record.js';
import { parseJson } from './request-validation.js';
import { sfnError, SfnErrorTypes } from './sfn-errors.js';
import { statesTimeout } from './states-timeout.js';

/** A callback task waiting for SendTaskSuccess/SendTaskFailure under its task token. */
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

/**
 * The callback tasks in flight, by task token: what SendTaskSuccess,
 * SendTaskFailure and SendTaskHeartbeat answer, with the task's timeout and
 * heartbeat on the virtual clock.
 */
export class CallbackTasks {
  private readonly pendingTasks = new Map<string, PendingTask>();
  private readonly timedOutTokens = new Set<string>();
  private readonly blockerOf = new WeakMap<PendingTask, Blocker>();

  constructor(private readonly clock: VirtualClock) {}

  /** Registers the task under its token; the promise settles with its answer, its timeout, or the execution's end. */
  open(e: ExecutionRecord, stateName: string, token: string, timeoutSeconds: number | undefined, heartbeatSeconds: number | undefined): Promise<unknown> {
    let resolve!: (value: unknown) => void;
    let reject!: (error: Error) => void;
    const outcome = new Promise<unknown>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    // It may settle before anyone awaits it (e.g. a timeout while the function still runs).
    outcome.catch(() => undefined);
    const task: PendingTask = { token, execution: e, stateName, resolve, reject };
    const blocker: Blocker = {
      abort: (error) => {
        this.closeTask(task);
        reject(error);
      },
    };
    this.pendingTasks.set(token, task);
    e.blockers.add(blocker);
    this.blockerOf.set(task, blocker);
    if (timeoutSeconds !== undefined) {
      task.timeoutTimer = this.clock.setTimer(
        new Date(this.clock.now().getTime() + timeoutSeconds * 1000),
        () => this.timeOut(task, `Task timed out after ${timeoutSeconds} seconds`),
        `task timeout ${e.name}/${stateName}`,
      );
    }
    if (heartbeatSeconds !== undefined) {
      task.heartbeatSeconds = heartbeatSeconds;
      this.armHeartbeat(task, heartbeatSeconds);
    }
    return outcome;
  }

  /** Forgets the task of a token, if it is still open (its function failed before it could be answered). */
  discard(token: string): void {
    const task = this.pendingTasks.get(token);
    if (task) this.closeTask(task);
  }

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
    const blocker = this.blockerOf.get(task);
    if (blocker) task.execution.blockers.delete(blocker);
  }
}
