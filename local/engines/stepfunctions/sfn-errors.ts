import { AwsServiceError } from '../aws-endpoint/aws-service-error.js';

/** Step Functions' own error type names, exactly as the SDK maps them to exception classes. */
export const SfnErrorTypes = {
  executionAlreadyExists: 'ExecutionAlreadyExists',
  executionDoesNotExist: 'ExecutionDoesNotExist',
  stateMachineDoesNotExist: 'StateMachineDoesNotExist',
  stateMachineAlreadyExists: 'StateMachineAlreadyExists',
  taskDoesNotExist: 'TaskDoesNotExist',
  taskTimedOut: 'TaskTimedOut',
  invalidArn: 'InvalidArn',
  invalidDefinition: 'InvalidDefinition',
  invalidExecutionInput: 'InvalidExecutionInput',
  invalidOutput: 'InvalidOutput',
  invalidName: 'InvalidName',
  invalidToken: 'InvalidToken',
  validation: 'ValidationException',
} as const;

export type SfnErrorType = (typeof SfnErrorTypes)[keyof typeof SfnErrorTypes];

export const sfnError = (type: SfnErrorType, message: string): AwsServiceError => new AwsServiceError(type, message);
