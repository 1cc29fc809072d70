import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Context } from 'aws-lambda';
import { FunctionCatalog, functionSpec, type FunctionId } from '../../platform/function-catalog.js';

/** The repository root, from this file's place in it. */
export const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

type LambdaHandler = (event: unknown, context: Context) => Promise<unknown>;

/**
 * Runs the catalog's Lambda handlers in this process, as Lambda would: the
 * same entry module, an event, a context with a deadline. Modules load on first
 * use (a cold start) and stay loaded (a warm container).
 */
export function createLocalLambdaInvoker() {
  const loaded = new Map<FunctionId, Promise<LambdaHandler>>();
  const invocations = new Map<FunctionId, number>();

  function load(id: FunctionId): Promise<LambdaHandler> {
    let handler = loaded.get(id);
    if (!handler) {
      const entry = resolve(repositoryRoot, functionSpec(id).entry);
      handler = import(pathToFileURL(entry).href).then((mod: { handler?: LambdaHandler }) => {
        if (typeof mod.handler !== 'function') throw new Error(`${functionSpec(id).entry} exports no handler`);
        return mod.handler;
      });
      loaded.set(id, handler);
    }
    return handler;
  }

  async function invoke(id: FunctionId, event: unknown): Promise<unknown> {
    const spec = functionSpec(id);
    const handler = await load(id);
    invocations.set(id, (invocations.get(id) ?? 0) + 1);
    const deadline = Date.now() + spec.timeoutSeconds * 1000;
    const context = {
      callbackWaitsForEmptyEventLoop: false,
      functionName: spec.id,
      functionVersion: '$LATEST',
      invokedFunctionArn: `arn:aws:lambda:${process.env.AWS_REGION ?? 'eu-north-1'}:000000000000:function:${spec.id}`,
      memoryLimitInMB: String(spec.memoryMb),
      awsRequestId: randomUUID(),
      logGroupName: `/aws/lambda/${spec.id}`,
      logStreamName: 'local',
      getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
      done: () => undefined,
      fail: () => undefined,
      succeed: () => undefined,
    } as Context;
    return handler(event, context);
  }

  return {
    invoke,
    /** Loads every function up front so the first request is not a cold start. */
    warmUp: () => Promise.all(FunctionCatalog.map((f) => load(f.id))),
    invocationCount: (id: FunctionId) => invocations.get(id) ?? 0,
  };
}

export type LocalLambdaInvoker = ReturnType<typeof createLocalLambdaInvoker>;
