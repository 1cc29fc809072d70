import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WorkflowCatalog, workflowFile } from '../../../shared/platform/workflows/catalog.js';
import { WorkflowTasks } from '../../../shared/iop/domain/workflow-task-names.js';

/**
 * The IOP state machines: valid ASL (asl-validator, the real checker), and the
 * conventions the product relies on: every human step has a timeout and a
 * heartbeat with a reminder path, every Lambda step retries and then marks the
 * case as needing attention, and every task the graph calls exists.
 */
type State = Record<string, unknown> & {
  Type: string;
  Next?: string;
  Resource?: string;
  Catch?: { ErrorEquals: string[]; Next: string }[];
  Retry?: { ErrorEquals: string[] }[];
};
const iopWorkflows = WorkflowCatalog.filter((w) => w.name.startsWith('iop-')).map((w) => w.name);
/** The machines of the stages, which wait for people; iop-consultation only sleeps until a round's deadline. */
const waitsForPeople = (name: string) => name !== 'iop-consultation';
const load = (name: string) => JSON.parse(readFileSync(workflowFile(name), 'utf8')) as { StartAt: string; States: Record<string, State> };
const payloadOf = (s: State) => (s.Parameters as { Payload: Record<string, unknown> }).Payload;

describe.each(iopWorkflows)('%s', (name) => {
  const def = load(name);
  const states = Object.entries(def.States);

  it('passes asl-validator', () => {
    const out = execFileSync('node_modules/.bin/asl-validator', ['--json-path', workflowFile(name)], { encoding: 'utf8' });
    expect(out).toContain('is valid');
  });

  it('waits for people only with a timeout, a heartbeat and a reminder or escalation path', () => {
    const waits = states.filter(([, s]) => s.Resource === 'arn:aws:states:::lambda:invoke.waitForTaskToken');
    expect(waits.length > 0).toBe(waitsForPeople(name));
    for (const [id, s] of waits) {
      expect(s.TimeoutSeconds, id).toBeGreaterThan(0);
      expect(s.HeartbeatSeconds, id).toBeLessThan(s.TimeoutSeconds as number);
      expect(payloadOf(s)).toMatchObject({ task: 'await', 'taskToken.$': '$$.Task.Token', 'caseId.$': '$.caseId' });
      const onTimeout = s.Catch!.find((c) => c.ErrorEquals.includes('States.Timeout'))!;
      expect(onTimeout.ErrorEquals).toContain('States.HeartbeatTimeout');
      expect(onTimeout.Next).toMatch(/^(Remind|Escalate)/);
    }
  });

  it('retries every Lambda step with backoff and then marks the case as needing attention', () => {
    for (const [id, s] of states.filter(([, s]) => s.Type === 'Task')) {
      expect(s.Retry?.[0]?.ErrorEquals, id).toEqual(['Lambda.ServiceException', 'Lambda.TooManyRequestsException', 'States.TaskFailed']);
      if (id === 'MarkNeedsAttention') continue;
      expect(s.Catch?.at(-1), id).toMatchObject({ ErrorEquals: ['States.ALL'], Next: 'MarkNeedsAttention' });
    }
    expect(def.States.MarkNeedsAttention?.Next).toBe('StageFailed');
    expect(def.States.StageFailed?.Type).toBe('Fail');
  });

  it('calls only tasks the workflow-tasks handler knows', () => {
    for (const [, s] of states.filter(([, s]) => s.Type === 'Task')) {
      expect(WorkflowTasks).toContain(payloadOf(s).task);
    }
  });

  it('gates on the callback output with a Choice', () => {
    expect(states.some(([, s]) => s.Type === 'Choice')).toBe(true);
  });
});

describe('the IOP workflow set', () => {
  it('closes a consultation round at its deadline, and waits again for an extended one', () => {
    const round = load('iop-consultation');
    expect(round.States.WaitForDeadline).toMatchObject({ Type: 'Wait', TimestampPath: '$.round.deadline', Next: 'CloseIfLapsed' });
    expect(payloadOf(round.States.CloseIfLapsed!)).toMatchObject({ task: 'close-consultation', 'startedAt.$': '$.startedAt' });
    expect(round.States.StillOpen).toMatchObject({ Type: 'Choice', Choices: [{ Variable: '$.round.open', BooleanEquals: true, Next: 'WaitForDeadline' }] });
  });

  it('has a Wait state that waits until a timestamp (the end of a notice period or term)', () => {
    const review = load('iop-review');
    expect(review.States.WaitUntilAgreementEnds).toMatchObject({ Type: 'Wait', TimestampPath: '$.answer.endsAt' });
  });

  it('ends the agreement from the term-end schedule, and never skips a review', () => {
    const review = load('iop-review');
    const start = review.States[review.StartAt] as State & { Choices: { Variable: string; IsPresent?: boolean; Next: string }[]; Default: string };
    expect(start).toMatchObject({ Type: 'Choice', Default: 'OpenReview' });
    const toEnd = start.Choices.find((c) => c.Variable === '$.termEnd' && c.IsPresent === true)!;
    expect(payloadOf(review.States[toEnd.Next]!)).toMatchObject({ task: 'end-agreement', termEnd: true });
    // Opened: wait for the parties; due during an amendment: check again each day; nothing is "skipped".
    const opened = review.States.ReviewOpened as State & { Choices: { Variable: string; Next: string }[] };
    expect(opened.Choices.map((c) => [c.Variable, c.Next])).toEqual([
      ['$.review.opened', 'AwaitReview'],
      ['$.review.waiting', 'WaitForAmendment'],
    ]);
    expect(review.States.WaitForAmendment).toMatchObject({ Type: 'Wait', Next: 'OpenReview' });
    expect(Object.keys(review.States).some((name) => /skip/i.test(name))).toBe(false);
    // A later review taking over, or the agreement ending, ends this review's execution cleanly.
    const gate = review.States.ReviewGate as State & { Choices: { StringEquals: string; Next: string }[] };
    for (const outcome of ['superseded', 'withdrawn']) {
      const next = gate.Choices.find((c) => c.StringEquals === outcome)?.Next;
      expect(review.States[next ?? '']?.Type, outcome).toBe('Succeed');
    }
    // Each review execution tells its review number to its waits, reminders and escalations.
    const waits = Object.entries(review.States).filter(([, s]) => s.Type === 'Task' && ['await', 'remind', 'escalate'].includes(String(payloadOf(s).task)));
    expect(waits).toHaveLength(5);
    for (const [id, s] of waits) expect(payloadOf(s)['reviewNumber.$'], id).toBe('$.reviewNumber');
  });

  it('starts the next stage from a task, never by nesting executions', () => {
    const all = iopWorkflows.flatMap((n) => Object.values(load(n).States));
    expect(all.some((s) => (s.Resource ?? '').includes('states:startExecution'))).toBe(false);
    expect(
      all
        .filter((s) => s.Type === 'Task' && payloadOf(s).task === 'start-stage')
        .map((s) => payloadOf(s).stage)
        .sort(),
    ).toEqual(['agreement', 'approval', 'dialogue', 'dialogue', 'dialogue']);
  });
});
