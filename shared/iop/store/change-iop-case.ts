import { ConflictError } from '../../platform/errors/domain-errors.js';
import type { IopCase } from '../domain/case-model.js';
import type { IopConfig } from '../domain/config.js';
import type { IopTransition } from '../domain/transition.js';
import { commitIopChange } from './commit-iop-change.js';
import { loadIopCase } from './iop-store.js';

/**
 * Read, change, commit (effects go out from the stream), retried when another
 * writer won the optimistic lock: the change re-reads the case, and the domain
 * functions are no-ops once it moved on. `committed: false` when the change
 * left the case as it was; what to do with the effects it still asked for is
 * the caller's (mutateIopCase runs them), so a caller that never asks for any,
 * like the reconciler's resume, needs no outbox and none of its SDK clients.
 */
export async function changeIopCase<X extends IopTransition>(
  caseId: string,
  change: (state: IopCase) => X,
  config: IopConfig,
  attempts = 4,
): Promise<X & { version: number; committed: boolean }> {
  for (let attempt = 1; ; attempt++) {
    const stored = await loadIopCase(caseId);
    const transition = change(stored.state);
    if (transition.state === stored.state && transition.timeline.length === 0) return { ...transition, version: stored.version, committed: false };
    try {
      const committed = await commitIopChange(stored, transition, config);
      return { ...transition, version: committed.version, committed: true };
    } catch (error) {
      if (!(error instanceof ConflictError) || attempt >= attempts) throw error;
    }
  }
}
