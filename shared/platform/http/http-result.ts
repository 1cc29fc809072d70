import type { HttpResult, RouteAnswer } from './http-types.js';

/** A handler's answer as API Gateway's structured result: JSON body, the correlation id on every answer. */
export function toHttpResult(answer: RouteAnswer, correlationId: string): HttpResult {
  const headers: Record<string, string> = { 'x-correlation-id': correlationId, ...answer.headers };
  if (answer.body === undefined) return { statusCode: answer.status, headers };
  headers['content-type'] ??= 'application/json';
  return { statusCode: answer.status, headers, body: JSON.stringify(answer.body) };
}
