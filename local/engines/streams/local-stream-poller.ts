import { readFileSync, writeFileSync } from 'node:fs';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  type GetRecordsCommandOutput,
  GetShardIteratorCommand,
  type _Record,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { createLogger } from '../../../shared/platform/logger.js';
import { matchesFilterPattern, type FilterPattern } from './filter-pattern.js';

/** What the consumer answers: Lambda's partial batch response. */
export interface BatchResponse {
  readonly batchItemFailures?: readonly { readonly itemIdentifier: string }[];
}

export interface StreamPollerOptions {
  readonly endpoint: string;
  readonly streamArn: string;
  readonly region: string;
  /** The event source mapping's filter criteria (the same patterns CDK deploys). */
  readonly filters: readonly FilterPattern[];
  /** Invokes the consumer function with a DynamoDB Streams event. */
  readonly invoke: (event: DynamoDBStreamEvent) => Promise<BatchResponse | undefined>;
  /** Writes made to the table so far: a change means the stream may have news. */
  readonly writes: () => number;
  readonly batchSize?: number;
  /** Attempts per record before it goes to the dead letters (like the mapping's retryAttempts + 1). */
  readonly maxAttempts?: number;
  /** Keeps the position in the stream across restarts (on-disk runtimes). */
  readonly checkpointFile?: string;
}

export interface StreamPoller {
  /** No record waiting and no invocation running (for the virtual clock and /dev routes). */
  isIdle(): boolean;
  /** Records that failed every attempt: in AWS they go to the on-failure destination (the DLQ). */
  deadLetters(): readonly DynamoDBRecord[];
  invocations(): number;
  stop(): Promise<void>;
}

const logger = createLogger({ component: 'local-stream' });
const IDLE_CHECK_MS = 5;
/** Even without a write seen, look at the stream now and then (a write from another client). */
const SLOW_POLL_MS = 1_000;

/**
 * The Lambda event source mapping of AWS, locally: reads the table's stream
 * through the DynamoDB Streams API, keeps the records that match the filter,
 * and invokes the consumer in batches, in order. A batch item failure is
 * retried from the first failed record (as Lambda does with
 * ReportBatchItemFailures); a thrown error is retried with the batch split in
 * two (BisectBatchOnFunctionError); past `maxAttempts` the record is parked as
 * a dead letter and the shard moves on.
 */
export function startStreamPoller(options: StreamPollerOptions): StreamPoller {
  const client = new DynamoDBStreamsClient({
    endpoint: options.endpoint,
    region: options.region,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const batchSize = options.batchSize ?? 100;
  const maxAttempts = options.maxAttempts ?? 6;
  const checkpoints = readCheckpoints(options.checkpointFile);
  const iterators = new Map<string, string | null>();
  const dead: DynamoDBRecord[] = [];
  let invocationCount = 0;
  let busy = false;
  let idleAtWrites = -1;
  let running = true;
  let lastPoll = 0;

  async function shardIterator(shardId: string): Promise<string | undefined> {
    const after = checkpoints[shardId];
    const out = await client.send(
      new GetShardIteratorCommand({
        StreamArn: options.streamArn,
        ShardId: shardId,
        ShardIteratorType: after ? 'AFTER_SEQUENCE_NUMBER' : 'TRIM_HORIZON',
        SequenceNumber: after,
      }),
    );
    return out.ShardIterator;
  }

  // Shards change rarely (a new one when the engine rolls the stream over): describe the stream
  // now and then, not before every read, so a write costs one GetRecords per shard.
  let shardIds: string[] = [];
  let describedAt = 0;
  async function currentShards(): Promise<string[]> {
    const closed = shardIds.some((id) => iterators.get(id) === null); // its successor may be new
    if (shardIds.length === 0 || closed || Date.now() - describedAt > SLOW_POLL_MS) {
      const described = await client.send(new DescribeStreamCommand({ StreamArn: options.streamArn }));
      shardIds = (described.StreamDescription?.Shards ?? []).map((shard) => shard.ShardId!);
      describedAt = Date.now();
    }
    return shardIds;
  }

  /** One pass over every shard; returns how many records were read. */
  async function pollOnce(): Promise<number> {
    let read = 0;
    for (const shardId of await currentShards()) {
      if (iterators.get(shardId) === null) continue; // closed and read to its end
      const iterator = iterators.get(shardId) ?? (await shardIterator(shardId));
      if (!iterator) continue;
      let out: GetRecordsCommandOutput;
      try {
        out = await client.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 1000 }));
      } catch (error) {
        if ((error as Error).name !== 'ExpiredIteratorException') throw error;
        iterators.delete(shardId);
        continue;
      }
      const records = out.Records ?? [];
      read += records.length;
      await deliver(shardId, records);
      iterators.set(shardId, out.NextShardIterator ?? null);
    }
    return read;
  }

  async function deliver(shardId: string, records: readonly _Record[]): Promise<void> {
    const selected = records.map(toLambdaRecord).filter((r) => options.filters.some((f) => matchesFilterPattern(f, r)));
    for (let i = 0; i < selected.length; i += batchSize) await deliverBatch(selected.slice(i, i + batchSize));
    const last = records.at(-1)?.dynamodb?.SequenceNumber;
    if (last) {
      checkpoints[shardId] = last;
      writeCheckpoints(options.checkpointFile, checkpoints);
    }
  }

  async function deliverBatch(batch: DynamoDBRecord[], attempt = 1): Promise<void> {
    if (batch.length === 0) return;
    let failedFrom = -1;
    try {
      invocationCount++;
      const response = await options.invoke({ Records: batch });
      const failed = new Set((response?.batchItemFailures ?? []).map((f) => f.itemIdentifier));
      failedFrom = batch.findIndex((r) => failed.has(r.dynamodb?.SequenceNumber ?? ''));
      if (failedFrom < 0) return;
    } catch (error) {
      logger.warn('stream consumer failed', { error: String(error), records: batch.length, attempt });
      if (batch.length > 1) {
        const half = Math.ceil(batch.length / 2);
        await deliverBatch(batch.slice(0, half), attempt + 1);
        await deliverBatch(batch.slice(half), attempt + 1);
        return;
      }
      failedFrom = 0;
    }
    const rest = batch.slice(failedFrom);
    if (attempt >= maxAttempts) {
      logger.error('stream records sent to the dead letters', { records: rest.length });
      dead.push(rest[0]!);
      return deliverBatch(rest.slice(1), 1);
    }
    await new Promise((r) => setTimeout(r, Math.min(1_000, 20 * 2 ** attempt)));
    return deliverBatch(rest, attempt + 1);
  }

  const loop = (async () => {
    while (running) {
      const writes = options.writes();
      const due = writes !== idleAtWrites || Date.now() - lastPoll > SLOW_POLL_MS;
      if (!due) {
        await new Promise((r) => setTimeout(r, IDLE_CHECK_MS));
        continue;
      }
      busy = true;
      try {
        lastPoll = Date.now();
        const read = await pollOnce();
        if (read === 0) idleAtWrites = writes;
      } catch (error) {
        if (running) logger.error('stream poll failed', { error: String(error) });
        await new Promise((r) => setTimeout(r, 100));
      } finally {
        busy = false;
      }
    }
  })();

  return {
    // A stopped poller has nothing under way (what it left in the stream waits for the next start).
    isIdle: () => !running || (!busy && idleAtWrites === options.writes()),
    deadLetters: () => [...dead],
    invocations: () => invocationCount,
    async stop() {
      running = false;
      await loop;
      client.destroy();
    },
  };
}

/** The record as Lambda hands it over: the same fields, with the stream's ARN as eventSourceARN. */
function toLambdaRecord(record: _Record): DynamoDBRecord {
  return {
    eventID: record.eventID,
    eventName: record.eventName as DynamoDBRecord['eventName'],
    eventVersion: record.eventVersion,
    eventSource: 'aws:dynamodb',
    awsRegion: record.awsRegion,
    dynamodb: {
      ...record.dynamodb,
      ApproximateCreationDateTime: record.dynamodb?.ApproximateCreationDateTime
        ? Math.floor(new Date(record.dynamodb.ApproximateCreationDateTime).getTime() / 1000)
        : undefined,
    } as DynamoDBRecord['dynamodb'],
  };
}

function readCheckpoints(file: string | undefined): Record<string, string> {
  if (!file) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  } catch {
    return {};
  }
}

function writeCheckpoints(file: string | undefined, checkpoints: Record<string, string>): void {
  if (file) writeFileSync(file, JSON.stringify(checkpoints));
}
