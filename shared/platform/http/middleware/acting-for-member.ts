import type { Middleware } from '../middleware-chain.js';
import { ForbiddenError } from '../../errors/domain-errors.js';
import { mayActFor } from '../../organisations/organisation.js';
import type { OrganisationDirectory } from '../../organisations/organisation-directory.js';
import type { HttpEvent, HttpResult } from '../http-types.js';
import { stateOf } from './request-context.js';

/** The request header an umbrella organisation's user names the member in, per request. */
export const ActingForHeader = 'acting-for';

/**
 * An umbrella organisation acting for a member (small organisations' voice):
 * a civil user of the umbrella sends `Acting-For: <member's id>`, and when the
 * registry shows that the member has authorised the umbrella, the request is
 * the member's: the actor's organisation becomes the member, so every rule
 * (party, invitation, consent, bidder profile) applies to it, and the actor
 * carries who speaks for it. Anyone else naming a member is refused.
 */
export function actingForMember(directory: OrganisationDirectory): Middleware<HttpEvent, HttpResult> {
  return {
    name: 'actingForMember',
    before: async function actingForMemberBefore(request) {
      const state = stateOf(request);
      const member = request.event.headers?.[ActingForHeader]?.trim();
      if (!state.actor || member === undefined || member === '' || member === state.actor.org) return;
      const actor = state.actor;
      const umbrella = await directory.get(actor.org);
      const memberOrg = await directory.get(member);
      if (actor.role !== 'civil' || !memberOrg || !mayActFor(umbrella, member)) {
        throw new ForbiddenError(
          `${umbrella?.name ?? actor.org} may not act for ${memberOrg?.name ?? member}: the member has not authorised it in the registry.`,
        );
      }
      state.actor = {
        sub: actor.sub,
        name: actor.name,
        role: actor.role,
        org: member,
        actingFor: { umbrella: actor.org, umbrellaName: umbrella!.name, memberName: memberOrg.name },
      };
    },
  };
}
