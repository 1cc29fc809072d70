import type { HttpEvent, HttpResult, RouteDefinition } from './http-types.js';
import { type Middleware, middlewareChain } from './middleware-chain.js';
import { requestContext, stateOf } from './middleware/request-context.js';
import { problemResponses } from './middleware/problem-responses.js';
import { actorFromClaims } from './middleware/actor-from-claims.js';
import { jsonBody } from './middleware/json-body.js';
import { toHttpResult } from './http-result.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRoute = RouteDefinition<any, any>;

/**
 * The middleware chain every HTTP Lambda shares, without any AWS SDK client: API
 * Gateway (or the local API) names the matched route in event.routeKey; the
 * chain resolves it, checks the caller, parses and validates input, and turns
 * every error into problem+json. `extra` middlewares run last (idempotency).
 */
export function httpLambdaWith(routes: Record<string, AnyRoute>, extra: readonly Middleware<HttpEvent, HttpResult>[] = []) {
  const table = new Map<string, RouteDefinition<unknown, unknown>>(Object.entries(routes));

  async function runRoute(event: HttpEvent): Promise<HttpResult> {
    const state = stateOf({ event });
    const answer = await state.route!.handler({
      actor: state.actor!,
      body: state.body,
      query: state.query,
      params: (event.pathParameters ?? {}) as Record<string, string>,
      headers: (event.headers ?? {}) as Record<string, string>,
      correlationId: state.correlationId,
      logger: state.logger,
      event,
      idempotency: state.idempotency,
    });
    return toHttpResult(answer, state.correlationId);
  }

  return middlewareChain([requestContext(table), problemResponses(), actorFromClaims(), jsonBody(), ...extra], runRoute);
}
