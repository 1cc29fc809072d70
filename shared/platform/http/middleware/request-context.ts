import type { Middleware } from '../middleware-chain.js';
import { randomUUID } from 'node:crypto';
import { createLogger } from '../../logger.js';
import type { HttpEvent, HttpRequestState, HttpResult, RouteDefinition } from '../http-types.js';
import { NotFoundError } from '../../errors/domain-errors.js';

/** Longest id a path may carry. */
const MAX_PATH_PARAMETER_LENGTH = 256;

/** Per-request state, keyed by the event object so the handler can reach it too. */
const states = new WeakMap<object, HttpRequestState>();

/** Reads the per-request state the middlewares share. */
export function stateOf(request: { event: object }): HttpRequestState {
  return states.get(request.event)!;
}

/**
 * First in the chain: a correlation id (the caller's x-correlation-id, else the
 * API Gateway request id), a logger carrying it, and the route for routeKey.
 */
export function requestContext(routes: ReadonlyMap<string, RouteDefinition<unknown, unknown>>): Middleware<HttpEvent, HttpResult> {
  return {
    name: 'requestContext',
    before: function requestContextBefore(request) {
      const event = request.event;
      const headers = event.headers ?? {};
      const correlationId = headers['x-correlation-id'] ?? event.requestContext?.requestId ?? randomUUID();
      const logger = createLogger({ correlationId, routeKey: event.routeKey });
      const state: HttpRequestState = { correlationId, logger, route: routes.get(event.routeKey) };
      states.set(event, state);
      if (!state.route) throw new NotFoundError(`No route matches ${event.requestContext?.http?.method ?? ''} ${event.rawPath ?? ''}.`);
      // No id of ours is this long (DynamoDB refuses keys over 2,048 bytes): such a thing does not exist.
      for (const [name, value] of Object.entries(event.pathParameters ?? {})) {
        if (value !== undefined && value.length > MAX_PATH_PARAMETER_LENGTH) {
          throw new NotFoundError(`No ${name} of ${value.length} characters exists (at most ${MAX_PATH_PARAMETER_LENGTH}).`);
        }
      }
    },
  };
}
