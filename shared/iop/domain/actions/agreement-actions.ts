import type { Actor } from '../../../platform/auth/actor.js';
import { ConflictError, RuleViolationError } from '../../../platform/errors/domain-errors.js';
import type { TimelineEntry } from '../../../platform/timeline/timeline-entry.js';
import { isFullySigned } from '../agreement.js';
import type { IopCase } from '../case-model.js';
import { awaitingSignatures } from '../case-model.js';
import type { ActionOf } from '../schemas.js';
import type { IopTransition } from '../transition.js';
import { timelineEntry } from '../transition.js';
import { complete, heartbeat, mustParty } from './action-helpers.js';

/** Stage 4: signatures (leaving is in leaving-actions.ts). */
export function sign(state: IopCase, action: ActionOf<'sign'>, actor: Actor, now: Date): IopTransition {
  const party = mustParty(state, actor);
  const agreement = state.agreement;
  if (!agreement || !awaitingSignatures(state)) {
    throw new ConflictError(
      { sv: 'Det finns ingen överenskommelse som väntar på underskrift.', en: 'There is no agreement waiting for signatures.' },
      { stage: state.stage },
    );
  }
  if (action.agreementVersion !== undefined && action.agreementVersion !== agreement.version) {
    const text = {
      sv: `Överenskommelsen har ändrats: den som ska skrivas under är version ${agreement.version}. Ladda om sidan och skriv under den.`,
      en: `The agreement to sign is version ${agreement.version}`,
    };
    throw new RuleViolationError([{ path: 'agreementVersion', message: text.en, text }], text);
  }
  if (agreement.signatures[party.orgId]) {
    throw new ConflictError({ sv: `${party.name} har redan skrivit under.`, en: `${party.name} has already signed.` }, { stage: state.stage });
  }
  const signed = { ...agreement, signatures: { ...agreement.signatures, [party.orgId]: { signedBy: actor.sub, at: now.toISOString() } } };
  const timeline: TimelineEntry[] = [
    timelineEntry(
      'agreement-signed',
      actor,
      now,
      {
        sv: `${party.name} har undertecknat överenskommelsen.`,
        en: `${party.name} has signed the agreement.`,
      },
      false,
      { orgId: party.orgId, agreementVersion: agreement.version },
    ),
  ];
  if (!isFullySigned(signed)) {
    return { state: { ...state, agreement: signed }, timeline, effects: heartbeat(state) };
  }
  const active = { ...signed, activeSince: now.toISOString() };
  const done = complete({ ...state, agreement: active, agreementInForce: active, amending: false }, { outcome: 'signed' });
  timeline.push(
    timelineEntry(
      'agreement-active',
      actor,
      now,
      {
        sv: `Alla parter har undertecknat. Överenskommelsen gäller ${active.termStart.slice(0, 10)}–${active.termEnd.slice(0, 10)}.`,
        en: `Every party has signed. The agreement runs from ${active.termStart.slice(0, 10)} to ${active.termEnd.slice(0, 10)}.`,
      },
      true,
      { agreementVersion: active.version, termStart: active.termStart, termEnd: active.termEnd },
    ),
  );
  return { state: done.state, timeline, effects: [done.effect] };
}
