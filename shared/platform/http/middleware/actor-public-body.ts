import type { MiddlewareObj } from '@middy/core';
import { type OrganisationDirectory, publicBodyFor } from '../../organisations/organisation-directory.js';
import type { HttpEvent } from '../http-types.js';
import { stateOf } from './request-context.js';

/**
 * Adds to the caller the public body their organisation belongs to, from the
 * organisation registry (never from the token: the registry is the one truth),
 * so the domain can keep approvers, administrators and procurement staff within their own body.
 */
export function actorPublicBody(directory: OrganisationDirectory): MiddlewareObj<HttpEvent> {
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
