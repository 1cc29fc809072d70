/** ARNs the local engines mint and read; the account is AWS's documented placeholder for local use. */
export const LOCAL_ACCOUNT_ID = '000000000000';

export const lambdaFunctionArn = (region: string, functionId: string): string => `arn:aws:lambda:${region}:${LOCAL_ACCOUNT_ID}:function:${functionId}`;

/** "IopTasks", "arn:aws:lambda:r:a:function:IopTasks" or "...:function:IopTasks:$LATEST" → "IopTasks". */
export function functionIdFromArn(nameOrArn: string): string {
  const marker = ':function:';
  const at = nameOrArn.indexOf(marker);
  if (at < 0) return nameOrArn;
  return nameOrArn.slice(at + marker.length).split(':')[0] ?? nameOrArn;
}

export const stateMachineArn = (region: string, name: string): string => `arn:aws:states:${region}:${LOCAL_ACCOUNT_ID}:stateMachine:${name}`;

export function executionArnFor(stateMachine: string, executionName: string): string {
  return `${stateMachine.replace(':stateMachine:', ':execution:')}:${executionName}`;
}

export function stateMachineArnOfExecution(executionArn: string): string {
  const parts = executionArn.split(':');
  return parts.slice(0, -1).join(':').replace(':execution:', ':stateMachine:');
}

export const isStateMachineArn = (arn: string): boolean => /^arn:aws:states:[^:]*:[^:]*:stateMachine:[^:]+$/.test(arn);
export const isLambdaArn = (arn: string): boolean => /^arn:aws:lambda:[^:]*:[^:]*:function:/.test(arn);
