import {
  DescribeExecutionCommand,
  GetExecutionHistoryCommand,
  ListExecutionsCommand,
  SendTaskFailureCommand,
  SendTaskHeartbeatCommand,
  SendTaskSuccessCommand,
  SFNClient,
  StartExecutionCommand,
  StopExecutionCommand,
  ExecutionAlreadyExists,
  TaskDoesNotExist,
  TaskTimedOut,
} from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VirtualClock } from '../../../../local/engines/clock/virtual-clock.js';
import { startLocalAwsEndpoint, type LocalAwsEndpoint } from '../../../../local/engines/aws-endpoint/local-aws-endpoint.js';
import { LocalStepFunctions } from '../../../../local/engines/stepfunctions/local-step-functions.js';

// A definition written for this test only: invoke, callback with timeout and heartbeat, Wait, Choice.
const reviewDefinition = {
  StartAt: 'Prepare',
  States: {
    Prepare: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Parameters: { FunctionName: '${PrepFunctionArn}', 'Payload.$': '$' },
      ResultSelector: { 'prepared.$': '$.Payload.prepared' },
      ResultPath: '$.prep',
      Next: 'AskParty',
    },
    AskParty: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken',
      Parameters: {
        FunctionName: '${AskFunctionArn}',
        Payload: { 'taskToken.$': '$$.Task.Token', 'caseId.$': '$.caseId', 'execution.$': '$$.Execution.Id' },
      },
      TimeoutSeconds: 86400,
      HeartbeatSeconds: 3600,
      ResultPath: '$.answer',
      Catch: [
        { ErrorEquals: ['States.Timeout'], ResultPath: '$.timeout', Next: 'NoAnswer' },
        { ErrorEquals: ['Declined'], ResultPath: '$.failure', Next: 'Declined' },
      ],
      Next: 'Decide',
    },
    Decide: {
      Type: 'Choice',
      Choices: [{ Variable: '$.answer.accepted', BooleanEquals: true, Next: 'Accepted' }],
      Default: 'Declined',
    },
    Accepted: { Type: 'Pass', Result: 'accepted', ResultPath: '$.outcome', End: true },
    Declined: { Type: 'Pass', Result: 'declined', ResultPath: '$.outcome', End: true },
    NoAnswer: { Type: 'Pass', Result: 'no-answer', ResultPath: '$.outcome', End: true },
  },
};

const retryDefinition = {
  StartAt: 'Flaky',
  States: {
    Flaky: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Parameters: { FunctionName: '${FlakyFunctionArn}', 'Payload.$': '$' },
      OutputPath: '$.Payload',
      Retry: [{ ErrorEquals: ['TransientError'], MaxAttempts: 2, IntervalSeconds: 5 }],
      Catch: [{ ErrorEquals: ['States.TaskFailed'], ResultPath: '$.error', Next: 'Recovered' }],
      End: true,
    },
    Recovered: { Type: 'Pass', End: true },
  },
};

const yearWaitDefinition = {
  StartAt: 'WaitAYear',
  States: {
    WaitAYear: { Type: 'Wait', Seconds: 365 * 24 * 3600, Next: 'Done' },
    Done: { Type: 'Succeed' },
  },
};

const clock = new VirtualClock();
const calls: { functionId: string; payload: Record<string, unknown> }[] = [];
const flakyBehaviour: { failWith: string[] } = { failWith: [] };

async function invokeFunction(functionId: string, payload: unknown): Promise<unknown> {
  calls.push({ functionId, payload: payload as Record<string, unknown> });
  if (functionId === 'Prep') return { prepared: true };
  if (functionId === 'Ask') return { notified: true };
  if (functionId === 'Flaky') {
    const name = flakyBehaviour.failWith.shift();
    if (name) {
      const error = new Error(`failed as ${name}`);
      error.name = name;
      throw error;
    }
    return { ok: true };
  }
  throw new Error(`unexpected function ${functionId}`);
}

const engine = new LocalStepFunctions({ clock, invokeFunction, region: 'eu-north-1' });
let endpoint: LocalAwsEndpoint;
let sfn: SFNClient;
const arns = { review: '', retry: '', year: '' };

const tokenFor = (caseId: string): string => {
  const call = [...calls].reverse().find((c) => c.functionId === 'Ask' && c.payload['caseId'] === caseId);
  if (!call) throw new Error(`no callback for ${caseId}`);
  return String(call.payload['taskToken']);
};

const describeExecution = (executionArn: string) => sfn.send(new DescribeExecutionCommand({ executionArn }));

beforeAll(async () => {
  arns.review = engine.createStateMachine({ name: 'test-review', definition: reviewDefinition }).stateMachineArn;
  arns.retry = engine.createStateMachine({ name: 'test-retry', definition: retryDefinition }).stateMachineArn;
  arns.year = engine.createStateMachine({ name: 'test-year', definition: yearWaitDefinition }).stateMachineArn;
  endpoint = await startLocalAwsEndpoint({ stepFunctions: engine });
  sfn = new SFNClient({
    region: 'eu-north-1',
    endpoint: endpoint.url,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
});

afterAll(async () => {
  sfn?.destroy();
  await engine.shutdown();
  await endpoint?.close();
  clock.close();
});

describe('callback tasks through the real SFN client', () => {
  it('hands the function a token and resumes on SendTaskSuccess', async () => {
    const { executionArn } = await sfn.send(
      new StartExecutionCommand({ stateMachineArn: arns.review, name: 'case-1', input: JSON.stringify({ caseId: 'c1' }) }),
    );
    await engine.waitForIdle();
    const token = tokenFor('c1');
    expect(token).toMatch(/[+/=]/);
    expect(calls.find((c) => c.functionId === 'Ask' && c.payload['caseId'] === 'c1')?.payload['execution']).toBe(executionArn);
    expect((await describeExecution(executionArn!)).status).toBe('RUNNING');

    await sfn.send(new SendTaskSuccessCommand({ taskToken: token, output: JSON.stringify({ accepted: true }) }));
    await engine.waitForIdle();

    const done = await describeExecution(executionArn!);
    expect(done.status).toBe('SUCCEEDED');
    expect(JSON.parse(done.output!)).toMatchObject({ caseId: 'c1', prep: { prepared: true }, outcome: 'accepted' });

    const { events } = await sfn.send(new GetExecutionHistoryCommand({ executionArn }));
    const types = events!.map((e) => e.type);
    expect(types[0]).toBe('ExecutionStarted');
    expect(types.at(-1)).toBe('ExecutionSucceeded');
    expect(types).toEqual(expect.arrayContaining(['TaskStateEntered', 'TaskScheduled', 'TaskSubmitted', 'TaskSucceeded', 'ChoiceStateEntered']));
    expect(types.indexOf('TaskSubmitted')).toBeLessThan(types.lastIndexOf('TaskSucceeded'));
    expect(events![0]!.timestamp).toBeInstanceOf(Date);
    expect(engine.stateTransitions(executionArn!)).toBe(4);
  });

  it('refuses a second execution with the same name', async () => {
    await expect(sfn.send(new StartExecutionCommand({ stateMachineArn: arns.review, name: 'case-1', input: '{}' }))).rejects.toBeInstanceOf(
      ExecutionAlreadyExists,
    );
  });

  it('routes SendTaskFailure by its error name to the matching Catch', async () => {
    const { executionArn } = await sfn.send(new StartExecutionCommand({ stateMachineArn: arns.review, input: JSON.stringify({ caseId: 'c2' }) }));
    await engine.waitForIdle();
    await sfn.send(new SendTaskFailureCommand({ taskToken: tokenFor('c2'), error: 'Declined', cause: 'not now' }));
    await engine.waitForIdle();
    const done = await describeExecution(executionArn!);
    expect(JSON.parse(done.output!)).toMatchObject({ outcome: 'declined', failure: { Error: 'Declined', Cause: 'not now' } });
  });

  it('times out on the virtual clock, takes the Catch path, and then answers TaskTimedOut', async () => {
    const { executionArn } = await sfn.send(new StartExecutionCommand({ stateMachineArn: arns.review, input: JSON.stringify({ caseId: 'c3' }) }));
    await engine.waitForIdle();
    const token = tokenFor('c3');
    // Heartbeats keep it alive past HeartbeatSeconds, but not past TimeoutSeconds.
    for (let hour = 0; hour < 23; hour += 1) {
      await clock.advance('PT50M');
      await sfn.send(new SendTaskHeartbeatCommand({ taskToken: token }));
    }
    expect((await describeExecution(executionArn!)).status).toBe('RUNNING');
    await clock.advance('PT2H');

    const done = await describeExecution(executionArn!);
    expect(done.status).toBe('SUCCEEDED');
    expect(JSON.parse(done.output!)).toMatchObject({ outcome: 'no-answer', timeout: { Error: 'States.Timeout' } });
    const { events } = await sfn.send(new GetExecutionHistoryCommand({ executionArn }));
    expect(events!.map((e) => e.type)).toContain('TaskTimedOut');

    await expect(sfn.send(new SendTaskSuccessCommand({ taskToken: token, output: '{}' }))).rejects.toBeInstanceOf(TaskTimedOut);
  });

  it('times out when heartbeats stop', async () => {
    const { executionArn } = await sfn.send(new StartExecutionCommand({ stateMachineArn: arns.review, input: JSON.stringify({ caseId: 'c4' }) }));
    await engine.waitForIdle();
    await clock.advance('PT59M');
    expect((await describeExecution(executionArn!)).status).toBe('RUNNING');
    await clock.advance('PT2M');
    const done = await describeExecution(executionArn!);
    expect(JSON.parse(done.output!)).toMatchObject({ outcome: 'no-answer', timeout: { Error: 'States.Timeout' } });
    await expect(sfn.send(new SendTaskHeartbeatCommand({ taskToken: tokenFor('c4') }))).rejects.toBeInstanceOf(TaskTimedOut);
  });

  it('answers TaskDoesNotExist for an unknown token', async () => {
    await expect(sfn.send(new SendTaskSuccessCommand({ taskToken: 'AQB+unknown/token==', output: '{}' }))).rejects.toBeInstanceOf(TaskDoesNotExist);
  });

  it('stops an execution and lists by status', async () => {
    const { executionArn } = await sfn.send(new StartExecutionCommand({ stateMachineArn: arns.review, input: JSON.stringify({ caseId: 'c5' }) }));
    await engine.waitForIdle();
    await sfn.send(new StopExecutionCommand({ executionArn, error: 'Withdrawn', cause: 'party withdrew' }));
    const stopped = await describeExecution(executionArn!);
    expect(stopped).toMatchObject({ status: 'ABORTED', error: 'Withdrawn' });
    await expect(sfn.send(new SendTaskSuccessCommand({ taskToken: tokenFor('c5'), output: '{}' }))).rejects.toBeInstanceOf(TaskDoesNotExist);
    const { executions } = await sfn.send(new ListExecutionsCommand({ stateMachineArn: arns.review, statusFilter: 'ABORTED' }));
    expect(executions!.map((e) => e.executionArn)).toEqual([executionArn]);
  });
});

describe('retry and catch', () => {
  it('retries a named error, then catches the next one with States.TaskFailed', async () => {
    flakyBehaviour.failWith = ['TransientError', 'TransientError', 'PermanentError'];
    const { executionArn } = await sfn.send(new StartExecutionCommand({ stateMachineArn: arns.retry, input: '{}' }));
    const done = await engine.awaitExecution(executionArn!);
    expect(done.status).toBe('SUCCEEDED');
    expect(JSON.parse(done.output!).error.Error).toBe('PermanentError');
    expect(calls.filter((c) => c.functionId === 'Flaky')).toHaveLength(3);
    expect(done.stateTransitionCount).toBe(4);
  });

  it('fails the execution with the function error name when retries run out and nothing catches it', async () => {
    const flakyOnly = engine.createStateMachine({
      name: 'test-retry-uncaught',
      definition: { ...retryDefinition, States: { Flaky: { ...retryDefinition.States.Flaky, Catch: [] } } },
    });
    flakyBehaviour.failWith = ['TransientError', 'TransientError', 'TransientError'];
    const { executionArn } = await sfn.send(new StartExecutionCommand({ stateMachineArn: flakyOnly.stateMachineArn }));
    const done = await engine.awaitExecution(executionArn!);
    expect(done).toMatchObject({ status: 'FAILED', error: 'TransientError' });
  });
});

describe('Wait states on the virtual clock', () => {
  it('completes a one-year Wait only after the clock passes it', async () => {
    const { executionArn } = await sfn.send(new StartExecutionCommand({ stateMachineArn: arns.year }));
    await engine.waitForIdle();
    await clock.advance('P364D');
    expect((await describeExecution(executionArn!)).status).toBe('RUNNING');
    const summary = await clock.advance('P2D');
    expect(summary.fired.some((f) => f.label.includes('WaitAYear'))).toBe(true);
    expect((await describeExecution(executionArn!)).status).toBe('SUCCEEDED');
    const { events } = await sfn.send(new GetExecutionHistoryCommand({ executionArn }));
    expect(events!.map((e) => e.type)).toEqual([
      'ExecutionStarted',
      'WaitStateEntered',
      'WaitStateExited',
      'SucceedStateEntered',
      'SucceedStateExited',
      'ExecutionSucceeded',
    ]);
  });
});
