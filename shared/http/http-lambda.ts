import middy from '@middy/core';
import type { HttpEvent, HttpResult, RouteDefinition } from './http-types.js';
import { requestContext, stateOf } from './middleware/request-context.js';
import { problemResponses } from './middleware/problem-responses.js';
import { actorFromClaims } from './middleware/actor-from-claims.js';
import { jsonBody } from './middleware/json-body.js';
import { idempotency } from './middleware/idempotency.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyRoute = RouteDefinition<any, any>;

/**
 * One Lambda function serving several routes of the HTTP API. API Gateway (or
 * the local API) names the matched route in event.routeKey; the middy chain
 * resolves it, checks the caller, parses and validates input, applies
 * Idempotency-Key, and turns every error into problem+json.
 */
export function httpLambda(routes: Record<string, AnyRoute>) {
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
    });
    const headers: Record<string, string> = { 'x-correlation-id': state.correlationId, ...answer.headers };
    if (answer.body === undefined) return { statusCode: answer.status, headers };
    headers['content-type'] ??= 'application/json';
    return { statusCode: answer.status, headers, body: JSON.stringify(answer.body) };
  }

  return middy<HttpEvent, HttpResult>()
    .use(requestContext(table))
    .use(problemResponses())
    .use(actorFromClaims())
    .use(jsonBody())
    .use(idempotency())
    .handler(runRoute);
}
