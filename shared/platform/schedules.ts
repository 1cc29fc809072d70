import { CreateScheduleCommand, DeleteScheduleCommand } from '@aws-sdk/client-scheduler';
import { schedulerClient } from './aws-clients.js';
import { errorName } from './aws-errors.js';
import { EnvNames, requireEnv } from './env-names.js';

/**
 * One-time EventBridge Scheduler schedules (`at(...)`) that start a state
 * machine later: a review next year, a follow-up on a contract's anniversary.
 * They delete themselves after firing; names are fixed by the caller, so
 * creating or deleting twice is harmless.
 */

/** EventBridge Scheduler's one-time expression, in UTC. */
export const atExpression = (iso: string): string => `at(${iso.slice(0, 19)})`;

import { scheduleName } from './schedule-name.js';

export { scheduleName };

export interface OneTimeSchedule {
  readonly name: string;
  /** ISO instant, UTC. */
  readonly at: string;
  readonly description: string;
  readonly stateMachineArn: string;
  readonly input: Record<string, unknown>;
}

export async function createOneTimeSchedule(schedule: OneTimeSchedule): Promise<void> {
  try {
    await schedulerClient().send(
      new CreateScheduleCommand({
        Name: scheduleName(schedule.name),
        GroupName: process.env[EnvNames.scheduleGroupName] || undefined,
        ScheduleExpression: atExpression(schedule.at),
        ScheduleExpressionTimezone: 'UTC',
        FlexibleTimeWindow: { Mode: 'OFF' },
        ActionAfterCompletion: 'DELETE',
        Description: schedule.description.slice(0, 512),
        Target: {
          Arn: schedule.stateMachineArn,
          RoleArn: requireEnv(EnvNames.schedulerRoleArn),
          Input: JSON.stringify(schedule.input),
        },
      }),
    );
  } catch (error) {
    // Already there (a retried request or task): the first one stands.
    if (errorName(error) !== 'ConflictException') throw error;
  }
}

export async function deleteOneTimeSchedule(name: string): Promise<void> {
  try {
    await schedulerClient().send(
      new DeleteScheduleCommand({
        Name: scheduleName(name),
        GroupName: process.env[EnvNames.scheduleGroupName] || undefined,
      }),
    );
  } catch (error) {
    // Already fired (and deleted after completion) or never made: nothing to do.
    if (errorName(error) !== 'ResourceNotFoundException') throw error;
  }
}
