import type { LocalStepFunctions } from '../stepfunctions/local-step-functions.js';
import { AwsServiceError } from './aws-service-error.js';

/** AWSStepFunctions.<Operation> (AWS JSON 1.0) → the local engine. */
type Body = Record<string, unknown>;
type Operation = (engine: LocalStepFunctions, body: Body) => unknown;

const str = (body: Body, field: string): string => {
  const value = body[field];
  if (typeof value !== 'string') throw new AwsServiceError('ValidationException', `${field} is required`);
  return value;
};
const optStr = (body: Body, field: string): string | undefined => (typeof body[field] === 'string' ? (body[field] as string) : undefined);
const optNum = (body: Body, field: string): number | undefined => (typeof body[field] === 'number' ? (body[field] as number) : undefined);

function defined<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export const StepFunctionsOperations: Readonly<Record<string, Operation>> = {
  CreateStateMachine: (sfn, b) => sfn.createStateMachine(defined({ name: str(b, 'name'), definition: str(b, 'definition'), roleArn: optStr(b, 'roleArn') })),
  DescribeStateMachine: (sfn, b) => sfn.describeStateMachine({ stateMachineArn: str(b, 'stateMachineArn') }),
  ListStateMachines: (sfn) => sfn.listStateMachines(),
  StartExecution: (sfn, b) => sfn.startExecution(defined({ stateMachineArn: str(b, 'stateMachineArn'), name: optStr(b, 'name'), input: optStr(b, 'input') })),
  DescribeExecution: (sfn, b) => {
    const d = sfn.describeExecution({ executionArn: str(b, 'executionArn') });
    return { ...d, inputDetails: { included: true }, ...(d.output !== undefined ? { outputDetails: { included: true } } : {}) };
  },
  GetExecutionHistory: (sfn, b) =>
    sfn.getExecutionHistory(
      defined({
        executionArn: str(b, 'executionArn'),
        maxResults: optNum(b, 'maxResults'),
        nextToken: optStr(b, 'nextToken'),
        reverseOrder: b['reverseOrder'] === true ? true : undefined,
      }),
    ),
  ListExecutions: (sfn, b) =>
    sfn.listExecutions(
      defined({
        stateMachineArn: str(b, 'stateMachineArn'),
        statusFilter: optStr(b, 'statusFilter') as never,
        maxResults: optNum(b, 'maxResults'),
        nextToken: optStr(b, 'nextToken'),
      }),
    ),
  StopExecution: (sfn, b) => sfn.stopExecution(defined({ executionArn: str(b, 'executionArn'), error: optStr(b, 'error'), cause: optStr(b, 'cause') })),
  SendTaskSuccess: (sfn, b) => sfn.sendTaskSuccess({ taskToken: str(b, 'taskToken'), output: str(b, 'output') }),
  SendTaskFailure: (sfn, b) => sfn.sendTaskFailure(defined({ taskToken: str(b, 'taskToken'), error: optStr(b, 'error'), cause: optStr(b, 'cause') })),
  SendTaskHeartbeat: (sfn, b) => sfn.sendTaskHeartbeat({ taskToken: str(b, 'taskToken') }),
};
