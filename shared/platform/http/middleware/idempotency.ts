import type { Middleware } from '../middleware-chain.js';
import { createHash } from 'node:crypto';
import { IdempotencyKeyTakenError, IdempotencyStore, type IdempotencyHold, type StoredResponse } from '../../dynamodb/idempotency-store.js';
import { ValidationError } from '../../errors/domain-errors.js';
import { clock } from '../../clock.js';
import type { HttpEvent, HttpResult, IdempotencyClaim } from '../http-types.js';
import { toHttpResult } from '../http-result.js';
import { stateOf } from './request-context.js';
import { problemResult } from '../problem-document.js';

const KEY_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;

const replayOf = (stored: StoredResponse): HttpResult => ({
  statusCode: stored.statusCode,
  headers: { ...stored.headers, 'idempotent-replayed': 'true' },
  body: stored.body,
});

const storedOf = (answer: HttpResult): StoredResponse => ({
  statusCode: answer.statusCode,
  headers: answer.headers,
  body: typeof answer.body === 'string' ? answer.body : '',
});

interface Claim extends IdempotencyClaim {
  readonly hold: IdempotencyHold;
  /** Set when a handler put the answer into its change's transaction. */
  inChange: boolean;
}

/**
 * Idempotency-Key on POST and PUT: a retried request returns the first answer
 * and changes nothing twice, across crashes. Keys are scoped per caller
 * (organisation and user) and per path, so two users can never collide.
 *
 * The request first holds the key (a concurrent duplicate gets 409 and
 * retries). A handler that changes a case puts the answer into the change's
 * own transaction (`args.idempotency.recordWith(answer)`): the change and its
 * answer are stored together or not at all. Other answers (refusals, writes
 * outside a case) are stored after the handler. Faults (5xx) free the key.
 */
export function idempotency(store = new IdempotencyStore()): Middleware<HttpEvent, HttpResult> {
  /**
   * Stores an answer given outside a change (a success or a refusal) as the key's; a fault frees the key.
   * Returns the answer to give instead when another request answered the key first.
   */
  async function settle(hold: IdempotencyHold, answer: HttpResult): Promise<HttpResult | undefined> {
    if (answer.statusCode >= 500) {
      await store.release(hold);
      return undefined;
    }
    const stored = await store.answer(hold, storedOf(answer), clock.now().getTime());
    return stored.body !== answer.body ? replayOf(stored) : undefined;
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
      const who = state.actor ? `${state.actor.org}#${state.actor.sub}` : 'anonymous';
      const scope = `${who}#${method} ${request.event.rawPath}`;
      const hash = createHash('sha256')
        .update(JSON.stringify(state.body ?? null))
        .digest('base64url');
      const held = await store.hold(scope, key, hash, clock.now().getTime());
      if (!('claimId' in held)) {
        state.logger.info('idempotent replay', { key });
        return replayOf(held);
      }
      const claim: Claim = {
        hold: held,
        inChange: false,
        recordWith(answer) {
          claim.inChange = true;
          return store.answerWithChange(held, storedOf(toHttpResult(answer, state.correlationId)), clock.now().getTime());
        },
      };
      state.idempotency = claim;
    },
    after: async function idempotencyAfter(request) {
      const claim = stateOf(request).idempotency as Claim | undefined;
      if (!claim || !request.response || claim.inChange) return;
      const instead = await settle(claim.hold, request.response);
      if (instead) request.response = instead;
    },
    onError: async function idempotencyOnError(request) {
      const state = stateOf(request);
      const claim = state?.idempotency as Claim | undefined;
      if (!claim) return;
      if (request.error instanceof IdempotencyKeyTakenError) {
        const first = await store.storedAnswer(claim.hold.scope, claim.hold.key, clock.now().getTime());
        if (first) return replayOf(first);
        return;
      }
      // The change (if any) was not written: remember the refusal, unless another request answered first.
      return settle(claim.hold, problemResult(request.error, request.event.rawPath ?? '', state.correlationId));
    },
  };
}
