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
      : {
          type: 'about:blank',
          title: 'Internal error',
          status: 500,
          detail: 'Something went wrong on our side. Nothing was changed by the part that failed; try again later.',
        };
  return {
    statusCode: problem.status,
    headers: { 'content-type': PROBLEM_CONTENT_TYPE, 'x-correlation-id': correlationId },
    body: JSON.stringify({ ...problem, instance, correlationId }),
  };
}
