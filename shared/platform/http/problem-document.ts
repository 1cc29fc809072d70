import { ProblemError } from '../errors/problem-errors.js';
import type { HttpResult } from './http-types.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/**
 * The RFC 9457 answer for an error. Typed errors carry their own status and
 * extensions; anything else is a fault and says nothing about its internals.
 */
export function problemResult(error: unknown, instance: string, correlationId: string): HttpResult {
  const problem =
    error instanceof ProblemError
      ? { type: 'about:blank', title: error.title, status: error.status, detail: error.message, ...error.extensions }
      : isTooLarge(error)
        ? {
            type: 'about:blank',
            title: 'Too large',
            status: 413,
            detail: 'The change would make the case larger than it may grow. Shorten the text or split it; nothing was changed.',
          }
        : {
            type: 'about:blank',
            title: 'Internal error',
            status: 500,
            detail: 'Something went wrong on our side. Retry with the same Idempotency-Key: the change is made at most once.',
          };
  return {
    statusCode: problem.status,
    headers: { 'content-type': PROBLEM_CONTENT_TYPE, 'x-correlation-id': correlationId },
    body: JSON.stringify({ ...problem, instance, correlationId }),
  };
}

/** The data layer's ItemTooLargeError (by name: this module stays free of SDK code). */
const isTooLarge = (error: unknown): boolean => (error as { name?: string } | undefined)?.name === 'ItemTooLargeError';
