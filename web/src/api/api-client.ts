import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths } from './openapi-types.js';
import { problemOf, type Problem } from './problem.js';

/** A non-2xx answer, carrying the problem document so forms can show its field errors. */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
  }
  get status(): number {
    return this.problem.status;
  }
}

/** The API as its OpenAPI document describes it: paths, parameters, bodies and answers are all typed. */
export type ApiClient = Client<paths>;

/** The JSON body a write takes, as the OpenAPI document declares it. */
export type RequestBody<P extends keyof paths, M extends 'post' | 'put'> = paths[P][M] extends {
  readonly requestBody?: { readonly content: { readonly 'application/json': infer B } };
}
  ? B
  : never;

export interface ApiClientOptions {
  /** '' for the same origin (locally), the API's URL in AWS. */
  readonly baseUrl: string;
  readonly token: () => string | undefined;
  /** Called on 401, so the app can ask the user to sign in again. */
  readonly onUnauthorised?: () => void;
  readonly fetch?: (request: Request) => Promise<Response>;
  /** The member organisation an umbrella organisation's user acts for now, if any (sent as Acting-For). */
  readonly actingFor?: () => string | undefined;
}

const Writes = new Set(['POST', 'PUT']);

/** The signed-in user's token on every call, and an Idempotency-Key on every write. */
function sessionMiddleware(options: ApiClientOptions): Middleware {
  return {
    onRequest({ request }) {
      const token = options.token();
      if (token) request.headers.set('authorization', `Bearer ${token}`);
      const member = options.actingFor?.();
      if (token && member) request.headers.set('acting-for', member);
      // A form passes its submission's key (a retry reuses it); any other write still never applies twice.
      if (Writes.has(request.method) && !request.headers.has('idempotency-key')) request.headers.set('idempotency-key', newIdempotencyKey());
      return request;
    },
    onResponse({ response }) {
      if (response.status === 401) options.onUnauthorised?.();
    },
  };
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl,
    headers: { accept: 'application/json, application/problem+json' },
    // Looked up at each call, not captured once.
    fetch: options.fetch ?? ((request) => fetch(request)),
  });
  client.use(sessionMiddleware(options));
  return client;
}

/** What an openapi-fetch call settles to: the success body, or the error body with the response. */
type CallResult<T> = { readonly data?: T; readonly error?: unknown; readonly response: Response };

/**
 * The success body of a call, for `useResource` and `useSubmit`; any other
 * answer becomes an ApiError with its problem document, a failed fetch one
 * with status 0.
 */
export async function answer<T>(call: Promise<CallResult<T>>): Promise<T> {
  let result: CallResult<T>;
  try {
    result = await call;
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError({ status: 0, title: 'Network error', detail: undefined, errors: [] });
  }
  if (!result.response.ok) throw new ApiError(problemOf(result.response.status, result.error));
  return result.data as T;
}

/** A fresh Idempotency-Key. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}

/** The header a write sends its submission's key in (one per form submission, so a double click never applies twice). */
export const idempotent = (key: string) => ({ 'Idempotency-Key': key });
