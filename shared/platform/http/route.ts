import type { $ZodType as ZodType } from 'zod/v4/core';
import type { RouteAnswer, RouteArgs, RouteDefinition } from './http-types.js';

/** Declares one route: its auth, schemas and handler. Types flow from the schemas. */
export function route<Body = undefined, Query = Record<string, string>>(definition: {
  auth?: 'jwt' | 'none';
  body?: ZodType<Body>;
  query?: ZodType<Query>;
  idempotent?: boolean;
  handler: (args: RouteArgs<Body, Query>) => Promise<RouteAnswer>;
}): RouteDefinition<Body, Query> {
  return { auth: 'jwt', ...definition };
}

/** Answers with JSON. */
export const ok = <View>(body: View, status = 200, headers?: Record<string, string>): RouteAnswer<View> => ({ status, body, headers });
