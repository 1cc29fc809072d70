import type { Actor } from '../../platform/auth/actor.js';
import type { IopCase } from './case-model.js';

/**
 * When the reader's organisation left the case: it declined its invitation, or withdrew while the case went on.
 * An organisation that left sees the case as it was up to then and nothing
 * later. Undefined while it takes part (or reads as a consultation responder).
 */
export function departedAt(state: IopCase, actor: Actor): string | undefined {
  if (actor.role !== 'healthcare' && actor.role !== 'civil') return undefined;
  if (state.consultation?.responders.some((r) => r.orgId === actor.org)) return undefined;
  const party = state.parties.find((p) => p.orgId === actor.org);
  if (party?.invitation === 'withdrawn') return party.leftAt ?? state.updatedAt;
  return party?.invitation === 'declined' ? (party.answeredAt ?? state.createdAt) : undefined;
}
