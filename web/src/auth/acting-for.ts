import type { Session } from './session.js';

/**
 * The member organisation a signed-in user of an umbrella organisation has
 * chosen to act for, kept per person in this browser; the API checks in the
 * registry that the member has authorised the umbrella.
 */
const keyOf = (session: Session) => `iop.actingFor.${session.actor.sub}`;

export function actingForOf(session: Session | undefined): string | undefined {
  if (!session || session.actor.role !== 'civil') return undefined;
  return localStorage.getItem(keyOf(session)) ?? undefined;
}

export function setActingFor(session: Session, member: string | undefined): void {
  if (member) localStorage.setItem(keyOf(session), member);
  else localStorage.removeItem(keyOf(session));
}
