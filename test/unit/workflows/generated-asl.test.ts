import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkflowCatalog, workflowFile } from '../../../shared/platform/workflows/catalog.js';
import { buildWorkflows, workflowTexts, writeWorkflows } from '../../../workflows/build-workflows.js';
import {
  StandardRetry,
  type TaskState,
  awaitRemindEscalate,
  callbackTask,
  catchAll,
  catchTimeout,
  lambdaTask,
  stateMachine,
  succeed,
  targetsOf,
} from '../../../workflows/builder/index.js';

/**
 * The .asl.json files are generated from workflows/definitions; CDK and the
 * local engine read the files, so they must never drift from the definitions.
 * Below that, the builder's own promises: the standard Retry once per task, the
 * callback catches, and the await → remind → escalate wiring.
 */
const rebuild = 'run `npx tsx workflows/build-workflows.ts` to regenerate it (edit workflows/definitions, not the JSON)';

describe('generated ASL files', () => {
  const texts = workflowTexts();

  it('builds one definition per catalog entry, and no other', () => {
    expect(Object.keys(texts).sort()).toEqual(WorkflowCatalog.map((w) => w.name).sort());
  });

  it.each(WorkflowCatalog.map((w) => w.name))('%s.asl.json is up to date with its definition', (name) => {
    const committed = readFileSync(workflowFile(name), 'utf8');
    const outOfDate = `${workflowFile(name)} is out of date: ${rebuild}`;
    // Parsed first, so a failure shows which states differ; then byte for byte (formatting, key order).
    expect(JSON.parse(committed), outOfDate).toEqual(buildWorkflows()[name]);
    expect(texts[name] === committed, outOfDate).toBe(true);
  });

  it('writes every file once and then nothing, as long as nothing changed', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'workflows-'));
    try {
      mkdirSync(path.join(root, 'workflows'));
      expect(writeWorkflows(root)).toHaveLength(WorkflowCatalog.length);
      expect(readFileSync(path.join(root, workflowFile('match-case')), 'utf8')).toBe(texts['match-case']);
      expect(writeWorkflows(root)).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('workflow builder', () => {
  const fn = '${TestFunctionArn}';

  it('gives a Lambda task the standard Retry exactly once, discards its result and catches into the failure path', () => {
    const task = lambdaTask({ functionName: fn, payload: { task: 'x' }, onError: 'Failed', next: 'Done' });
    expect(task).toEqual({
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Parameters: { FunctionName: fn, Payload: { task: 'x' } },
      ResultPath: null,
      Retry: [StandardRetry],
      Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'Failed' }],
      Next: 'Done',
    });
    // A copy, so editing one state cannot change the shared policy.
    expect(task.Retry![0]).not.toBe(StandardRetry);
  });

  it('gives a callback task the standard Retry, its deadline, and the timeout catch before the failure catch', () => {
    const task = callbackTask({
      comment: 'Wait',
      functionName: fn,
      payload: { 'taskToken.$': '$$.Task.Token' },
      timeoutSeconds: 100,
      heartbeatSeconds: 50,
      onTimeout: 'Remind',
      onError: 'MarkNeedsAttention',
      next: 'Gate',
    });
    expect(task.Resource).toBe('arn:aws:states:::lambda:invoke.waitForTaskToken');
    expect(task.Retry).toEqual([StandardRetry]);
    expect(task.ResultPath).toBe('$.answer');
    expect(task.Catch).toEqual([
      { ErrorEquals: ['States.Timeout', 'States.HeartbeatTimeout'], ResultPath: '$.timeout', Next: 'Remind' },
      { ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'MarkNeedsAttention' },
    ]);
    // Property order is the ASL file's order (byte identity depends on it).
    expect(Object.keys(task)).toEqual([
      'Type',
      'Comment',
      'Resource',
      'Parameters',
      'TimeoutSeconds',
      'HeartbeatSeconds',
      'ResultPath',
      'Retry',
      'Catch',
      'Next',
    ]);
  });

  it('refuses a heartbeat that is not below the timeout', () => {
    const wait = { functionName: fn, payload: {}, onTimeout: 'Remind', onError: 'Failed', next: 'Gate' };
    expect(() => callbackTask({ ...wait, timeoutSeconds: 60, heartbeatSeconds: 60 })).toThrow(/HeartbeatSeconds/);
  });

  const rounds = (afterEscalation: Parameters<typeof awaitRemindEscalate>[0]['afterEscalation']) =>
    awaitRemindEscalate({
      name: 'Answer',
      next: 'Gate',
      await: (round) => ({ comment: round, functionName: fn, payload: { round }, timeoutSeconds: 10, heartbeatSeconds: 5, onError: 'MarkNeedsAttention' }),
      remind: { functionName: fn, payload: { task: 'remind' }, onError: 'MarkNeedsAttention' },
      escalate: { functionName: fn, payload: { task: 'escalate' }, onError: 'MarkNeedsAttention' },
      afterEscalation,
    });
  const wiring = (states: Record<string, TaskState>) =>
    Object.fromEntries(
      Object.entries(states).map(([name, s]) => [name, { next: s.Next, onTimeout: s.Catch?.find((c) => c.ErrorEquals.includes('States.Timeout'))?.Next }]),
    );

  it('writes await → remind → await again → escalate → keep waiting, the last round escalating again', () => {
    const states = rounds({ keepWaiting: {} });
    expect(Object.keys(states)).toEqual(['AwaitAnswer', 'RemindAnswer', 'AwaitAnswerAfterReminder', 'EscalateAnswer', 'AwaitAnswerAfterEscalation']);
    expect(wiring(states)).toEqual({
      AwaitAnswer: { next: 'Gate', onTimeout: 'RemindAnswer' },
      RemindAnswer: { next: 'AwaitAnswerAfterReminder', onTimeout: undefined },
      AwaitAnswerAfterReminder: { next: 'Gate', onTimeout: 'EscalateAnswer' },
      EscalateAnswer: { next: 'AwaitAnswerAfterEscalation', onTimeout: undefined },
      AwaitAnswerAfterEscalation: { next: 'Gate', onTimeout: 'EscalateAnswer' },
    });
    expect(states.AwaitAnswerAfterReminder?.Parameters.Payload).toEqual({ round: 'after-reminder' });
    for (const s of Object.values(states)) {
      expect(s.Retry).toEqual([StandardRetry]);
      expect(s.Catch?.at(-1)).toEqual(catchAll('MarkNeedsAttention'));
    }
  });

  it('can end the wait after the escalation, or let the last round time out elsewhere', () => {
    const lapsing = rounds({ next: 'Lapsed' });
    expect(Object.keys(lapsing)).toEqual(['AwaitAnswer', 'RemindAnswer', 'AwaitAnswerAfterReminder', 'EscalateAnswer']);
    expect(lapsing.EscalateAnswer?.Next).toBe('Lapsed');

    const failing = rounds({ keepWaiting: { state: 'AwaitAnswerEscalated', onTimeout: catchTimeout('MarkNeedsAttention', '$.error') } });
    expect(failing.AwaitAnswerEscalated?.Catch?.[0]).toEqual({
      ErrorEquals: ['States.Timeout', 'States.HeartbeatTimeout'],
      ResultPath: '$.error',
      Next: 'MarkNeedsAttention',
    });
  });

  it('rejects a state machine with a transition to a missing state or a state nothing reaches', () => {
    const states = { ...rounds({ next: 'Lapsed' }), Gate: succeed(), Lapsed: succeed() };
    expect(() => stateMachine({ comment: 'c', startAt: 'AwaitAnswer', states })).toThrow(/MarkNeedsAttention", which is not a state/);
    const orphan = { ...states, MarkNeedsAttention: succeed(), Orphan: succeed() };
    expect(() => stateMachine({ comment: 'c', startAt: 'AwaitAnswer', states: orphan })).toThrow(/Orphan cannot be reached/);
    const machine = stateMachine({ comment: 'c', startAt: 'AwaitAnswer', states: { ...states, MarkNeedsAttention: succeed() } });
    expect(targetsOf(machine.States.AwaitAnswer!)).toEqual(['Gate', 'RemindAnswer', 'MarkNeedsAttention']);
  });
});
