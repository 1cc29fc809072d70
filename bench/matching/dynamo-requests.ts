import { AsyncLocalStorage } from 'node:async_hooks';
import type { LocalRuntime } from '../../local/runtime/local-runtime.js';
import { dynamoClient } from '../../shared/platform/aws-clients.js';
import type { FunctionId } from '../../shared/platform/function-catalog.js';

/** One DynamoDB request as the SDK client sent it. */
export interface SeenRequest {
  readonly fn: FunctionId | 'outside a function';
  readonly operation: string;
  readonly input: Record<string, unknown>;
}

export interface DynamoRequestLog {
  /** Every request seen since `since` was taken (a position in the log). */
  since(mark: number): SeenRequest[];
  /** The current position. */
  mark(): number;
  detach(): void;
}

let attached = 0;

/**
 * Counts the DynamoDB requests of the local runtime's functions: a middleware
 * on the SDK client records each command, and every function invocation is
 * tagged so a request is put down to the function that made it (the API
 * handler, the stream's Effects, the match indexer). Nothing is mocked: the
 * requests go to DynamoDB Local as always.
 */
export function logDynamoRequests(runtime: LocalRuntime): DynamoRequestLog {
  const current = new AsyncLocalStorage<FunctionId>();
  const log: SeenRequest[] = [];
  const invoker = runtime.invoker as { invoke: LocalRuntime['invoker']['invoke'] };
  const invoke = invoker.invoke;
  invoker.invoke = (fn, payload) => current.run(fn, () => invoke(fn, payload));
  const name = `matchingRequestLog${++attached}`;
  const client = dynamoClient();
  client.middlewareStack.add(
    (next, context) => async (args) => {
      log.push({
        fn: current.getStore() ?? 'outside a function',
        operation: String(context.commandName ?? 'unknown').replace(/Command$/, ''),
        input: args.input as Record<string, unknown>,
      });
      return next(args);
    },
    { step: 'initialize', name },
  );
  return {
    since: (mark) => log.slice(mark),
    mark: () => log.length,
    detach() {
      client.middlewareStack.remove(name);
      invoker.invoke = invoke;
    },
  };
}

/** The items a BatchWriteItem request carries. */
export function batchWriteItems(request: SeenRequest): { put?: Record<string, unknown>; delete?: Record<string, unknown> }[] {
  const items = (request.input.RequestItems ?? {}) as Record<
    string,
    { PutRequest?: { Item: Record<string, unknown> }; DeleteRequest?: { Key: Record<string, unknown> } }[]
  >;
  return Object.values(items)
    .flat()
    .map((w) => (w.PutRequest ? { put: w.PutRequest.Item } : { delete: w.DeleteRequest?.Key }));
}
