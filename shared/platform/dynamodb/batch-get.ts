import { type AttributeValue, BatchGetItemCommand, type BatchGetItemCommandOutput, type KeysAndAttributes } from '@aws-sdk/client-dynamodb';
import { backoffMs, wait } from './batch-writes.js';
import { type DynamoTable, EnvironmentTable } from './dynamo-table.js';

/** DynamoDB takes at most 100 keys in one BatchGetItem. */
export const BATCH_GET_SIZE = 100;

type Key = Record<string, AttributeValue>;

export interface BatchGetRequest {
  readonly keys: readonly Key[];
  readonly consistentRead?: boolean;
  /** Attributes to read (a ProjectionExpression), with the names it uses. */
  readonly projection?: string;
  readonly names?: Record<string, string>;
}

export interface BatchGetOptions {
  readonly table?: DynamoTable;
  /** Tries per chunk before keys still unprocessed make the read fail (the caller is retried). */
  readonly maxAttempts?: number;
  /** Waits between tries (a test passes one that does not sleep). */
  readonly sleep?: (ms: number) => Promise<void>;
}

export interface BatchGetResult {
  /** The items found, raw (each caller reads its own few attributes), in no particular order. */
  readonly items: Key[];
  /** BatchGetItem requests sent, retries included. */
  readonly requests: number;
}

/**
 * Reads items by key with BatchGetItem, 100 keys a request. Keys DynamoDB
 * leaves unprocessed (throttling, a response past 16 MB) are asked for again
 * after a backoff; after `maxAttempts` the read fails rather than answering
 * as if those items did not exist. A key given twice is asked for once
 * (DynamoDB refuses a request with the same key twice).
 */
export async function batchGetAll(request: BatchGetRequest, options: BatchGetOptions = {}): Promise<BatchGetResult> {
  const table = options.table ?? EnvironmentTable;
  const maxAttempts = options.maxAttempts ?? 8;
  const sleep = options.sleep ?? wait;
  const unique = [...new Map(request.keys.map((k) => [JSON.stringify(k), k])).values()];
  const items: Key[] = [];
  let requests = 0;
  for (let i = 0; i < unique.length; i += BATCH_GET_SIZE) {
    let pending: KeysAndAttributes | undefined = {
      Keys: unique.slice(i, i + BATCH_GET_SIZE),
      ...(request.consistentRead ? { ConsistentRead: true } : {}),
      ...(request.projection ? { ProjectionExpression: request.projection } : {}),
      ...(request.names ? { ExpressionAttributeNames: request.names } : {}),
    };
    for (let attempt = 1; pending?.Keys?.length; attempt++) {
      if (attempt > maxAttempts) throw new Error(`DynamoDB left ${pending.Keys.length} keys unread after ${maxAttempts} tries`);
      if (attempt > 1) await sleep(backoffMs(attempt - 1));
      requests++;
      const out: BatchGetItemCommandOutput = await table.client().send(new BatchGetItemCommand({ RequestItems: { [table.name()]: pending } }));
      items.push(...(out.Responses?.[table.name()] ?? []));
      pending = out.UnprocessedKeys?.[table.name()];
    }
  }
  return { items, requests };
}
