import type { HttpResult, RouteAnswer } from './http-types.js';

/**
 * On every API answer, success or problem: browsers must not sniff a JSON body
 * into something runnable, and answers about people must not sit in a cache.
 * A route that is public and cacheable (register, OpenAPI) sets its own cache-control.
 */
export const ApiResponseHeaders = { 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' } as const;

/** A handler's answer as API Gateway's structured result: JSON body, the correlation id on every answer. */
export function toHttpResult(answer: RouteAnswer, correlationId: string): HttpResult {
  const own = answer.headers ?? {};
  const ownsCaching = Object.keys(own).some((name) => name.toLowerCase() === 'cache-control');
  const headers: Record<string, string> = {
    'x-correlation-id': correlationId,
    ...(!ownsCaching && { 'cache-control': ApiResponseHeaders['cache-control'] }),
    ...own,
    'x-content-type-options': ApiResponseHeaders['x-content-type-options'],
  };
  if (answer.body === undefined) return { statusCode: answer.status, headers };
  // Bytes (a PDF) travel base64-encoded, with the media type the handler set.
  if (answer.body instanceof Uint8Array) {
    headers['content-type'] ??= 'application/octet-stream';
    return { statusCode: answer.status, headers, body: Buffer.from(answer.body).toString('base64'), isBase64Encoded: true };
  }
  headers['content-type'] ??= 'application/json';
  return { statusCode: answer.status, headers, body: JSON.stringify(answer.body) };
}
