import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { $ZodType as ZodType } from 'zod/v4/core';
import type { Actor, Role } from '../auth/actor.js';
import type { Logger } from '../logger.js';
import type { TransactionPut } from '../dynamodb/transaction.js';

/** API Gateway HTTP API (payload v2) event with the JWT authorizer's claims. */
export type HttpEvent = APIGatewayProxyEventV2WithJWTAuthorizer;
export type HttpResult = APIGatewayProxyStructuredResultV2 & { statusCode: number; headers: Record<string, string> };

export interface RouteArgs<Body, Query> {
  /** The caller. Present on 'jwt' routes; undefined on public ones. */
  readonly actor: Actor;
  readonly body: Body;
  readonly query: Query;
  readonly params: Readonly<Record<string, string>>;
  readonly headers: Readonly<Record<string, string>>;
  readonly correlationId: string;
  readonly logger: Logger;
  readonly event: HttpEvent;
  /** Present when the request carries an Idempotency-Key: put its record into the change's transaction. */
  readonly idempotency?: IdempotencyClaim;
}

/** A request's Idempotency-Key, for a handler whose change must store its answer atomically. */
export interface IdempotencyClaim {
  /** The write that stores `answer` as this key's answer; include it in the change's transaction. */
  recordWith(answer: RouteAnswer): TransactionPut;
}

export interface RouteAnswer<View = unknown> {
  readonly status: number;
  readonly body?: View;
  readonly headers?: Record<string, string>;
}

export interface RouteDefinition<Body = unknown, Query = unknown> {
  readonly auth: 'jwt' | 'none';
  /** The roles that may call the route at all; absent means every signed-in role. */
  readonly roles?: readonly Role[];
  readonly body?: ZodType<Body>;
  readonly query?: ZodType<Query>;
  /** Whether Idempotency-Key applies (POST and PUT by default). */
  readonly idempotent?: boolean;
  readonly handler: (args: RouteArgs<Body, Query>) => Promise<RouteAnswer>;
}

/** Per-request state the middlewares share. */
export interface HttpRequestState {
  correlationId: string;
  logger: Logger;
  route?: RouteDefinition<unknown, unknown>;
  actor?: Actor;
  body?: unknown;
  query?: unknown;
  idempotency?: IdempotencyClaim;
}
