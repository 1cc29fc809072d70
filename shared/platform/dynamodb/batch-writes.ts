import { BatchWriteItemCommand, type WriteRequest } from '@aws-sdk/client-dynamodb';
import { type Item, toAttributes } from './dynamo.js';
import { type DynamoTable, EnvironmentTable } from './dynamo-table.js';

/** DynamoDB takes at most 25 puts and deletes in one BatchWriteItem. */
export const BATCH_WRITE_SIZE = 25;

export type ItemWrite = { readonly put: Item } | { readonly delete: { readonly pk: string; readonly sk: string } };

export interface BatchWriteOptions {
  readonly table?: DynamoTable;
  /** Batches in flight at once. */
  readonly concurrency?: number;
  /** Tries per batch before its unprocessed items make the whole write fail (the caller is retried). */
  readonly maxAttempts?: number;
  /** Waits between tries (a test passes one that does not sleep). */
  readonly sleep?: (ms: number) => Promise<void>;
}

export interface BatchWriteResult {
  /** BatchWriteItem requests sent, retries included. */
  readonly requests: number;
  /** Requests that were sent again for items DynamoDB left unprocessed. */
  readonly retries: number;
}

/** A real wait, for the retries of batchWrite and batchGetAll. */
export const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Full jitter on an exponential backoff (25 ms, 50 ms, … up to 1 s), as AWS advises for UnprocessedItems. */
export const backoffMs = (attempt: number, random = Math.random): number => Math.round(random() * Math.min(1_000, 25 * 2 ** attempt));

/** Runs `work` on every item with at most `limit` running at once; the first failure is thrown once the others have settled. */
export async function forEachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: unknown;
  const lanes = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length && failure === undefined) {
      const item = items[next++]!;
      try {
        await work(item);
      } catch (error) {
        failure ??= error;
      }
    }
  });
  await Promise.all(lanes);
  if (failure !== undefined) throw failure;
}

/**
 * Writes puts and deletes with BatchWriteItem, 25 a request, a few requests
 * at once. Items DynamoDB leaves unprocessed (throttling, a partition at its
 * limit) are sent again after a backoff; after `maxAttempts` the write fails,
 * so the caller (a stream record, an event) is retried as a whole. Not a
 * transaction: each write is idempotent, and a recompute that stops half-way is
 * finished by the next one. A key must not appear twice in `writes`.
 */
export async function batchWrite(writes: readonly ItemWrite[], options: BatchWriteOptions = {}): Promise<BatchWriteResult> {
  const table = options.table ?? EnvironmentTable;
  const maxAttempts = options.maxAttempts ?? 8;
  const sleep = options.sleep ?? wait;
  const batches: WriteRequest[][] = [];
  for (let i = 0; i < writes.length; i += BATCH_WRITE_SIZE) batches.push(writes.slice(i, i + BATCH_WRITE_SIZE).map(toWriteRequest));
  let requests = 0;
  let retries = 0;
  await forEachLimited(batches, options.concurrency ?? 4, async (batch) => {
    let pending = batch;
    for (let attempt = 1; pending.length > 0; attempt++) {
      if (attempt > maxAttempts) throw new Error(`DynamoDB left ${pending.length} writes unprocessed after ${maxAttempts} tries`);
      if (attempt > 1) {
        retries++;
        await sleep(backoffMs(attempt - 1));
      }
      requests++;
      const out = await table.client().send(new BatchWriteItemCommand({ RequestItems: { [table.name()]: pending } }));
      pending = out.UnprocessedItems?.[table.name()] ?? [];
    }
  });
  return { requests, retries };
}

function toWriteRequest(write: ItemWrite): WriteRequest {
  return 'put' in write
    ? { PutRequest: { Item: toAttributes(write.put) } }
    : { DeleteRequest: { Key: toAttributes({ pk: write.delete.pk, sk: write.delete.sk }) } };
}
