import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AwsServiceError } from '../aws-endpoint/aws-service-error.js';
import type { TimerHandle, VirtualClock } from '../clock/virtual-clock.js';
import { functionIdFromArn, isLambdaArn, isStateMachineArn, LOCAL_ACCOUNT_ID } from '../stepfunctions/arns.js';
import { InvalidScheduleExpressionError, parseAtExpression } from './at-expression.js';

/**
 * EventBridge Scheduler's one-time schedules on the virtual clock. A schedule
 * whose time passes starts its state machine or invokes its function. Saved to
 * a JSON file when a data folder is given: a five-year agreement's review
 * schedules must outlive a restart of the local runtime.
 */
export interface ScheduleTarget {
  readonly Arn: string;
  readonly RoleArn: string;
  readonly Input?: string;
}

export interface Schedule {
  readonly Arn: string;
  readonly Name: string;
  readonly GroupName: string;
  readonly ScheduleExpression: string;
  readonly ScheduleExpressionTimezone?: string;
  readonly Description?: string;
  readonly State: 'ENABLED' | 'DISABLED';
  readonly FlexibleTimeWindow: { readonly Mode: 'OFF' | 'FLEXIBLE'; readonly MaximumWindowInMinutes?: number };
  readonly ActionAfterCompletion: 'NONE' | 'DELETE';
  readonly Target: ScheduleTarget;
  readonly CreationDate: string;
  readonly LastModificationDate: string;
}

export type ScheduleInput = Pick<Schedule, 'Name' | 'ScheduleExpression' | 'FlexibleTimeWindow' | 'Target'> &
  Partial<Pick<Schedule, 'GroupName' | 'ScheduleExpressionTimezone' | 'Description' | 'State' | 'ActionAfterCompletion'>>;

export interface ScheduleTargets {
  startExecution(stateMachineArn: string, input: string): Promise<unknown> | unknown;
  invokeFunction(functionId: string, payload: unknown): Promise<unknown>;
}

export interface LocalSchedulerOptions {
  readonly clock: VirtualClock;
  readonly targets: ScheduleTargets;
  readonly region?: string;
  /** Folder for schedules.json; in memory only when absent. */
  readonly dataDir?: string;
}

export interface FiredSchedule {
  readonly name: string;
  readonly groupName: string;
  readonly at: string;
  readonly targetArn: string;
  readonly error?: string;
}

export const SchedulerErrorTypes = {
  conflict: 'ConflictException',
  notFound: 'ResourceNotFoundException',
  validation: 'ValidationException',
} as const;

const notFound = (group: string, name: string): AwsServiceError =>
  new AwsServiceError(SchedulerErrorTypes.notFound, `Schedule ${name} does not exist in group ${group}.`, 404);
const validation = (message: string): AwsServiceError => new AwsServiceError(SchedulerErrorTypes.validation, message, 400);

const DEFAULT_GROUP = 'default';
const NAME_PATTERN = /^[0-9a-zA-Z\-_.]{1,64}$/;

export class LocalScheduler {
  private readonly schedules = new Map<string, Schedule>();
  private readonly timers = new Map<string, TimerHandle>();
  private readonly fired: FiredSchedule[] = [];
  private readonly file: string | undefined;
  private readonly region: string;
  private inFlight = 0;

  constructor(private readonly options: LocalSchedulerOptions) {
    this.region = options.region ?? 'eu-north-1';
    this.file = options.dataDir ? join(options.dataDir, 'schedules.json') : undefined;
    options.clock.addActivitySource(this);
    for (const schedule of this.load()) {
      this.schedules.set(key(schedule.GroupName, schedule.Name), schedule);
      this.arm(schedule);
    }
  }

  createSchedule(input: ScheduleInput): { ScheduleArn: string } {
    const group = input.GroupName ?? DEFAULT_GROUP;
    if (this.schedules.has(key(group, input.Name))) {
      throw new AwsServiceError(SchedulerErrorTypes.conflict, `Schedule ${input.Name} already exists.`, 409);
    }
    const now = this.options.clock.now().toISOString();
    const schedule = this.build(input, group, now, now);
    this.put(schedule);
    return { ScheduleArn: schedule.Arn };
  }

  updateSchedule(input: ScheduleInput): { ScheduleArn: string } {
    const group = input.GroupName ?? DEFAULT_GROUP;
    const existing = this.schedules.get(key(group, input.Name));
    if (!existing) throw notFound(group, input.Name);
    const schedule = this.build(input, group, existing.CreationDate, this.options.clock.now().toISOString());
    this.put(schedule);
    return { ScheduleArn: schedule.Arn };
  }

  getSchedule(input: { Name: string; GroupName?: string }): Schedule {
    const group = input.GroupName ?? DEFAULT_GROUP;
    const schedule = this.schedules.get(key(group, input.Name));
    if (!schedule) throw notFound(group, input.Name);
    return schedule;
  }

  deleteSchedule(input: { Name: string; GroupName?: string }): Record<string, never> {
    const group = input.GroupName ?? DEFAULT_GROUP;
    if (!this.schedules.has(key(group, input.Name))) throw notFound(group, input.Name);
    this.remove(group, input.Name);
    return {};
  }

  listSchedules(input: { GroupName?: string; NamePrefix?: string; State?: string } = {}): { Schedules: Schedule[] } {
    const Schedules = [...this.schedules.values()]
      .filter((s) => !input.GroupName || s.GroupName === input.GroupName)
      .filter((s) => !input.NamePrefix || s.Name.startsWith(input.NamePrefix))
      .filter((s) => !input.State || s.State === input.State)
      .sort((a, b) => a.Name.localeCompare(b.Name));
    return { Schedules };
  }

  /** What has fired, oldest first (a local extra for tests and the demo). */
  firedSchedules(): readonly FiredSchedule[] {
    return this.fired;
  }

  isIdle(): boolean {
    return this.inFlight === 0;
  }

  /** Stops firing (timers are the clock's; schedules stay in the file). */
  close(): void {
    for (const timer of this.timers.values()) timer.cancel();
    this.timers.clear();
  }

  private build(input: ScheduleInput, group: string, created: string, modified: string): Schedule {
    if (!NAME_PATTERN.test(input.Name)) throw validation(`Invalid schedule name "${input.Name}"`);
    if (!input.Target?.Arn || !input.Target.RoleArn) throw validation('Target.Arn and Target.RoleArn are required');
    if (!isStateMachineArn(input.Target.Arn) && !isLambdaArn(input.Target.Arn)) {
      throw validation(`Target ${input.Target.Arn} is not supported locally (a state machine or a Lambda function is)`);
    }
    if (!input.FlexibleTimeWindow?.Mode) throw validation('FlexibleTimeWindow.Mode is required');
    try {
      parseAtExpression(input.ScheduleExpression, input.ScheduleExpressionTimezone);
    } catch (error) {
      if (error instanceof InvalidScheduleExpressionError) throw validation(error.message);
      throw error;
    }
    return {
      Arn: `arn:aws:scheduler:${this.region}:${LOCAL_ACCOUNT_ID}:schedule/${group}/${input.Name}`,
      Name: input.Name,
      GroupName: group,
      ScheduleExpression: input.ScheduleExpression,
      ...(input.ScheduleExpressionTimezone ? { ScheduleExpressionTimezone: input.ScheduleExpressionTimezone } : {}),
      ...(input.Description ? { Description: input.Description } : {}),
      State: input.State ?? 'ENABLED',
      FlexibleTimeWindow: input.FlexibleTimeWindow,
      ActionAfterCompletion: input.ActionAfterCompletion ?? 'NONE',
      Target: {
        Arn: input.Target.Arn,
        RoleArn: input.Target.RoleArn,
        ...(input.Target.Input !== undefined ? { Input: input.Target.Input } : {}),
      },
      CreationDate: created,
      LastModificationDate: modified,
    };
  }

  private put(schedule: Schedule): void {
    const k = key(schedule.GroupName, schedule.Name);
    this.timers.get(k)?.cancel();
    this.schedules.set(k, schedule);
    this.arm(schedule);
    this.save();
  }

  private remove(group: string, name: string): void {
    const k = key(group, name);
    this.timers.get(k)?.cancel();
    this.timers.delete(k);
    this.schedules.delete(k);
    this.save();
  }

  private arm(schedule: Schedule): void {
    if (schedule.State !== 'ENABLED') return;
    const at = parseAtExpression(schedule.ScheduleExpression, schedule.ScheduleExpressionTimezone);
    const k = key(schedule.GroupName, schedule.Name);
    // A time already past (e.g. while the runtime was down) fires at the next chance, as AWS does.
    this.timers.set(
      k,
      this.options.clock.setTimer(at, () => this.fire(schedule, at), `schedule ${k}`),
    );
  }

  private async fire(schedule: Schedule, at: Date): Promise<void> {
    const k = key(schedule.GroupName, schedule.Name);
    this.timers.delete(k);
    this.inFlight += 1;
    let error: string | undefined;
    try {
      const input = schedule.Target.Input ?? '{}';
      if (isStateMachineArn(schedule.Target.Arn)) {
        await this.options.targets.startExecution(schedule.Target.Arn, input);
      } else {
        await this.options.targets.invokeFunction(functionIdFromArn(schedule.Target.Arn), JSON.parse(input));
      }
    } catch (e) {
      error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
      console.error(`[local-scheduler] schedule ${k} failed`, e);
    } finally {
      this.inFlight -= 1;
    }
    this.fired.push({
      name: schedule.Name,
      groupName: schedule.GroupName,
      at: at.toISOString(),
      targetArn: schedule.Target.Arn,
      ...(error ? { error } : {}),
    });
    if (schedule.ActionAfterCompletion === 'DELETE' && this.schedules.get(k) === schedule) this.remove(schedule.GroupName, schedule.Name);
  }

  private load(): Schedule[] {
    if (!this.file || !existsSync(this.file)) return [];
    return JSON.parse(readFileSync(this.file, 'utf8')) as Schedule[];
  }

  /** Written whole and renamed into place, so a crash never leaves half a file. */
  private save(): void {
    if (!this.file || !this.options.dataDir) return;
    mkdirSync(this.options.dataDir, { recursive: true });
    const temp = `${this.file}.tmp`;
    writeFileSync(temp, JSON.stringify([...this.schedules.values()], null, 2));
    renameSync(temp, this.file);
  }
}

const key = (group: string, name: string): string => `${group}/${name}`;
