import { SystemActor } from '../../platform/auth/actor.js';
import type { StoredCase } from '../../platform/dynamodb/index.js';
import { dueFollowUps } from '../domain/match-case/follow-up-schedule.js';
import type { MatchCase } from '../domain/match-case/match-case-model.js';
import { applySystemMatchAction } from '../domain/match-case/system-match-actions.js';
import { commitMatchChange } from './commit-match-change.js';

/**
 * Opens the next yearly follow-up if one has fallen due and the contract is
 * running (stage agreement). Called by the scheduled start on each
 * anniversary and by the reconciler; safe to call late or twice, because it
 * compares the follow-ups due with those already opened. The follow-up's own
 * execution is started by the stage change, under a name fixed by its number.
 */
export async function openDueFollowUp(stored: StoredCase<MatchCase>, now: Date): Promise<boolean> {
  const s = stored.state;
  if (s.stage !== 'agreement' || !s.contract || dueFollowUps(s.contract, now) <= s.reviews.length) return false;
  const t = applySystemMatchAction(s, { type: 'open-review' }, SystemActor, now);
  await commitMatchChange(stored, t);
  return true;
}
