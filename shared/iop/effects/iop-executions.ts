import { EnvNames, requireEnv } from '../../platform/env-names.js';
import { isExecutionRunning, startExecutionOnce } from '../../platform/step-functions.js';
import type { WorkflowStage } from '../domain/case-model.js';
import { IOP_KIND, iopItems } from '../store/iop-store.js';

/**
 * Where the stage executions of IOP cases run: starting one and asking whether
 * it still runs. Step Functions only, apart from the outbox (run-iop-effects.ts),
 * so the reconciler reaches neither EventBridge nor Scheduler through it.
 */
export const stateMachineArn = (stage: WorkflowStage): string => `${requireEnv(EnvNames.stateMachineArnPrefix)}iop-${stage}`;
const executionKey = (caseId: string) => ({ pk: `${IOP_KIND}#${caseId}`, sk: 'EXECUTION' });

/** Where the case's current stage execution is, for the reconciler. */
export async function recordExecution(caseId: string, executionArn: string, stage: WorkflowStage): Promise<void> {
  const { pk, sk } = executionKey(caseId);
  await iopItems.put(pk, sk, { executionArn, stage });
}

export const executionArnOf = (stage: WorkflowStage, name: string): string => `${stateMachineArn(stage).replace(':stateMachine:', ':execution:')}:${name}`;

export async function startIopExecution(caseId: string, stage: WorkflowStage, executionName: string, input: Record<string, unknown> = {}): Promise<void> {
  // The execution's first wait records where it runs (the await task), so the
  // request path spends no DynamoDB write on it. A retried start with the same
  // name is a no-op: that execution already exists.
  await startExecutionOnce(stateMachineArn(stage), executionName, { caseId, ...input });
}

/** Is the case's last recorded execution still running? */
export async function isIopExecutionRunning(caseId: string): Promise<boolean> {
  const { pk, sk } = executionKey(caseId);
  const stored = await iopItems.get<{ executionArn: string }>(pk, sk);
  return isExecutionRunning(stored?.executionArn);
}
