import type { Context } from 'aws-lambda';

/**
 * The request the middlewares of one invocation share: what middy calls the
 * request, with the same fields, so a middleware reads and sets them alike.
 */
export interface ChainRequest<Event, Result> {
  readonly event: Event;
  readonly context: Context;
  response: Result | undefined;
  error: unknown;
}

/** A step that gives no answer returns nothing (void), as middy's do. */
// biome-ignore lint/suspicious/noConfusingVoidType: a step with no return statement is typed void.
type Step<Event, Result> = (request: ChainRequest<Event, Result>) => Result | undefined | void | Promise<Result | undefined | void>;

/**
 * One middleware: `before` runs in the order of the chain (returning an answer
 * answers at once), `after` and `onError` in the reverse order (returning an
 * answer ends the stage with it). The shape of middy's MiddlewareObj.
 */
export interface Middleware<Event, Result = unknown> {
  readonly name?: string;
  readonly before?: Step<Event, Result>;
  readonly after?: Step<Event, Result>;
  readonly onError?: Step<Event, Result>;
}

/** Time kept back before Lambda's own timeout, to answer a slow request with a problem instead of nothing (middy's default). */
const TimeoutEarlyMs = 5;

/**
 * Runs the steps of one stage in turn until one gives an answer; true when one did.
 * An answer is any value but undefined, as in middy.
 */
async function runStage<Event, Result>(steps: readonly Step<Event, Result>[], request: ChainRequest<Event, Result>): Promise<boolean> {
  for (const step of steps) {
    const answer = await step(request);
    if (answer !== undefined) {
      request.response = answer as Result;
      return true;
    }
  }
  return false;
}

/** The handler raced against the invocation's remaining time, when Lambda says what is left. */
async function withinTime<Result>(work: Promise<Result>, context: Context | undefined): Promise<Result> {
  const remaining = context?.getRemainingTimeInMillis;
  if (typeof remaining !== 'function') return work;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => {
        const error = new Error('[AbortError]: The operation was aborted.');
        error.name = 'TimeoutError';
        reject(error);
      },
      Math.max(0, remaining.call(context) - TimeoutEarlyMs),
    );
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A Lambda handler made of middlewares around a handler, with middy's order
 * and early answers: befores in order, the handler, afters in reverse; on any
 * error the onErrors in reverse, and an error no onError answers is thrown.
 * Our own because the HTTP chain needs only this, and every HTTP function
 * carries it (middy brings option validation, execution modes and hooks).
 */
export function middlewareChain<Event, Result>(
  middlewares: readonly Middleware<Event, Result>[],
  handler: (event: Event, context: Context) => Promise<Result>,
): (event: Event, context?: Context) => Promise<Result> {
  const befores = middlewares.flatMap((m) => (m.before ? [m.before] : []));
  const afters = middlewares.flatMap((m) => (m.after ? [m.after] : [])).reverse();
  const onErrors = middlewares.flatMap((m) => (m.onError ? [m.onError] : [])).reverse();

  return async (event, context = {} as Context) => {
    const request: ChainRequest<Event, Result> = { event, context, response: undefined, error: undefined };
    try {
      if (!(await runStage(befores, request))) {
        request.response = await withinTime(handler(event, context), context);
        await runStage(afters, request);
      }
    } catch (error) {
      request.response = undefined;
      request.error = error;
      try {
        await runStage(onErrors, request);
      } catch (failure) {
        if (failure !== error && typeof failure === 'object' && failure !== null) (failure as { cause?: unknown }).cause ??= error;
        throw failure;
      }
      if (request.response === undefined) throw request.error;
    }
    return request.response as Result;
  };
}
