import { EnvNames, requireEnv } from '../../platform/env-names.js';
import { ItemStore } from '../../platform/dynamodb/index.js';
import { isExecutionRunning, startExecutionOnce } from '../../platform/step-functions.js';
import type { MatchCase } from '../domain/match-case/match-case-model.js';
import { isTerminalStage } from '../domain/match-case/terminal-stage.js';
import { MATCH_CASE_KIND } from '../store/match-case-kind.js';

/**
 * Where a match case's execution runs: starting one and asking whether it
 * still runs. Step Functions only, apart from the outbox (run-match-effects.ts),
 * so the reconciler reaches neither EventBridge nor Scheduler through it.
 */
export const matchStateMachineArn = () => `${requireEnv(EnvNames.stateMachineArnPrefix)}match-case`;
const executionKey = (caseId: string) => ({ pk: `${MATCH_CASE_KIND}#${caseId}`, sk: 'EXECUTION' });
const items = new ItemStore();

export async function startMatchExecution(caseId: string, executionName: string): Promise<void> {
  // A retried start with the same name is fine: the execution already runs.
  const out = await startExecutionOnce(matchStateMachineArn(), executionName, { caseId });
  if (!out) return;
  const { pk, sk } = executionKey(caseId);
  await items.put(pk, sk, { executionArn: out.executionArn ?? '', startedAt: out.startDate?.toISOString() ?? '' });
}

/** Is the case's last execution still running? */
export async function isMatchExecutionRunning(caseId: string): Promise<boolean> {
  const { pk, sk } = executionKey(caseId);
  const stored = await items.get<{ executionArn: string }>(pk, sk);
  return isExecutionRunning(stored?.executionArn);
}

export const needsExecution = (s: MatchCase): boolean => !isTerminalStage(s.stage) && !(s.stage === 'agreement' && s.contract !== null);
