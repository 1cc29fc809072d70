import { BatchWriteItemCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { seedNotices, seedProfiles } from '../../../local/seed/procurement-seed.js';
import type { DynamoTable } from '../../../shared/platform/dynamodb/dynamo-table.js';
import { matchPair } from '../../../shared/procurement/domain/matching/evaluate-match.js';
import { matchItemKeys } from '../../../shared/procurement/domain/matching/match-keys.js';
import { matchingStatusOf } from '../../../shared/procurement/domain/matching/matching-status.js';
import { backoffMs, batchWrite, type ItemWrite } from '../../../shared/platform/dynamodb/batch-writes.js';
import { matchDigest, planMatchChanges } from '../../../shared/procurement/store/match-recompute.js';
import { matchItem, matchOfItem, reachEntryOf, reachEntryOfItem } from '../../../shared/procurement/store/match-items.js';
import { toAttributes } from '../../../shared/platform/dynamodb/dynamo.js';

const dynamo = mockClient(DynamoDBClient);
const table: DynamoTable = { client: () => new DynamoDBClient({ region: 'eu-north-1' }), name: () => 'T' };
const noSleep = async () => undefined;
const puts = (n: number): ItemWrite[] => Array.from({ length: n }, (_, i) => ({ put: { pk: `P#${i}`, sk: 'S', n: i } }));
const sent = () => dynamo.commandCalls(BatchWriteItemCommand).map((c) => c.args[0].input.RequestItems!.T!);

afterEach(() => dynamo.reset());

describe('batchWrite', () => {
  it('sends 25 writes a request', async () => {
    dynamo.on(BatchWriteItemCommand).resolves({ UnprocessedItems: {} });
    const result = await batchWrite(puts(60), { table, sleep: noSleep });
    expect(sent().map((b) => b.length)).toEqual([25, 25, 10]);
    expect(result).toEqual({ requests: 3, retries: 0 });
  });

  it('sends again, after a backoff, exactly the items DynamoDB left unprocessed', async () => {
    const waits: number[] = [];
    dynamo
      .on(BatchWriteItemCommand)
      .resolvesOnce({ UnprocessedItems: { T: [{ PutRequest: { Item: { pk: { S: 'P#3' }, sk: { S: 'S' }, n: { N: '3' } } } }] } })
      .resolves({ UnprocessedItems: {} });
    const result = await batchWrite(puts(5), {
      table,
      sleep: async (ms) => {
        waits.push(ms);
      },
    });
    expect(sent().map((b) => b.length)).toEqual([5, 1]);
    expect(sent()[1]![0]!.PutRequest!.Item!.pk).toEqual({ S: 'P#3' });
    expect(result).toEqual({ requests: 2, retries: 1 });
    expect(waits).toHaveLength(1);
  });

  it('fails once the items stay unprocessed after every try, so the caller is retried', async () => {
    dynamo.on(BatchWriteItemCommand).resolves({ UnprocessedItems: { T: [{ DeleteRequest: { Key: { pk: { S: 'P#0' }, sk: { S: 'S' } } } }] } });
    await expect(batchWrite([{ delete: { pk: 'P#0', sk: 'S' } }], { table, sleep: noSleep, maxAttempts: 3 })).rejects.toThrow(/unprocessed after 3 tries/);
    expect(sent()).toHaveLength(3);
  });

  it('keeps at most `concurrency` requests in flight', async () => {
    let inFlight = 0;
    let most = 0;
    dynamo.on(BatchWriteItemCommand).callsFake(async () => {
      most = Math.max(most, ++inFlight);
      await new Promise((r) => setTimeout(r, 5));
      inFlight--;
      return { UnprocessedItems: {} };
    });
    await batchWrite(puts(250), { table, concurrency: 3, sleep: noSleep });
    expect(sent()).toHaveLength(10);
    expect(most).toBe(3);
  });

  it('backs off exponentially with jitter, at most a second', () => {
    expect(backoffMs(1, () => 1)).toBe(50);
    expect(backoffMs(3, () => 1)).toBe(200);
    expect(backoffMs(20, () => 1)).toBe(1_000);
    expect(backoffMs(3, () => 0)).toBe(0);
  });
});

describe('planMatchChanges', () => {
  const now = new Date('2026-03-02T09:00:00Z');
  const [n1, n2] = seedNotices(now);
  const profile = seedProfiles(now)[0]!;
  const matches = [...matchPair(n1!, profile, now), ...matchPair(n2!, profile, now)];
  const stored = (ms: typeof matches) => ms.map((m) => ({ ...matchItemKeys(m), digest: matchDigest(m) }));

  it('writes nothing when the stored matches are the same', () => {
    expect(matches.length).toBeGreaterThan(1);
    expect(planMatchChanges(stored(matches), matches)).toEqual([]);
  });

  it('puts a match whose content changed under the same key, and deletes one no longer matched', () => {
    const [first, ...rest] = matches;
    const renamed = { ...first!, bidderName: 'Nytt namn' };
    const writes = planMatchChanges(stored(matches), [renamed, ...rest.slice(1)]);
    expect(writes).toEqual([
      { put: { ...matchItemKeys(renamed), m: JSON.stringify(renamed), r: JSON.stringify(reachEntryOf(renamed)), digest: matchDigest(renamed) } },
      { delete: { pk: matchItemKeys(rest[0]!).pk, sk: matchItemKeys(rest[0]!).sk } },
    ]);
  });
});

describe('matchingStatusOf', () => {
  it('says updating until the recorded revision is the current one', () => {
    expect(matchingStatusOf('r2', { revision: 'r1', at: '2026-03-02T09:00:00.000Z' })).toEqual({ updating: true, updatedAt: '2026-03-02T09:00:00.000Z' });
    expect(matchingStatusOf('r2', { revision: 'r2', at: '2026-03-02T09:01:00.000Z' })).toEqual({ updating: false, updatedAt: '2026-03-02T09:01:00.000Z' });
    expect(matchingStatusOf('r1', undefined)).toEqual({ updating: true });
    expect(matchingStatusOf(undefined, undefined)).toEqual({ updating: false });
  });
});

describe('stored match items', () => {
  const now = new Date('2026-03-02T09:00:00Z');
  const match = matchPair(seedNotices(now)[0]!, seedProfiles(now)[0]!, now)[0]!;

  it('read back the same match and reach entry, whether written now (JSON strings) or as the map kept before', () => {
    const written = toAttributes(matchItem(match));
    const before = toAttributes({ ...matchItemKeys(match), match, digest: matchDigest(match) });
    for (const raw of [written, before]) {
      expect(matchOfItem(raw)).toEqual(match);
      expect(reachEntryOfItem(raw)).toEqual(reachEntryOf(match));
    }
    expect(Object.keys(reachEntryOf(match)).sort()).toEqual(['bidderName', 'blockers', 'kind', 'lotId', 'orgId', 'score']);
  });
});
