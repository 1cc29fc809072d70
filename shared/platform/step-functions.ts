import { DescribeExecutionCommand, SendTaskHeartbeatCommand, SendTaskSuccessCommand, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { sfnClient } from './aws-clients.js';
import { errorName } from './aws-errors.js';

/**
 * Step Functions calls both case kinds (IOP and match cases) make the same
 * way, so that their retry rules stay one rule: a retried start or a late
 * callback answer is a no-op, never a failure.
 */

/**
 * Starts an execution under a fixed name (cut to the 80 characters Step Functions
 * allows). Returns its ARN, or undefined when an execution of that name already
 * exists: a retried start is a no-op.
 */
export async function startExecutionOnce(
  stateMachineArn: string,
  name: string,
  input: Record<string, unknown>,
): Promise<{ readonly executionArn?: string; readonly startDate?: Date } | undefined> {
  try {
    return await sfnClient().send(new StartExecutionCommand({ stateMachineArn, name: name.slice(0, 80), input: JSON.stringify(input) }));
  } catch (error) {
    if (errorName(error) !== 'ExecutionAlreadyExists') throw error;
    return undefined;
  }
}

/** Is this execution still running? An unknown or unreadable one counts as not running. */
export async function isExecutionRunning(executionArn: string | undefined): Promise<boolean> {
  if (!executionArn) return false;
  try {
    const out = await sfnClient().send(new DescribeExecutionCommand({ executionArn }));
    return out.status === 'RUNNING';
  } catch {
    return false;
  }
}

/** Answers a waiting task; an answer to a wait that timed out or already ended is ignored. */
export async function sendTaskSuccessIfWaiting(taskToken: string, output: unknown): Promise<void> {
  try {
    await sfnClient().send(new SendTaskSuccessCommand({ taskToken, output: JSON.stringify(output) }));
  } catch (error) {
    const name = errorName(error);
    if (name !== 'TaskTimedOut' && name !== 'InvalidToken' && name !== 'TaskDoesNotExist') throw error;
  }
}

/** Keeps a waiting task alive; best effort, so a failed heartbeat is ignored. */
export async function sendHeartbeatQuietly(taskToken: string): Promise<void> {
  await sfnClient()
    .send(new SendTaskHeartbeatCommand({ taskToken }))
    .catch(() => undefined);
}
