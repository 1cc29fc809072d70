import { DomainError, type DomainErrorKind } from '../errors/domain-errors.js';
import { HttpError } from './http-errors.js';
import { ApiResponseHeaders } from './http-result.js';
import type { HttpResult } from './http-types.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** How HTTP says each kind of domain error: the one place that knows. */
export const ProblemOfKind = {
  invalid: { status: 400, title: 'Invalid request' },
  'rule-violated': { status: 422, title: 'Rule not met' },
  forbidden: { status: 403, title: 'Not allowed' },
  'not-found': { status: 404, title: 'Not found' },
  conflict: { status: 409, title: 'Conflict' },
  expired: { status: 410, title: 'Deadline passed' },
} as const satisfies Record<DomainErrorKind, { status: number; title: string }>;

interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly [extension: string]: unknown;
}

/** The problem an error is, or undefined for a fault (anything not a typed error). */
export function problemOf(error: unknown): Problem | undefined {
  if (error instanceof DomainError) {
    // `text` is the detail in Swedish and English, for the web app; `detail` stays the one English message RFC 9457 has.
    return { type: 'about:blank', ...ProblemOfKind[error.kind], detail: error.message, ...(error.text ? { text: error.text } : {}), ...error.extensions };
  }
  if (error instanceof HttpError) return { type: 'about:blank', title: error.title, status: error.status, detail: error.message };
  if (isTooLarge(error)) {
    return {
      type: 'about:blank',
      title: 'Too large',
      status: 413,
      detail: 'The change would make the case larger than it may grow. Shorten the text or split it; nothing was changed.',
    };
  }
  return undefined;
}

/**
 * The RFC 9457 answer for an error. Typed errors become their problem; a fault
 * is a bare 500 that says nothing about its internals.
 */
export function problemResult(error: unknown, instance: string, correlationId: string): HttpResult {
  const problem = problemOf(error) ?? {
    type: 'about:blank',
    title: 'Internal error',
    status: 500,
    detail: 'Something went wrong on our side. Retry with the same Idempotency-Key: the change is made at most once.',
  };
  return {
    statusCode: problem.status,
    headers: { 'content-type': PROBLEM_CONTENT_TYPE, 'x-correlation-id': correlationId, ...ApiResponseHeaders },
    body: JSON.stringify({ ...problem, instance, correlationId }),
  };
}

/** The data layer's ItemTooLargeError (by name: this module stays free of SDK code). */
const isTooLarge = (error: unknown): boolean => (error as { name?: string } | undefined)?.name === 'ItemTooLargeError';
