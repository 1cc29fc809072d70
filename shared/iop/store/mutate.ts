import type { IopCase } from '../domain/case-model.js';
import type { IopConfig } from '../domain/config.js';
import type { IopTransition } from '../domain/transition.js';
import { iopOutboxOf } from '../effects/iop-outbox.js';
import { runIopOutbox } from '../effects/run-iop-effects.js';
import { changeIopCase } from './change-iop-case.js';

/**
 * How the workflow's own steps change a case: read, change, commit (effects go
 * out from the stream). A step that changes nothing may still re-assert an
 * effect; those run at once, which is safe because every effect is idempotent.
 */
export async function mutateIopCase<X extends IopTransition>(
  caseId: string,
  change: (state: IopCase) => X,
  config: IopConfig,
  attempts = 4,
): Promise<X & { version: number }> {
  const result = await changeIopCase(caseId, change, config, attempts);
  // Unchanged, so result.state is the stored case the effects are made from.
  if (!result.committed && result.effects.length > 0) await runIopOutbox(caseId, result.version, iopOutboxOf(result.state, result.effects, [], config));
  return result;
}
