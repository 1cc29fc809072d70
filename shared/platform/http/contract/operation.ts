import type { output, $ZodType as ZodType } from 'zod/v4/core';
import type { Role } from '../../auth/actor.js';
import type { FunctionId } from '../../function-catalog.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

declare const viewBrand: unique symbol;

/**
 * The type of a route's view without the view itself: the contract names it
 * with a type-only import, which the compiler erases, so the view schemas stay
 * out of the Lambda bundles; the view is in the context's operation docs.
 */
export interface ViewType<View> {
  readonly [viewBrand]?: View;
}

const NoView: ViewType<never> = Object.freeze({});

/** `view: viewType<typeof IopCaseView>()`: the handler's answer is checked against the view's type. */
export const viewType = <V extends ZodType>(): ViewType<output<V>> => NoView;

/**
 * One HTTP route, declared once: where it lives, who may call it, what it
 * takes and what it answers. CDK's routes, the handler's dispatch and the
 * local API server read these declarations; the OpenAPI document joins them
 * with the context's operation docs (summaries and views, operation-docs.ts),
 * which no Lambda bundle carries.
 */
export interface Operation<Body = unknown, Query = unknown, View = unknown> {
  readonly method: HttpMethod;
  /** API Gateway's path syntax: "/iop/cases/{id}". */
  readonly path: string;
  /** The Lambda function that serves it. */
  readonly function: FunctionId;
  /** `jwt` routes sit behind the JWT authorizer; `none` routes are public. */
  readonly auth: 'jwt' | 'none';
  /** The roles that may call it at all (403 before anything else); the domain decides the finer rights. */
  readonly roles?: readonly Role[];
  readonly body?: ZodType<Body>;
  readonly query?: ZodType<Query>;
  /** The answer on success: its status and the type of the view it carries. */
  readonly response: {
    readonly status: number;
    readonly view: ViewType<View>;
    /** A media type other than JSON (a PDF, a CSV file): the handler answers with the bytes or the text as its body. */
    readonly mediaType?: string;
  };
  /** Problem statuses this route can answer besides the common ones (400, 404, and 401/403 behind the authorizer). */
  readonly problems?: readonly number[];
  /** Whether Idempotency-Key applies (POST and PUT by default). */
  readonly idempotent?: boolean;
}

// biome-ignore lint/suspicious/noExplicitAny: a contract holds operations of every body, query and view type.
export type AnyOperation = Operation<any, any, any>;

/** A bounded context's routes, named by what they do ("initiate", "act"). */
export type Contract = Readonly<Record<string, AnyOperation>>;

export type BodyOf<O> = O extends Operation<infer B, unknown, unknown> ? B : never;
export type QueryOf<O> = O extends Operation<unknown, infer Q, unknown> ? Q : never;
export type ViewOf<O> = O extends Operation<unknown, unknown, infer V> ? V : never;

/** Declares one operation; its types flow from the schemas and the view's type. */
export function operation<Body = undefined, Query = Record<string, string>, View = unknown>(
  declaration: Operation<Body, Query, View>,
): Operation<Body, Query, View> {
  return declaration;
}

/** API Gateway's route key, "POST /iop/cases", which reaches the handler as event.routeKey. */
export const routeKeyOf = (route: { readonly method: string; readonly path: string }): string => `${route.method} ${route.path}`;
