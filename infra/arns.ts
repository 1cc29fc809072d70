import { ArnFormat, Stack } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/**
 * State machine ARNs built from their explicit names rather than from the
 * resources: functions need them in env vars and IAM policies, and state
 * machines reference the functions, so using the resources would be a cycle.
 */
export function stateMachineArn(scope: IConstruct, stateMachineName: string): string {
  return Stack.of(scope).formatArn({
    service: 'states',
    resource: 'stateMachine',
    resourceName: stateMachineName,
    arnFormat: ArnFormat.COLON_RESOURCE_NAME,
  });
}

/** Every execution of one state machine (DescribeExecution, StopExecution). */
export function executionArnPattern(scope: IConstruct, stateMachineName: string): string {
  return Stack.of(scope).formatArn({
    service: 'states',
    resource: 'execution',
    resourceName: `${stateMachineName}:*`,
    arnFormat: ArnFormat.COLON_RESOURCE_NAME,
  });
}

/** Every schedule of one schedule group (one-time `at(...)` schedules are created at run time). */
export function scheduleArnPattern(scope: IConstruct, scheduleGroupName: string): string {
  return Stack.of(scope).formatArn({
    service: 'scheduler',
    resource: 'schedule',
    resourceName: `${scheduleGroupName}/*`,
    arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
  });
}
