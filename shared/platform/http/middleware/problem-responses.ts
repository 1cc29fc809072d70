import type { MiddlewareObj } from '@middy/core';
import { ProblemError } from '../../errors/problem-errors.js';
import { createLogger } from '../../logger.js';
import type { HttpEvent } from '../http-types.js';
import { problemResult } from '../problem-document.js';
import { stateOf } from './request-context.js';

/** Turns any error into application/problem+json; faults are logged with their stack, never sent. */
export function problemResponses(): MiddlewareObj<HttpEvent> {
  return {
    name: 'problemResponses',
    onError: function problemResponsesOnError(request) {
      const state = stateOf(request) ?? { correlationId: 'unknown', logger: createLogger() };
      const error = request.error;
      if (error instanceof ProblemError) state.logger.info('request refused', { status: error.status, detail: error.message });
      else state.logger.error('request failed', { error });
      request.response = problemResult(error, request.event.rawPath ?? '', state.correlationId);
    },
  };
}
