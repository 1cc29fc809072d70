import { beforeEach, describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { SchedulerClient, CreateScheduleCommand, DeleteScheduleCommand } from '@aws-sdk/client-scheduler';
import { SFNClient, SendTaskSuccessCommand, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { handler } from '../../../functions/platform/effects.js';
import { matchesFilterPattern } from '../../../local/engines/streams/filter-pattern.js';
import { EffectsStreamFilters } from '../../../shared/platform/outbox/effects-stream-filter.js';

/**
 * The stream consumer at the SDK boundary: each AWS call is made to fail the
 * ways AWS fails, and the test reads what the consumer reports back to the
 * event source mapping (which records Lambda retries, and so which end on the DLQ).
 */
process.env.TABLE_NAME = 'effects-test';
process.env.EVENT_BUS_NAME = 'bus';
process.env.STATE_MACHINE_ARN_PREFIX = 'arn:aws:states:eu-north-1:111111111111:stateMachine:iop-test-';
process.env.SCHEDULER_ROLE_ARN = 'arn:aws:iam::111111111111:role/scheduler';
process.env.AWS_REGION = 'eu-north-1';
process.env.LOG_LEVEL = 'silent';

const sfn = mockClient(SFNClient);
const scheduler = mockClient(SchedulerClient);
const events = mockClient(EventBridgeClient);
const dynamo = mockClient(DynamoDBClient);

const awsError = (name: string) => Object.assign(new Error(name), { name, $metadata: {} });

let sequence = 100;
function record(kind: string, caseId: string, version: number, effects: unknown[]): DynamoDBRecord {
  const item = {
    pk: `${kind}#${caseId}`,
    sk: `EVENT#${String(version).padStart(10, '0')}`,
    kind,
    caseId,
    version,
    at: '2027-01-01T00:00:00.000Z',
    timeline: [],
    effects,
    hasEffects: true,
  };
  return {
    eventID: String(sequence),
    eventName: 'INSERT',
    eventSource: 'aws:dynamodb',
    dynamodb: { SequenceNumber: String(sequence++), Keys: marshall({ pk: item.pk, sk: item.sk }) as never, NewImage: marshall(item) as never },
  };
}
const notify = (caseId: string) => ({
  type: 'notify',
  source: 'iop-workflows.iop',
  detailPrefix: 'iop-case',
  caseId,
  reference: 'IOP-1',
  stage: 'dialogue',
  to: ['org-a'],
  entries: [{ type: 'stage-changed', at: '2027-01-01T00:00:00.000Z', text: { sv: 'a', en: 'a' }, actor: { name: 'A', org: 'org-a' } }],
});

beforeEach(() => {
  sfn.reset();
  scheduler.reset();
  events.reset();
  dynamo.reset();
  events.on(PutEventsCommand).resolves({ FailedEntryCount: 0, Entries: [{ EventId: 'e' }] });
});

describe('Effects consumer (the outbox on the stream)', () => {
  it('selects only new event items with effects, by the same filter CDK deploys', () => {
    const withEffects = record('IOP', 'c0', 1, [notify('c0')]);
    const matches = (r: unknown) => EffectsStreamFilters.some((f) => matchesFilterPattern(f, r));
    expect(matches(withEffects)).toBe(true);
    expect(matches({ ...withEffects, eventName: 'MODIFY' })).toBe(false);
    expect(matches({ ...withEffects, dynamodb: { NewImage: marshall({ pk: 'IOP#c0', sk: 'CASE' }) } })).toBe(false);
  });

  it('publishes notifications with a deterministic event id, the same on a second delivery', async () => {
    const r = record('IOP', 'c1', 3, [notify('c1')]);
    expect(await handler({ Records: [r] })).toEqual({ batchItemFailures: [] });
    expect(await handler({ Records: [r] })).toEqual({ batchItemFailures: [] });
    const ids = events.commandCalls(PutEventsCommand).map((c) => JSON.parse(c.args[0].input.Entries![0]!.Detail!).eventId);
    expect(ids).toEqual(['IOP#c1#3#0', 'IOP#c1#3#0']);
  });

  it('reports a throttled record and every record after it, so the order of effects is kept on retry', async () => {
    events.on(PutEventsCommand).rejectsOnce(awsError('ThrottlingException')).resolves({ FailedEntryCount: 0 });
    const first = record('IOP', 'c2', 1, [notify('c2')]);
    const second = record('IOP', 'c2', 2, [notify('c2')]);
    const out = await handler({ Records: [first, second] });
    expect(out.batchItemFailures.map((f) => f.itemIdentifier)).toEqual([first.dynamodb!.SequenceNumber, second.dynamodb!.SequenceNumber]);
    expect(events.commandCalls(PutEventsCommand)).toHaveLength(1);
  });

  it('counts entries EventBridge refused as a failure (retried, not lost)', async () => {
    events.on(PutEventsCommand).resolves({ FailedEntryCount: 1, Entries: [{ ErrorCode: 'InternalFailure' }] });
    const r = record('MATCH', 'm1', 4, [{ ...notify('m1'), source: 'iop-workflows.procurement', detailPrefix: 'match-case' }]);
    expect((await handler({ Records: [r] })).batchItemFailures).toHaveLength(1);
  });

  it('treats a schedule that already exists, and one already gone, as done', async () => {
    scheduler.on(CreateScheduleCommand).rejects(awsError('ConflictException'));
    scheduler.on(DeleteScheduleCommand).rejects(awsError('ResourceNotFoundException'));
    const r = record('IOP', 'c3', 7, [
      { type: 'schedule-reviews', reviews: [{ reviewNumber: 1, at: '2028-01-01T00:00:00.000Z', final: false }] },
      { type: 'cancel-schedules', scheduleNames: ['c3-review-1'] },
    ]);
    expect(await handler({ Records: [r] })).toEqual({ batchItemFailures: [] });
    expect(scheduler.commandCalls(CreateScheduleCommand)[0]!.args[0].input).toMatchObject({
      Name: 'c3-review-1',
      ScheduleExpression: 'at(2028-01-01T00:00:00)',
    });
  });

  it('fails the record when the Scheduler is unavailable, so the reviews are never silently lost', async () => {
    scheduler.on(CreateScheduleCommand).rejects(awsError('ServiceUnavailableException'));
    const r = record('IOP', 'c4', 7, [{ type: 'schedule-reviews', reviews: [{ reviewNumber: 1, at: '2028-01-01T00:00:00.000Z', final: false }] }]);
    expect((await handler({ Records: [r] })).batchItemFailures).toEqual([{ itemIdentifier: r.dynamodb!.SequenceNumber }]);
  });

  it('ignores a callback for a task that already timed out, and a start of an execution that already runs', async () => {
    dynamo.on(GetItemCommand).resolves({ Item: marshall({ pk: 'IOP#c5', sk: 'TASK#consensus', token: 'tok', dueAt: '2027-02-01T00:00:00.000Z' }) });
    sfn.on(SendTaskSuccessCommand).rejects(awsError('TaskTimedOut'));
    sfn.on(StartExecutionCommand).rejects(awsError('ExecutionAlreadyExists'));
    const r = record('IOP', 'c5', 9, [
      { type: 'complete-wait', waitKind: 'consensus', output: { consented: true } },
      { type: 'start-workflow', workflow: 'iop-approval', executionName: 'c5-approval-1', input: { caseId: 'c5' } },
    ]);
    expect(await handler({ Records: [r] })).toEqual({ batchItemFailures: [] });
    expect(sfn.commandCalls(SendTaskSuccessCommand)[0]!.args[0].input).toMatchObject({ taskToken: 'tok' });
    expect(sfn.commandCalls(StartExecutionCommand)[0]!.args[0].input).toMatchObject({ name: 'c5-approval-1' });
  });

  it('fails the record on a Step Functions service error', async () => {
    sfn.on(StartExecutionCommand).rejects(awsError('ServiceUnavailable'));
    const r = record('IOP', 'c6', 2, [{ type: 'start-workflow', workflow: 'iop-dialogue', executionName: 'c6-dialogue-1', input: { caseId: 'c6' } }]);
    expect((await handler({ Records: [r] })).batchItemFailures).toHaveLength(1);
  });

  it('publishes the indexing event of a written notice, and none for a put that changed nothing', async () => {
    const item = { pk: 'NOTICE#N-1', sk: 'NOTICE', notice: { id: 'N-1', title: 'Städning' } };
    const written: DynamoDBRecord = {
      eventID: 'ev-1',
      eventName: 'MODIFY',
      eventSource: 'aws:dynamodb',
      dynamodb: {
        SequenceNumber: '900',
        Keys: marshall({ pk: item.pk, sk: item.sk }) as never,
        NewImage: marshall(item) as never,
        OldImage: marshall({ ...item, notice: { id: 'N-1', title: 'Gammal' } }) as never,
      },
    };
    const same: DynamoDBRecord = { ...written, eventID: 'ev-2', dynamodb: { ...written.dynamodb, SequenceNumber: '901', OldImage: marshall(item) as never } };
    expect(await handler({ Records: [written, same] })).toEqual({ batchItemFailures: [] });
    const sent = events.commandCalls(PutEventsCommand).map((c) => c.args[0].input.Entries![0]!);
    expect(sent.map((e) => [e.DetailType, JSON.parse(e.Detail!).noticeId, JSON.parse(e.Detail!).eventId])).toEqual([['NoticeChanged', 'N-1', 'ev-1']]);
  });
});
