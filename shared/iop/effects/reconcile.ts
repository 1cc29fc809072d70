import type { Logger } from '../../platform/logger.js';
import { clock } from '../../platform/clock.js';
import type { IopStage } from '../domain/case-model.js';
import { iopStore } from '../store/iop-store.js';
import { isIopExecutionRunning } from './iop-executions.js';
import { needsIopExecution, resumeIopCase } from './resume.js';

/** A case changed this recently may still be starting its execution; leave it alone. */
const GRACE_MS = 10 * 60_000;
const OpenStages: readonly IopStage[] = ['initiation', 'dialogue', 'approval', 'agreement', 'review'];

/**
 * Every open IOP case whose stage execution is no longer running is started
 * again at its current stage (by stage through GSI2, never a Scan).
 * `graceMs: 0` when nothing can be in flight (an engine that just started).
 */
export async function reconcileIopCases(logger: Logger, options: { graceMs?: number } = {}): Promise<{ checked: number; resumed: string[]; failed: string[] }> {
  const graceMs = options.graceMs ?? GRACE_MS;
  const resumed: string[] = [];
  const failed: string[] = [];
  let checked = 0;
  for (const stage of OpenStages) {
    for (const { state } of await iopStore.listByStage(stage)) {
      if (!needsIopExecution(state)) continue;
      checked++;
      if (clock.now().getTime() - new Date(state.updatedAt).getTime() < graceMs) continue;
      try {
        if (await isIopExecutionRunning(state.id)) continue;
        const r = await resumeIopCase(state.id);
        if (r.resumed) resumed.push(state.id);
      } catch (error) {
        failed.push(state.id);
        logger.error('iop resume failed', { caseId: state.id, error });
      }
    }
  }
  return { checked, resumed, failed };
}
