import { ConflictError } from '../../platform/errors/domain-errors.js';
import type { IopCase } from '../domain/case-model.js';
import type { IopConfig } from '../domain/config.js';
import type { IopTransition } from '../domain/transition.js';
import { commitIopChange } from './commit-iop-change.js';
import { iopOutboxOf } from '../effects/iop-outbox.js';
import { loadIopCase } from './iop-store.js';
import { runIopOutbox } from '../effects/run-iop-effects.js';

/**
 * Read, change, commit (effects go out from the stream): how the workflow's own steps
 * change a case. A step racing a person's action loses the optimistic lock and
 * simply re-reads (the domain functions are no-ops once the case moved on).
 */
export async function mutateIopCase<X extends IopTransition>(
  caseId: string,
  change: (state: IopCase) => X,
  config: IopConfig,
  attempts = 4,
): Promise<X & { version: number }> {
  for (let attempt = 1; ; attempt++) {
    const stored = await loadIopCase(caseId);
    const transition = change(stored.state);
    if (transition.state === stored.state && transition.timeline.length === 0) {
      // Nothing to commit, but the step may re-assert an effect (they are idempotent).
      if (transition.effects.length > 0) await runIopOutbox(caseId, stored.version, iopOutboxOf(stored.state, transition.effects, [], config));
      return { ...transition, version: stored.version };
    }
    try {
      const committed = await commitIopChange(stored, transition, config);
      return { ...transition, version: committed.version };
    } catch (error) {
      if (!(error instanceof ConflictError) || attempt >= attempts) throw error;
    }
  }
}
