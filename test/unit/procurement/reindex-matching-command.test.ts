import { BatchWriteItemCommand, DynamoDBClient, QueryCommand, ScanCommand } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseReindexArgs, reindexMatching, resolveReindexTarget } from '../../../infra/ops/reindex-matching.js';

const dynamo = mockClient(DynamoDBClient);
const events = mockClient(EventBridgeClient);
const clients = { dynamo: new DynamoDBClient({ region: 'eu-north-1' }), events: new EventBridgeClient({ region: 'eu-north-1' }) };
const target = { table: 'T', eventBus: 'B' };
const noSleep = async () => undefined;
const at = new Date('2027-03-01T08:00:00Z');
const key = (pk: string, sk?: string) => ({ pk: { S: pk }, ...(sk ? { sk: { S: sk } } : {}) });

const NOTICES = Array.from({ length: 24 }, (_, i) => `N${i + 1}`);
const PROFILES = ['org-a', 'org-b'];

beforeEach(() => {
  dynamo.on(QueryCommand).callsFake(async (input) => {
    const pk = input.ExpressionAttributeValues[':pk'].S;
    if (pk === 'NOTICES') return { Items: NOTICES.map((id) => key(`NOTICE#${id}`)) };
    if (pk === 'BIDDERS') return { Items: PROFILES.map((id) => key(`BIDDER#${id}`)) };
    return { Items: [] };
  });
  // Two pages: a bucket with its head, one without (its summaries on both pages), one profile bucket without.
  dynamo
    .on(ScanCommand)
    .resolvesOnce({
      Items: [key('NOTICES#DIV#85-SE23', 'N1'), key('NOTICES#DIV#85-SE23', '#head'), key('NOTICES#DIV#85-SE11', 'N2')],
      LastEvaluatedKey: key('NOTICES#DIV#85-SE11', 'N2'),
    })
    .resolves({ Items: [key('NOTICES#DIV#85-SE11', 'N3'), key('BIDDERS#DIV#85-SE23', 'org-a')] });
  dynamo.on(BatchWriteItemCommand).resolves({ UnprocessedItems: {} });
  events.on(PutEventsCommand).callsFake(async (input) => ({ FailedEntryCount: 0, Entries: input.Entries.map(() => ({ EventId: 'e' })) }));
});

afterEach(() => {
  dynamo.reset();
  events.reset();
});

const published = () => events.commandCalls(PutEventsCommand).flatMap((c) => c.args[0].input.Entries!);
const headsWritten = () =>
  dynamo
    .commandCalls(BatchWriteItemCommand)
    .flatMap((c) => c.args[0].input.RequestItems!.T!.map((w) => [w.PutRequest!.Item!.pk!.S, w.PutRequest!.Item!.sk!.S]));

describe('reindex-matching', () => {
  it('in a dry run counts the notices, the profiles and the buckets without a head, and writes and publishes nothing', async () => {
    const lines: string[] = [];
    const result = await reindexMatching(target, false, clients, (l) => lines.push(l), { sleep: noSleep });
    expect(result).toEqual({ notices: 24, profiles: 2, headlessBuckets: 2 });
    expect(dynamo.commandCalls(BatchWriteItemCommand)).toHaveLength(0);
    expect(events.commandCalls(PutEventsCommand)).toHaveLength(0);
    expect(lines.join('\n')).toMatch(/24 notices, 2 bidder profiles, 2 candidate buckets without a head[\s\S]*--apply/);
  });

  it('gives each bucket without a head its head, and publishes one indexing event per notice and per profile, ten a request', async () => {
    await reindexMatching(target, true, clients, () => undefined, { sleep: noSleep, now: () => at, runId: 'r1' });
    expect(headsWritten()).toEqual([
      ['BIDDERS#DIV#85-SE23', '#head'],
      ['NOTICES#DIV#85-SE11', '#head'],
    ]);
    expect(events.commandCalls(PutEventsCommand).map((c) => c.args[0].input.Entries!.length)).toEqual([10, 10, 6]);
    const entries = published();
    expect(entries.every((e) => e.EventBusName === 'B' && e.Source === 'iop-workflows.procurement')).toBe(true);
    expect(entries.filter((e) => e.DetailType === 'NoticeChanged').map((e) => JSON.parse(e.Detail!).noticeId)).toEqual(NOTICES);
    expect(entries.filter((e) => e.DetailType === 'ProfileChanged').map((e) => JSON.parse(e.Detail!).orgId)).toEqual(PROFILES);
    expect(new Set(entries.map((e) => JSON.parse(e.Detail!).eventId)).size).toBe(26);
    expect(JSON.parse(entries[0]!.Detail!)).toEqual({ noticeId: 'N1', eventId: 'reindex-r1-0', at: at.toISOString() });
  });

  it('sends again, after a backoff, exactly the events EventBridge refused', async () => {
    events.reset();
    events
      .on(PutEventsCommand)
      .callsFakeOnce(async (input) => ({
        FailedEntryCount: 1,
        Entries: input.Entries.map((_: unknown, n: number) => (n === 3 ? { ErrorCode: 'ThrottlingException' } : { EventId: 'e' })),
      }))
      .callsFake(async (input) => ({ FailedEntryCount: 0, Entries: input.Entries.map(() => ({ EventId: 'e' })) }));
    const waits: number[] = [];
    await reindexMatching(target, true, clients, () => undefined, {
      sleep: async (ms) => {
        waits.push(ms);
      },
      runId: 'r2',
    });
    const calls = events.commandCalls(PutEventsCommand).map((c) => c.args[0].input.Entries!);
    expect(calls.map((c) => c.length)).toEqual([10, 1, 10, 6]);
    expect(JSON.parse(calls[1]![0]!.Detail!).noticeId).toBe('N4');
    expect(waits).toHaveLength(1);
  });

  it('fails, saying to run again, when EventBridge keeps refusing', async () => {
    events.reset();
    events
      .on(PutEventsCommand)
      .callsFake(async (input) => ({ FailedEntryCount: input.Entries.length, Entries: input.Entries.map(() => ({ ErrorCode: 'InternalFailure' })) }));
    await expect(reindexMatching(target, true, clients, () => undefined, { sleep: noSleep })).rejects.toThrow(
      /refused 10 events after 5 tries; run the command again/,
    );
  });

  it('takes the table and the bus from the flags or from the stack outputs, and refuses neither', async () => {
    expect(() => parseReindexArgs([])).toThrow(/name the stack, or the table and the event bus/);
    expect(() => parseReindexArgs(['--table', 'T'])).toThrow(/name the stack/);
    expect(parseReindexArgs(['--table', 'T', '--event-bus', 'B', '--apply'])).toMatchObject({ apply: true, table: 'T', eventBus: 'B' });
    const outputs = async () => ({ TableName: 'StackTable', EventBusName: 'stack-bus' });
    expect(await resolveReindexTarget(parseReindexArgs(['--stack', 'S', '--region', 'eu-north-1']), outputs)).toEqual({
      table: 'StackTable',
      eventBus: 'stack-bus',
      region: 'eu-north-1',
    });
    expect(await resolveReindexTarget(parseReindexArgs(['--stack', 'S', '--event-bus', 'mine']), outputs)).toEqual({ table: 'StackTable', eventBus: 'mine' });
    await expect(resolveReindexTarget(parseReindexArgs(['--stack', 'Old']), async () => ({ TableName: 'T' }))).rejects.toThrow(/no output EventBusName/);
  });
});
