import type { Middleware } from '../middleware-chain.js';
import { safeParse } from 'zod/mini';
import { ValidationError } from '../../errors/domain-errors.js';
import { PayloadTooLargeError, UnsupportedMediaTypeError } from '../http-errors.js';
import type { HttpEvent, HttpResult } from '../http-types.js';
import { fieldErrorsOf } from '../zod-issues.js';
import { stateOf } from './request-context.js';

/** Bodies above this are refused before parsing: no case needs more. */
export const MAX_BODY_BYTES = 256 * 1024;

function isJsonMediaType(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const media = contentType.split(';')[0]!.trim().toLowerCase();
  return media === 'application/json' || media.endsWith('+json');
}

/**
 * Parses and validates the body and query string against the route's zod
 * schemas. Every failure is a 4xx naming the field; the handler only ever
 * sees valid, typed input.
 */
export function jsonBody(): Middleware<HttpEvent, HttpResult> {
  return {
    name: 'jsonBody',
    before: function jsonBodyBefore(request) {
      const state = stateOf(request);
      const route = state.route!;
      const event = request.event;
      if (route.query) {
        const parsed = safeParse(route.query, event.queryStringParameters ?? {});
        if (!parsed.success)
          throw new ValidationError(fieldErrorsOf(parsed.error, 'query', event.queryStringParameters ?? {}), 'The query string has invalid parameters.');
        state.query = parsed.data;
      } else {
        state.query = event.queryStringParameters ?? {};
      }
      if (!route.body) return;
      const raw =
        event.body === undefined || event.body === null ? '' : event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
      if (Buffer.byteLength(raw, 'utf8') > MAX_BODY_BYTES) {
        throw new PayloadTooLargeError(`The body is larger than ${MAX_BODY_BYTES} bytes.`);
      }
      if (raw.trim() === '') throw new ValidationError([{ path: '(body)', message: 'A JSON body is required.' }]);
      const headers = event.headers ?? {};
      if (!isJsonMediaType(headers['content-type'])) {
        throw new UnsupportedMediaTypeError('Send the body as application/json.');
      }
      let json: unknown;
      try {
        json = JSON.parse(raw);
      } catch (error) {
        throw new ValidationError([{ path: '(body)', message: `Malformed JSON: ${(error as Error).message}` }], 'The body is not valid JSON.');
      }
      const parsed = safeParse(route.body, json);
      if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error, '', json));
      state.body = parsed.data;
    },
  };
}
