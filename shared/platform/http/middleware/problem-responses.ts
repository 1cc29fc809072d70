import type { Middleware } from '../middleware-chain.js';
import { createLogger } from '../../logger.js';
import type { HttpEvent, HttpResult } from '../http-types.js';
import { problemOf, problemResult } from '../problem-document.js';
import { stateOf } from './request-context.js';

/** Turns any error into application/problem+json; faults are logged with their stack, never sent. */
export function problemResponses(): Middleware<HttpEvent, HttpResult> {
  return {
    name: 'problemResponses',
    onError: function problemResponsesOnError(request) {
      const state = stateOf(request) ?? { correlationId: 'unknown', logger: createLogger() };
      const error = request.error;
      const problem = problemOf(error);
      if (problem) state.logger.info('request refused', { status: problem.status, detail: problem.detail });
      else state.logger.error('request failed', { error });
      request.response = problemResult(error, request.event.rawPath ?? '', state.correlationId);
    },
  };
}
