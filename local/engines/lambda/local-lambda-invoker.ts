import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Context } from 'aws-lambda';
import { FunctionCatalog, functionSpec, type FunctionId } from '../../../shared/platform/function-catalog.js';

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
  const faults = new Set<{ id: FunctionId; when: (event: unknown) => boolean; after: boolean }>();

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
    const fault = [...faults].find((f) => f.id === id && f.when(event));
    // What Lambda itself answers when the service fails: the workflow's Retry sees this name.
    const injected = () => Object.assign(new Error(`Injected fault in ${id}`), { name: 'Lambda.ServiceException' });
    if (fault && !fault.after) throw injected();
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
    const result = await handler(event, context);
    // The work is done, but the function dies before it can answer (its caller retries).
    if (fault?.after) throw injected();
    return result;
  }

  return {
    invoke,
    /** Loads every function up front so the first request is not a cold start. */
    warmUp: () => Promise.all(FunctionCatalog.map((f) => load(f.id))),
    invocationCount: (id: FunctionId) => invocations.get(id) ?? 0,
    /**
     * Makes the Lambda service fail for matching invocations until the returned
     * function is called: how tests show that workflows retry and then mark the
     * case as needing attention. Handler code knows nothing of it. With
     * `{ after: true }` the handler runs first and the invocation fails after
     * it: the function died between doing its work and answering.
     */
    failWhen(id: FunctionId, when: (event: unknown) => boolean, options: { after?: boolean } = {}): () => void {
      const fault = { id, when, after: options.after ?? false };
      faults.add(fault);
      return () => faults.delete(fault);
    },
  };
}

export type LocalLambdaInvoker = ReturnType<typeof createLocalLambdaInvoker>;
