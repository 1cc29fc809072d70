/**
 * Names of the environment variables every handler reads. CDK sets them on each
 * Lambda function; the local runtime sets the same names on process.env.
 * Endpoints are never configured here: the AWS SDK reads the standard
 * AWS_ENDPOINT_URL_<SERVICE> variables by itself.
 */
export const EnvNames = {
  tableName: 'TABLE_NAME',
  eventBusName: 'EVENT_BUS_NAME',
  /** ARN of every state machine minus its workflow name, e.g. arn:aws:states:eu-north-1:1:stateMachine:iop-dev- */
  stateMachineArnPrefix: 'STATE_MACHINE_ARN_PREFIX',
  scheduleGroupName: 'SCHEDULE_GROUP_NAME',
  schedulerRoleArn: 'SCHEDULER_ROLE_ARN',
  iopMaxTermMonths: 'IOP_MAX_TERM_MONTHS',
  logLevel: 'LOG_LEVEL',
  /** Notifications: the web app's address (links in messages), the sender, the SES configuration set. */
  appBaseUrl: 'APP_BASE_URL',
  emailFromAddress: 'EMAIL_FROM_ADDRESS',
  sesConfigurationSet: 'SES_CONFIGURATION_SET',
  /** The Cognito user pool (notifications read recipients, administrators invite people); absent locally, where the local user store stands in. */
  userPoolId: 'USER_POOL_ID',
} as const;

export type EnvName = (typeof EnvNames)[keyof typeof EnvNames];

/** Reads a required variable; a missing one is a deployment fault, so it throws at cold start. */
export function requireEnv(name: EnvName): string {
  const value = process.env[name];
  if (value === undefined || value === '') throw new Error(`Environment variable ${name} is not set`);
  return value;
}
