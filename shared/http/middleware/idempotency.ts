import type { MiddlewareObj } from '@middy/core';
import { createHash } from 'node:crypto';
import { IdempotencyStore } from '../../data/idempotency-store.js';
import { ValidationError } from '../../errors/problem-errors.js';
import { clock } from '../../platform/clock.js';
import type { HttpEvent, HttpResult } from '../http-types.js';
import { stateOf } from './request-context.js';
import { problemResult } from '../problem-document.js';

const KEY_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Idempotency-Key on POST and PUT: a retried request returns the first answer
 * and changes nothing twice. Keys are scoped per caller and per path, so two
 * users can never collide. Faults (5xx) free the key for a retry.
 */
export function idempotency(store = new IdempotencyStore()): MiddlewareObj<HttpEvent, HttpResult> {
  /** An answer below 500 (a success or a refusal) is remembered for retries; a fault frees the key. */
  async function settle(claim: { scope: string; key: string; hash: string }, answer: HttpResult): Promise<void> {
    if (answer.statusCode >= 500) return store.release(claim.scope, claim.key);
    await store.complete(claim.scope, claim.key, claim.hash, {
      statusCode: answer.statusCode,
      headers: answer.headers,
      body: typeof answer.body === 'string' ? answer.body : '',
    }, clock.now().getTime());
  }

  return {
    name: 'idempotency',
    before: async function idempotencyBefore(request) {
      const state = stateOf(request);
      const route = state.route!;
      const method = request.event.requestContext?.http?.method ?? '';
      const applies = route.idempotent ?? (method === 'POST' || method === 'PUT');
      const key = request.event.headers?.['idempotency-key'];
      if (!applies || key === undefined) return;
      if (!KEY_PATTERN.test(key)) {
        throw new ValidationError([{ path: 'headers.idempotency-key', message: 'Use 1-128 letters, digits or . _ : -' }]);
      }
      const scope = `${state.actor?.sub ?? 'anonymous'}#${method} ${request.event.rawPath}`;
      const hash = createHash('sha256').update(JSON.stringify(state.body ?? null)).digest('base64url');
      const replay = await store.begin(scope, key, hash, clock.now().getTime());
      if (replay) {
        state.logger.info('idempotent replay', { key });
        return { statusCode: replay.statusCode, headers: { ...replay.headers, 'idempotent-replayed': 'true' }, body: replay.body };
      }
      state.idempotency = { scope, key, hash };
    },
    after: async function idempotencyAfter(request) {
      const claim = stateOf(request).idempotency;
      if (claim && request.response) await settle(claim, request.response);
    },
    onError: async function idempotencyOnError(request) {
      const state = stateOf(request);
      if (!state?.idempotency) return;
      await settle(state.idempotency, problemResult(request.error, request.event.rawPath ?? '', state.correlationId));
    },
  };
}
