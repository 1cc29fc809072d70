import type { Middleware } from '../middleware-chain.js';
import { ForbiddenError } from '../../errors/domain-errors.js';
import { UnauthorizedError } from '../http-errors.js';
import { isRole } from '../../auth/actor.js';
import type { HttpEvent, HttpResult } from '../http-types.js';
import { stateOf } from './request-context.js';

/**
 * The JWT authorizer (API Gateway in AWS, the local API locally) has verified
 * the token and placed its claims on the request; this turns them into an Actor.
 * A protected route reached without claims is refused, never trusted, and a
 * caller whose role the route's contract does not name is refused at once.
 */
export function actorFromClaims(): Middleware<HttpEvent, HttpResult> {
  return {
    name: 'actorFromClaims',
    before: function actorFromClaimsBefore(request) {
      const state = stateOf(request);
      const claims = request.event.requestContext?.authorizer?.jwt?.claims;
      if (!claims || typeof claims.sub !== 'string') {
        if (state.route!.auth === 'jwt') throw new UnauthorizedError('Sign in: this route needs a valid bearer token.');
        return;
      }
      const role = claims['custom:role'];
      const org = claims['custom:org'];
      if (!isRole(role) || typeof org !== 'string' || org === '') {
        throw new ForbiddenError('Your account has no valid role or organisation; ask an administrator.');
      }
      state.actor = { sub: claims.sub, name: String(claims.name ?? claims.sub), role, org };
      // The contract's roles: a caller of another role is refused before the body is even read.
      const roles = state.route!.roles;
      if (roles && !roles.includes(role)) throw new ForbiddenError(`This needs the role ${roles.join(' or ')}; you are signed in as ${role}.`);
    },
  };
}
