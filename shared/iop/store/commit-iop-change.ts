import type { StoredCase, TransactionPut } from '../../platform/dynamodb/index.js';
import type { IopCase } from '../domain/case-model.js';
import type { IopConfig } from '../domain/config.js';
import type { IopTransition } from '../domain/transition.js';
import { iopOutboxOf } from '../effects/iop-outbox.js';
import { iopIndexOf, iopStore } from './iop-store.js';

/**
 * Commits one IOP change as one transaction: the event with its effects, the
 * case, new memberships, and `also` (the idempotency record). Without
 * `previous` the change creates the case.
 */
export async function commitIopChange(
  previous: StoredCase<IopCase> | undefined,
  t: IopTransition,
  config: IopConfig,
  also: readonly TransactionPut[] = [],
): Promise<StoredCase<IopCase>> {
  const options = { effects: iopOutboxOf(t.state, t.effects, t.timeline, config), also, previousCollections: previous?.collections };
  const index = iopIndexOf(t.state);
  return previous
    ? iopStore.commit(t.state.id, previous.version, t.state, t.timeline, index, previous.index, options)
    : iopStore.create(t.state.id, t.state, t.timeline, index, options);
}
