import { randomUUID } from 'node:crypto';
import { BatchGetItemCommand, type BatchGetItemCommandOutput, type KeysAndAttributes } from '@aws-sdk/client-dynamodb';
import { toAttributes } from '../../platform/dynamodb/dynamo.js';
import { type DynamoTable, EnvironmentTable } from '../../platform/dynamodb/dynamo-table.js';
import { backoffMs, type ItemWrite } from './batch-writes.js';

/**
 * The head of a candidate bucket: pk <bucket partition>, sk '#head', `rev` a
 * fresh random value each time the bucket's summaries change. Every writer of
 * summaries (the recompute's upkeep, the bulk load) rewrites the heads of the
 * buckets it touched in a BatchWriteItem of its own, after its summary writes
 * succeeded; so a reader that sees a new rev reads the new summaries after it,
 * and a reader that cached a bucket under an old rev misses once the head moves.
 * The head has no `c`, so readers of summaries pass over it (readBuckets).
 * A bucket written before heads existed has none: it is read every time, never cached.
 */
export const BUCKET_HEAD_SK = '#head';

/** A BatchGetItem takes at most 100 keys. */
const HEAD_GETS = 100;
const MAX_TRIES = 8;

/** The head writes of the given bucket partitions (each once), each with a fresh revision. */
export function bucketHeadWrites(partitions: Iterable<string>): ItemWrite[] {
  return [...new Set(partitions)].map((pk) => ({ put: { pk, sk: BUCKET_HEAD_SK, rev: randomUUID() } }));
}

/**
 * The current head revision of each partition (strongly consistent), missing for a bucket without a head.
 * Unprocessed keys are asked for again after a backoff. Returns the revisions and the requests sent.
 */
export async function readBucketHeads(
  partitions: readonly string[],
  table: DynamoTable = EnvironmentTable,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
): Promise<{ revs: Map<string, string>; requests: number }> {
  const revs = new Map<string, string>();
  const unique = [...new Set(partitions)];
  let requests = 0;
  for (let i = 0; i < unique.length; i += HEAD_GETS) {
    let pending: KeysAndAttributes | undefined = {
      Keys: unique.slice(i, i + HEAD_GETS).map((pk) => toAttributes({ pk, sk: BUCKET_HEAD_SK })),
      ProjectionExpression: 'pk, rev',
      ConsistentRead: true,
    };
    for (let attempt = 1; pending?.Keys?.length; attempt++) {
      if (attempt > MAX_TRIES) throw new Error(`DynamoDB left ${pending.Keys.length} bucket heads unread after ${MAX_TRIES} tries`);
      if (attempt > 1) await sleep(backoffMs(attempt - 1));
      requests++;
      const out: BatchGetItemCommandOutput = await table.client().send(new BatchGetItemCommand({ RequestItems: { [table.name()]: pending } }));
      // Two string attributes: read without the SDK's unmarshalling.
      for (const raw of out.Responses?.[table.name()] ?? []) if (raw.pk?.S && raw.rev?.S) revs.set(raw.pk.S, raw.rev.S);
      pending = out.UnprocessedKeys?.[table.name()];
    }
  }
  return { revs, requests };
}
