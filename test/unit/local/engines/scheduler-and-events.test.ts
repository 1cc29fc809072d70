import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ConflictException,
  CreateScheduleCommand,
  DeleteScheduleCommand,
  GetScheduleCommand,
  ListSchedulesCommand,
  ResourceNotFoundException,
  SchedulerClient,
} from '@aws-sdk/client-scheduler';
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VirtualClock } from '../../../../local/engines/clock/virtual-clock.js';
import { startLocalAwsEndpoint, type LocalAwsEndpoint } from '../../../../local/engines/aws-endpoint/local-aws-endpoint.js';
import { LocalEventBridge } from '../../../../local/engines/eventbridge/local-event-bridge.js';
import { LocalScheduler } from '../../../../local/engines/scheduler/local-scheduler.js';
import { LocalStepFunctions } from '../../../../local/engines/stepfunctions/local-step-functions.js';

const dataDir = mkdtempSync(join(tmpdir(), 'local-aws-'));
const clock = new VirtualClock();
const invoked: { functionId: string; payload: unknown }[] = [];
const invokeFunction = async (functionId: string, payload: unknown): Promise<unknown> => {
  invoked.push({ functionId, payload });
  return { ok: true };
};
const stepFunctions = new LocalStepFunctions({ clock, invokeFunction });
const targets = {
  startExecution: (stateMachineArn: string, input: string) => stepFunctions.startExecution({ stateMachineArn, input }),
  invokeFunction,
};
const scheduler = new LocalScheduler({ clock, targets, dataDir });
const eventBridge = new LocalEventBridge({ clock, invokeFunction, dataDir });
const config = {
  region: 'eu-north-1',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  maxAttempts: 1,
};
let endpoint: LocalAwsEndpoint;
let schedulerClient: SchedulerClient;
let events: EventBridgeClient;
let reviewArn = '';

/** at(...) for a UTC instant some days from virtual now. */
function atDaysFromNow(days: number): string {
  const at = new Date(clock.now().getTime() + days * 86_400_000);
  return `at(${at.toISOString().slice(0, 19)})`;
}

beforeAll(async () => {
  reviewArn = stepFunctions.createStateMachine({
    name: 'test-review',
    definition: { StartAt: 'Record', States: { Record: { Type: 'Pass', End: true } } },
  }).stateMachineArn;
  endpoint = await startLocalAwsEndpoint({ stepFunctions, scheduler, eventBridge });
  schedulerClient = new SchedulerClient({ ...config, endpoint: endpoint.url });
  events = new EventBridgeClient({ ...config, endpoint: endpoint.url });
});

afterAll(async () => {
  schedulerClient?.destroy();
  events?.destroy();
  scheduler.close();
  await stepFunctions.shutdown();
  await endpoint?.close();
  clock.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const createReview = (name: string, days: number, extra: Record<string, unknown> = {}) =>
  schedulerClient.send(
    new CreateScheduleCommand({
      Name: name,
      GroupName: 'iop-reviews',
      ScheduleExpression: atDaysFromNow(days),
      ScheduleExpressionTimezone: 'UTC',
      FlexibleTimeWindow: { Mode: 'OFF' },
      ActionAfterCompletion: 'DELETE',
      Target: { Arn: reviewArn, RoleArn: 'arn:aws:iam::000000000000:role/scheduler', Input: JSON.stringify({ review: name }) },
      ...extra,
    }),
  );

describe('local EventBridge Scheduler through the real client', () => {
  it('creates, reads, lists and refuses duplicates and unknown names', async () => {
    const created = await createReview('review-x', 10);
    expect(created.ScheduleArn).toContain('schedule/iop-reviews/review-x');
    const got = await schedulerClient.send(new GetScheduleCommand({ Name: 'review-x', GroupName: 'iop-reviews' }));
    expect(got).toMatchObject({ Name: 'review-x', State: 'ENABLED', Target: { Arn: reviewArn } });
    expect(got.CreationDate).toBeInstanceOf(Date);
    await expect(createReview('review-x', 10)).rejects.toBeInstanceOf(ConflictException);
    const listed = await schedulerClient.send(new ListSchedulesCommand({ GroupName: 'iop-reviews' }));
    expect(listed.Schedules!.map((s) => s.Name)).toEqual(['review-x']);
    await schedulerClient.send(new DeleteScheduleCommand({ Name: 'review-x', GroupName: 'iop-reviews' }));
    await expect(schedulerClient.send(new GetScheduleCommand({ Name: 'review-x', GroupName: 'iop-reviews' }))).rejects.toBeInstanceOf(
      ResourceNotFoundException,
    );
  });

  it('survives a restart through the data folder', async () => {
    await createReview('review-persisted', 30);
    const reloaded = new LocalScheduler({ clock: new VirtualClock(), targets, dataDir });
    expect(reloaded.getSchedule({ Name: 'review-persisted', GroupName: 'iop-reviews' }).Target.Arn).toBe(reviewArn);
    reloaded.close();
    await schedulerClient.send(new DeleteScheduleCommand({ Name: 'review-persisted', GroupName: 'iop-reviews' }));
  });

  it('fires schedules in time order as the clock passes them, starting their executions', async () => {
    // Created out of order on purpose.
    await createReview('review-year-3', 3 * 365);
    await createReview('review-year-1', 365);
    await createReview('review-year-2', 2 * 365);
    const summary = await clock.advance('P2Y');
    expect(summary.fired.map((f) => f.label)).toEqual(['schedule iop-reviews/review-year-1', 'schedule iop-reviews/review-year-2']);
    const { executions } = stepFunctions.listExecutions({ stateMachineArn: reviewArn });
    expect(executions).toHaveLength(2);
    const inputs = executions.map((e) => JSON.parse(stepFunctions.describeExecution(e).input).review);
    expect(inputs.sort()).toEqual(['review-year-1', 'review-year-2']);
    // ActionAfterCompletion DELETE: fired ones are gone, the third still waits.
    expect(scheduler.listSchedules({ GroupName: 'iop-reviews' }).Schedules.map((s) => s.Name)).toEqual(['review-year-3']);
    await clock.advance('P1Y');
    expect(scheduler.firedSchedules().map((f) => f.name)).toEqual(['review-year-1', 'review-year-2', 'review-year-3']);
  });
});

describe('local EventBridge through the real client', () => {
  it('puts events in the outbox and delivers matching ones to a rule target', async () => {
    eventBridge.addRule({ source: 'iop.cases', detailType: ['StageChanged'] }, 'Notifier');
    const result = await events.send(
      new PutEventsCommand({
        Entries: [
          { Source: 'iop.cases', DetailType: 'StageChanged', Detail: JSON.stringify({ caseId: 'c1', stage: 'dialogue' }), EventBusName: 'iop' },
          { Source: 'iop.cases', DetailType: 'MeetingRecorded', Detail: JSON.stringify({ caseId: 'c1' }), EventBusName: 'iop' },
          { Source: 'iop.cases', DetailType: 'Broken', Detail: 'not json' },
        ],
      }),
    );
    expect(result.FailedEntryCount).toBe(1);
    expect(result.Entries![2]!.ErrorCode).toBe('MalformedDetail');
    await eventBridge.drain();
    expect(eventBridge.outbox().map((o) => o.event['detail-type'])).toEqual(['StageChanged', 'MeetingRecorded']);
    const delivered = invoked.filter((i) => i.functionId === 'Notifier');
    expect(delivered).toHaveLength(1);
    expect(delivered[0]!.payload).toMatchObject({
      version: '0',
      source: 'iop.cases',
      'detail-type': 'StageChanged',
      account: '000000000000',
      region: 'eu-north-1',
      detail: { caseId: 'c1', stage: 'dialogue' },
    });
    const reread = new LocalEventBridge({ clock: new VirtualClock(), invokeFunction, dataDir });
    expect(reread.outbox()).toHaveLength(2);
  });
});
