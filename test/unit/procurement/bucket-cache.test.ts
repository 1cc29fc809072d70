import { BatchGetItemCommand, DynamoDBClient, QueryCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DynamoTable } from '../../../shared/platform/dynamodb/dynamo-table.js';
import { CandidateBucketCache } from '../../../shared/procurement/store/bucket-cache.js';
import { BUCKET_HEAD_SK, bucketHeadWrites } from '../../../shared/procurement/store/bucket-heads.js';
import { readBuckets, readWarmBuckets } from '../../../shared/procurement/store/procurement-repository.js';

describe('CandidateBucketCache', () => {
  it('answers a bucket only under the revision it was stored with', () => {
    const cache = new CandidateBucketCache<string>(10);
    cache.store('B#1', 'r1', ['a', 'b']);
    expect(cache.lookup('B#1', 'r1')).toEqual(['a', 'b']);
    expect(cache.lookup('B#1', 'r2')).toBeUndefined();
    expect(cache.lookup('B#2', 'r1')).toBeUndefined();
  });

  it('evicts the least recently used buckets once it holds more values than its bound', () => {
    const cache = new CandidateBucketCache<number>(5);
    cache.store('A', 'r', [1, 2]);
    cache.store('B', 'r', [3, 4]);
    cache.lookup('A', 'r');
    cache.store('C', 'r', [5, 6]);
    expect(cache.lookup('B', 'r')).toBeUndefined();
    expect(cache.lookup('A', 'r')).toEqual([1, 2]);
    expect(cache.lookup('C', 'r')).toEqual([5, 6]);
    expect(cache.size).toEqual({ buckets: 2, entries: 4 });
  });

  it('does not keep a bucket larger than its bound, and a bucket stored again replaces its old values', () => {
    const cache = new CandidateBucketCache<number>(3);
    cache.store('A', 'r1', [1, 2]);
    cache.store('A', 'r2', [1, 2, 3]);
    expect(cache.size).toEqual({ buckets: 1, entries: 3 });
    cache.store('B', 'r', [1, 2, 3, 4]);
    expect(cache.lookup('B', 'r')).toBeUndefined();
    expect(cache.lookup('A', 'r2')).toEqual([1, 2, 3]);
  });
});

/** A table of bucket partitions in memory behind a mocked client: summaries (`c`) and heads, pages of two items. */
const dynamo = mockClient(DynamoDBClient);
const table: DynamoTable = { client: () => new DynamoDBClient({ region: 'eu-north-1' }), name: () => 'T' };
let stored: Map<string, Map<string, Record<string, AttributeValue>>>;
/** The buckets read from DynamoDB, once per read (its first page). */
let queries: string[];
let beforeQuery: (() => void) | undefined;

const putSummary = (pk: string, sk: string, c: string) => {
  if (!stored.has(pk)) stored.set(pk, new Map());
  stored.get(pk)!.set(sk, { pk: { S: pk }, sk: { S: sk }, c: { S: c } });
};
/** What a writer does: its summaries first, then fresh heads (bucketHeadWrites). */
const write = (pk: string, sk: string, c: string) => {
  putSummary(pk, sk, c);
  for (const w of bucketHeadWrites([pk])) {
    const head = (w as { put: { rev: string } }).put;
    stored.get(pk)!.set(BUCKET_HEAD_SK, { pk: { S: pk }, sk: { S: BUCKET_HEAD_SK }, rev: { S: head.rev } });
  }
};

beforeEach(() => {
  stored = new Map();
  queries = [];
  beforeQuery = undefined;
  dynamo.on(BatchGetItemCommand).callsFake(async (input) => {
    const keys = input.RequestItems.T.Keys as { pk: { S: string }; sk: { S: string } }[];
    const found = keys.flatMap((k) => {
      const item = stored.get(k.pk.S)?.get(k.sk.S);
      return item ? [item] : [];
    });
    return { Responses: { T: found }, UnprocessedKeys: {} };
  });
  dynamo.on(QueryCommand).callsFake(async (input) => {
    const pk = input.ExpressionAttributeValues[':pk'].S as string;
    if (!input.ExclusiveStartKey) queries.push(pk);
    beforeQuery?.();
    beforeQuery = undefined;
    const all = [...(stored.get(pk)?.values() ?? [])].sort((a, b) => (a.sk!.S! < b.sk!.S! ? -1 : 1));
    const from = input.ExclusiveStartKey ? all.findIndex((i) => i.sk!.S === input.ExclusiveStartKey.sk.S) + 1 : 0;
    const page = all.slice(from, from + 2);
    const last = page.at(-1);
    return {
      Items: page.map((i) => (i.c ? { c: i.c } : {})),
      ...(from + 2 < all.length && last ? { LastEvaluatedKey: { pk: last.pk!, sk: last.sk! } } : {}),
    };
  });
});
afterEach(() => dynamo.reset());

const read = async (partitions: string[], cache?: CandidateBucketCache<string>) => {
  const values: string[] = [];
  const onPage = (page: readonly string[]) => values.push(...page);
  const requests = cache ? await readWarmBuckets(partitions, (c) => c, onPage, cache, table) : await readBuckets(partitions, (c) => c, onPage, { table });
  return { values: values.sort(), requests };
};

describe('readBuckets with a cache', () => {
  it('reads a bucket once and answers it from memory while its head is unchanged, passing over the head item', async () => {
    write('B#1', 'x', 'X');
    write('B#1', 'y', 'Y');
    write('B#1', 'z', 'Z');
    const cache = new CandidateBucketCache<string>(100);
    // The head, then the bucket in two pages.
    expect(await read(['B#1'], cache)).toEqual({ values: ['X', 'Y', 'Z'], requests: 3 });
    expect(queries).toEqual(['B#1']);
    expect(await read(['B#1'], cache)).toEqual({ values: ['X', 'Y', 'Z'], requests: 1 });
    expect(queries).toEqual(['B#1']);
  });

  it('reads the bucket again, in pages, once a writer moved its head', async () => {
    write('B#1', 'x', 'X');
    const cache = new CandidateBucketCache<string>(100);
    await read(['B#1'], cache);
    write('B#1', 'y', 'Y');
    expect((await read(['B#1'], cache)).values).toEqual(['X', 'Y']);
    expect(queries).toEqual(['B#1', 'B#1']);
  });

  it('never caches a bucket without a head (written before heads existed)', async () => {
    putSummary('B#old', 'x', 'X');
    const cache = new CandidateBucketCache<string>(100);
    await read(['B#old'], cache);
    await read(['B#old'], cache);
    expect(queries).toEqual(['B#old', 'B#old']);
    expect(cache.size.buckets).toBe(0);
  });

  it('keeps what it read under the head read before it: a write in between costs one more read, never a stale answer', async () => {
    write('B#1', 'x', 'X');
    const cache = new CandidateBucketCache<string>(100);
    // A writer lands between the reader's head read and its bucket read.
    beforeQuery = () => write('B#1', 'y', 'Y');
    expect((await read(['B#1'], cache)).values).toEqual(['X', 'Y']);
    // The cached copy is filed under the old head: the next read sees the new head and reads again.
    expect((await read(['B#1'], cache)).values).toEqual(['X', 'Y']);
    expect(queries).toEqual(['B#1', 'B#1']);
    expect((await read(['B#1'], cache)).values).toEqual(['X', 'Y']);
    expect(queries).toHaveLength(2);
  });

  it('does not hold a bucket larger than the cache while reading it, and still hands over every page', async () => {
    for (const sk of ['a', 'b', 'c', 'd', 'e']) write('B#big', sk, sk.toUpperCase());
    const cache = new CandidateBucketCache<string>(3);
    expect((await read(['B#big'], cache)).values).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(cache.size.buckets).toBe(0);
  });

  it('without a cache reads no heads', async () => {
    write('B#1', 'x', 'X');
    expect(await read(['B#1'])).toEqual({ values: ['X'], requests: 1 });
    expect(dynamo.commandCalls(BatchGetItemCommand)).toHaveLength(0);
  });
});
