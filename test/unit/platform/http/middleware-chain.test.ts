import type { Context } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { type Middleware, middlewareChain } from '../../../../shared/platform/http/middleware-chain.js';

type Event = { readonly seen: string[] };
type Result = string;

/** A middleware that writes down each of its steps as it runs. */
const recording = (
  name: string,
  answers: { before?: Result; after?: Result; onError?: Result; throwIn?: 'before' | 'after' } = {},
): Middleware<Event, Result> => ({
  name,
  before: (request) => {
    request.event.seen.push(`${name}.before`);
    if (answers.throwIn === 'before') throw new Error(`${name} refuses`);
    return answers.before;
  },
  after: (request) => {
    request.event.seen.push(`${name}.after`);
    if (answers.throwIn === 'after') throw new Error(`${name} fails after`);
    return answers.after;
  },
  onError: async (request) => {
    request.event.seen.push(`${name}.onError:${(request.error as Error).message}`);
    return answers.onError;
  },
});

const handlerOf = (answer: () => Promise<Result>) => async (event: Event) => {
  event.seen.push('handler');
  return answer();
};

describe('the middleware chain', () => {
  it('runs befores in order, the handler, then afters in reverse', async () => {
    const event: Event = { seen: [] };
    const run = middlewareChain(
      [recording('a'), recording('b')],
      handlerOf(async () => 'done'),
    );
    expect(await run(event)).toBe('done');
    expect(event.seen).toEqual(['a.before', 'b.before', 'handler', 'b.after', 'a.after']);
  });

  it('answers at once when a before returns an answer: no later before, no handler, no after', async () => {
    const event: Event = { seen: [] };
    const run = middlewareChain(
      [recording('a'), recording('b', { before: 'replayed' }), recording('c')],
      handlerOf(async () => 'done'),
    );
    expect(await run(event)).toBe('replayed');
    expect(event.seen).toEqual(['a.before', 'b.before']);
  });

  it('lets an after replace the answer and skip the afters outside it', async () => {
    const event: Event = { seen: [] };
    const run = middlewareChain(
      [recording('a'), recording('b', { after: 'stored first' })],
      handlerOf(async () => 'done'),
    );
    expect(await run(event)).toBe('stored first');
    expect(event.seen).toEqual(['a.before', 'b.before', 'handler', 'b.after']);
  });

  it('runs the onErrors in reverse on an error, and the first answer ends them', async () => {
    const event: Event = { seen: [] };
    const run = middlewareChain(
      [recording('outer', { onError: 'problem' }), recording('inner', { onError: 'replay' })],
      handlerOf(async () => {
        throw new Error('boom');
      }),
    );
    expect(await run(event)).toBe('replay');
    expect(event.seen).toEqual(['outer.before', 'inner.before', 'handler', 'inner.onError:boom']);
  });

  it('takes a response an onError sets on the request, and throws when none answers', async () => {
    const setsResponse: Middleware<Event, Result> = {
      onError: (request) => {
        request.response = `problem for ${(request.error as Error).message}`;
      },
    };
    expect(
      await middlewareChain(
        [setsResponse, recording('a', { throwIn: 'before' })],
        handlerOf(async () => 'done'),
      )({ seen: [] }),
    ).toBe('problem for a refuses');
    await expect(
      middlewareChain(
        [recording('a', { throwIn: 'after' })],
        handlerOf(async () => 'done'),
      )({ seen: [] }),
    ).rejects.toThrow('a fails after');
  });

  it('keeps the first error as the cause when an onError throws', async () => {
    const rethrows: Middleware<Event, Result> = {
      onError: () => {
        throw new Error('onError failed');
      },
    };
    const failure: Error = await middlewareChain(
      [rethrows],
      handlerOf(async () => {
        throw new Error('first');
      }),
    )({ seen: [] }).then(
      () => new Error('expected the chain to throw'),
      (e: unknown) => e as Error,
    );
    expect(failure.message).toBe('onError failed');
    expect((failure.cause as Error).message).toBe('first');
  });

  it("answers a handler that outlasts the invocation's time with a TimeoutError just before Lambda would stop it", async () => {
    const event: Event = { seen: [] };
    const context = { getRemainingTimeInMillis: () => 30 } as unknown as Context;
    const slow = handlerOf(() => new Promise((resolve) => setTimeout(() => resolve('late'), 1_000)));
    const run = middlewareChain([recording('a', { onError: 'timed out' })], slow);
    expect(await run(event, context)).toBe('timed out');
    expect(event.seen).toEqual(['a.before', 'handler', 'a.onError:[AbortError]: The operation was aborted.']);
  });
});
