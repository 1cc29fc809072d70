import { BatchGetItemCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { batchGetAll } from '../../../../shared/platform/dynamodb/batch-get.js';
import type { DynamoTable } from '../../../../shared/platform/dynamodb/dynamo-table.js';

const dynamo = mockClient(DynamoDBClient);
const table: DynamoTable = { client: () => new DynamoDBClient({ region: 'eu-north-1' }), name: () => 'T' };
const noSleep = async () => undefined;
const key = (i: number) => ({ pk: { S: `P#${i}` }, sk: { S: 'S' } });
const keys = (n: number) => Array.from({ length: n }, (_, i) => key(i));
const asked = () => dynamo.commandCalls(BatchGetItemCommand).map((c) => c.args[0].input.RequestItems!.T!);
/** Answers every key it is asked for with an item of that key. */
const answerAll = () =>
  dynamo.on(BatchGetItemCommand).callsFake(async (input) => ({ Responses: { T: input.RequestItems.T.Keys.map((k: object) => ({ ...k, n: { N: '1' } })) } }));

afterEach(() => dynamo.reset());

describe('batchGetAll', () => {
  it('asks for 100 keys a request and gives every item found', async () => {
    answerAll();
    const { items, requests } = await batchGetAll({ keys: keys(230) }, { table, sleep: noSleep });
    expect(asked().map((r) => r.Keys!.length)).toEqual([100, 100, 30]);
    expect(requests).toBe(3);
    expect(items.map((i) => i.pk!.S).sort()).toEqual(
      keys(230)
        .map((k) => k.pk.S)
        .sort(),
    );
  });

  it('asks again, after a backoff, for exactly the keys DynamoDB left unprocessed', async () => {
    const waits: number[] = [];
    dynamo
      .on(BatchGetItemCommand)
      .resolvesOnce({ Responses: { T: [{ ...key(0) }, { ...key(2) }] }, UnprocessedKeys: { T: { Keys: [key(1)], ConsistentRead: true } } })
      .resolves({ Responses: { T: [{ ...key(1) }] } });
    const { items, requests } = await batchGetAll(
      { keys: keys(3), consistentRead: true },
      {
        table,
        sleep: async (ms) => {
          waits.push(ms);
        },
      },
    );
    expect(asked()[1]).toEqual({ Keys: [key(1)], ConsistentRead: true });
    expect(items.map((i) => i.pk!.S).sort()).toEqual(['P#0', 'P#1', 'P#2']);
    expect(requests).toBe(2);
    expect(waits).toHaveLength(1);
  });

  it('fails once keys stay unprocessed after every try, instead of answering as if the items did not exist', async () => {
    dynamo.on(BatchGetItemCommand).resolves({ Responses: { T: [] }, UnprocessedKeys: { T: { Keys: [key(0)] } } });
    await expect(batchGetAll({ keys: keys(1) }, { table, sleep: noSleep, maxAttempts: 3 })).rejects.toThrow(/1 keys unread after 3 tries/);
    expect(asked()).toHaveLength(3);
  });

  it('asks for a key given twice once, with the projection and consistency asked for', async () => {
    answerAll();
    await batchGetAll({ keys: [key(7), key(7), key(8)], consistentRead: true, projection: '#s, pk', names: { '#s': 'state' } }, { table, sleep: noSleep });
    expect(asked()).toEqual([{ Keys: [key(7), key(8)], ConsistentRead: true, ProjectionExpression: '#s, pk', ExpressionAttributeNames: { '#s': 'state' } }]);
  });

  it('sends nothing for no keys', async () => {
    answerAll();
    expect(await batchGetAll({ keys: [] }, { table })).toEqual({ items: [], requests: 0 });
    expect(asked()).toHaveLength(0);
  });
});
