import { EnvNames } from '../../shared/platform/env-names.js';

export const LOCAL_REGION = 'eu-north-1';
export const LOCAL_ACCOUNT = '000000000000';
export const LOCAL_NAME_PREFIX = 'iop-local-';

/**
 * The variables CDK sets on every Lambda function, with local values. The
 * endpoints of the embedded engines are added by the runtime as the standard
 * AWS_ENDPOINT_URL_<SERVICE> variables; handlers never know they are local.
 */
export function localFunctionEnvironment(): Record<string, string> {
  return {
    AWS_REGION: LOCAL_REGION,
    [EnvNames.tableName]: `${LOCAL_NAME_PREFIX}table`,
    [EnvNames.eventBusName]: `${LOCAL_NAME_PREFIX}events`,
    [EnvNames.stateMachineArnPrefix]: `arn:aws:states:${LOCAL_REGION}:${LOCAL_ACCOUNT}:stateMachine:${LOCAL_NAME_PREFIX}`,
    [EnvNames.scheduleGroupName]: `${LOCAL_NAME_PREFIX}schedules`,
    [EnvNames.schedulerRoleArn]: `arn:aws:iam::${LOCAL_ACCOUNT}:role/${LOCAL_NAME_PREFIX}scheduler`,
    [EnvNames.iopMaxTermMonths]: process.env[EnvNames.iopMaxTermMonths] ?? '60',
    // The runtime sets APP_BASE_URL to its own address once it listens.
    [EnvNames.emailFromAddress]: '"IOP-samverkan" <notiser@iop-local.example>',
    [EnvNames.sesConfigurationSet]: `${LOCAL_NAME_PREFIX}notifications`,
  };
}
