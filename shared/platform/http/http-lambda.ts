import { httpLambdaWith, type AnyRoute } from './http-lambda-core.js';
import { idempotency } from './middleware/idempotency.js';

/**
 * The HTTP Lambda for routes that change data: the shared chain plus
 * Idempotency-Key handling (which needs DynamoDB). Read-only functions with no
 * data use httpLambdaWith directly and stay free of SDK code.
 */
export function httpLambda(routes: Record<string, AnyRoute>) {
  return httpLambdaWith(routes, [idempotency()]);
}
