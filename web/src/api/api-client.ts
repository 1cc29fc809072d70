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

export interface ApiClient {
  get<T>(path: string): Promise<T>;
  /** `idempotencyKey`: one per form submission, so a double click or a retry never applies twice. */
  post<T>(path: string, body: unknown, idempotencyKey?: string): Promise<T>;
  put<T>(path: string, body: unknown): Promise<T>;
}

export interface ApiClientOptions {
  /** '' for the same origin (locally), the API's URL in AWS. */
  readonly baseUrl: string;
  readonly token: () => string | undefined;
  /** Called on 401, so the app can ask the user to sign in again. */
  readonly onUnauthorised?: () => void;
  readonly fetch?: typeof fetch;
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));

  async function request<T>(method: string, path: string, body?: unknown, idempotencyKey?: string): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
    const token = options.token();
    if (token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
    let response: Response;
    try {
      response = await doFetch(`${options.baseUrl.replace(/\/$/, '')}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      throw new ApiError({ status: 0, title: 'Network error', detail: undefined, errors: [] });
    }
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    if (!response.ok) {
      if (response.status === 401) options.onUnauthorised?.();
      throw new ApiError(problemOf(response.status, parsed));
    }
    return parsed as T;
  }

  return {
    get: (path) => request('GET', path),
    post: (path, body, key) => request('POST', path, body, key),
    put: (path, body) => request('PUT', path, body),
  };
}

/** A fresh Idempotency-Key. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}

/** List endpoints answer with an array or with {items}; the app only needs the rows. */
export function rowsOf<T>(body: unknown): T[] {
  if (Array.isArray(body)) return body as T[];
  if (typeof body === 'object' && body !== null) {
    for (const key of ['items', 'cases', 'entries', 'events', 'timeline', 'notices', 'matches', 'results', 'agreements', 'users']) {
      const value = (body as Record<string, unknown>)[key];
      if (Array.isArray(value)) return value as T[];
    }
  }
  return [];
}
