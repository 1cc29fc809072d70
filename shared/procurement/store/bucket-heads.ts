import { randomUUID } from 'node:crypto';
import { toAttributes } from '../../platform/dynamodb/dynamo.js';
import { type DynamoTable, EnvironmentTable } from '../../platform/dynamodb/dynamo-table.js';
import { batchGetAll } from '../../platform/dynamodb/batch-get.js';
import type { ItemWrite } from '../../platform/dynamodb/batch-writes.js';

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

/** The head writes of the given bucket partitions (each once), each with a fresh revision. */
export function bucketHeadWrites(partitions: Iterable<string>): ItemWrite[] {
  return [...new Set(partitions)].map((pk) => ({ put: { pk, sk: BUCKET_HEAD_SK, rev: randomUUID() } }));
}

/**
 * The current head revision of each partition (strongly consistent), missing for a bucket without a head.
 * Returns the revisions and the requests sent (unprocessed keys asked for again after a backoff).
 */
export async function readBucketHeads(
  partitions: readonly string[],
  table: DynamoTable = EnvironmentTable,
  sleep?: (ms: number) => Promise<void>,
): Promise<{ revs: Map<string, string>; requests: number }> {
  const { items, requests } = await batchGetAll(
    { keys: partitions.map((pk) => toAttributes({ pk, sk: BUCKET_HEAD_SK })), consistentRead: true, projection: 'pk, rev' },
    { table, ...(sleep ? { sleep } : {}) },
  );
  const revs = new Map<string, string>();
  // Two string attributes: read without the SDK's unmarshalling.
  for (const raw of items) if (raw.pk?.S && raw.rev?.S) revs.set(raw.pk.S, raw.rev.S);
  return { revs, requests };
}
