import { StoredOrganisations } from '../organisations/organisation-directory.js';
import { httpLambdaWith, type AnyRoute } from './http-lambda-core.js';
import { actingForMember } from './middleware/acting-for-member.js';
import { actorPublicBody } from './middleware/actor-public-body.js';
import { idempotency } from './middleware/idempotency.js';

/**
 * The HTTP Lambda for routes that read or change data: the shared chain plus
 * the caller's public body (from the organisation registry), an umbrella
 * organisation acting for a member (Acting-For), and Idempotency-Key
 * handling, both of which need DynamoDB. Read-only functions with no data use
 * httpLambdaWith directly and stay free of SDK code.
 */
export function httpLambda(routes: Record<string, AnyRoute>) {
  const registry = new StoredOrganisations();
  return httpLambdaWith(routes, [actorPublicBody(registry), actingForMember(registry), idempotency()]);
}
