import type { Middleware } from '../middleware-chain.js';
import { type OrganisationDirectory, publicBodyFor } from '../../organisations/organisation-directory.js';
import type { HttpEvent, HttpResult } from '../http-types.js';
import { stateOf } from './request-context.js';

/**
 * Adds to the caller the public body their organisation belongs to, from the
 * organisation registry (never from the token: the registry is the one truth),
 * so the domain can keep approvers, administrators and procurement staff within their own body.
 */
export function actorPublicBody(directory: OrganisationDirectory): Middleware<HttpEvent, HttpResult> {
  return {
    name: 'actorPublicBody',
    before: async function actorPublicBodyBefore(request) {
      const state = stateOf(request);
      if (!state.actor) return;
      const publicBody = await publicBodyFor(directory, state.actor.org);
      if (publicBody !== undefined) state.actor = { ...state.actor, publicBody };
    },
  };
}
