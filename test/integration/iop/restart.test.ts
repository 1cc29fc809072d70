import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startTestRuntime, type ApiClient } from '../../support/local-runtime.js';
import { advance, idle, iopCallers, must, timelineOf, toActive, toDialogue, type IopCallers } from './iop-http.js';

/**
 * A local restart in the middle of a case loses nothing: DynamoDB (a DynamoDB
 * Local of its own, on disk under the data path) is the system of record, the
 * schedules are kept on disk, and the reconciler starts the stage execution
 * that did not survive the stop.
 */
const dataPath = mkdtempSync(join(tmpdir(), 'iop-restart-'));
let api: ApiClient | undefined;
afterAll(async () => {
  await api?.runtime.stop();
  rmSync(dataPath, { recursive: true, force: true });
});

const start = async (): Promise<{ api: ApiClient; c: IopCallers }> => {
  api = await startTestRuntime({ dataPath, seed: false });
  return { api, c: await iopCallers(api) };
};
const stop = async () => {
  await api!.runtime.stop();
  api = undefined;
};

/** Executions of one state machine for a case, through the Step Functions API. */
function executionsOf(a: ApiClient, stage: string, caseId: string) {
  const arn = `${process.env.STATE_MACHINE_ARN_PREFIX}iop-${stage}`;
  const { executions } = a.runtime.aws.stepFunctions.listExecutions({ stateMachineArn: arn });
  return executions.filter((e) => e.name.startsWith(`${caseId}-${stage}-`));
}

describe('a local restart in the middle of the dialogue', () => {
  let dialogueCase = '';
  let activeCase = '';
  let before: { version: number; draft: unknown; meetings: unknown; consents: unknown; timeline: unknown[] };

  it('takes one case into the dialogue (meeting, revised draft, one consent) and another to an active agreement', async () => {
    const { api, c } = await start();
    activeCase = await toActive(api, c, 'Aktiv före omstart');
    dialogueCase = await toDialogue(api, c, 'Omstart mitt i dialogen');
    await must(api, c.hc, dialogueCase, {
      type: 'record-meeting',
      date: '2026-12-15',
      participants: ['Sara Lindqvist', 'Ahmed Hassan', 'Karin Sjöberg'],
      notes: 'Vi enades om att lägga till tigrinja.',
    });
    await must(api, c.rk, dialogueCase, { type: 'revise-draft', changes: { budgetPerYearSek: 2_200_000 }, summary: 'Högre budget för tolkar' });
    await must(api, c.rk, dialogueCase, { type: 'consent', draftVersion: 2 });
    const running = executionsOf(api, 'dialogue', dialogueCase).filter((e) => e.status === 'RUNNING');
    expect(running.map((e) => e.name)).toEqual([`${dialogueCase}-dialogue-1`]);
    const state = (await c.rk.get(`/iop/cases/${dialogueCase}`)).body;
    before = { version: state.version, draft: state.draft, meetings: state.meetings, consents: state.consents, timeline: await timelineOf(c, dialogueCase) };
    expect(before.consents).toEqual({ 'svenska-roda-korset': 2 });
    await stop();
  });

  it('finds the case, its version, timeline and draft after the restart, and a new dialogue execution waiting', async () => {
    expect(dialogueCase).not.toBe('');
    const { api, c } = await start();
    await idle(api);
    const state = (await c.sm.get(`/iop/cases/${dialogueCase}`)).body;
    expect(state.stage).toBe('dialogue');
    expect(state.draft).toEqual(before.draft);
    expect(state.meetings).toEqual(before.meetings);
    expect(state.consents).toEqual(before.consents);
    // The reconciler records the resumption itself: one more version and one more timeline entry.
    expect(state.version).toBe(before.version + 1);
    const timeline = await timelineOf(c, dialogueCase);
    expect(timeline.slice(0, before.timeline.length)).toEqual(before.timeline);
    expect(timeline.slice(before.timeline.length).map((e) => e.type)).toEqual(['resumed']);

    const resumed = executionsOf(api, 'dialogue', dialogueCase);
    expect(resumed.map((e) => [e.name, e.status])).toEqual([[`${dialogueCase}-dialogue-2`, 'RUNNING']]);
    const described = api.runtime.aws.stepFunctions.describeExecution({ executionArn: resumed[0]!.executionArn });
    expect(described.status).toBe('RUNNING');

    // The remaining parties consent; the healthcare unit asks for the decision; the approval runs.
    await must(api, c.hc, dialogueCase, { type: 'consent', draftVersion: 2 });
    await must(api, c.sm, dialogueCase, { type: 'consent', draftVersion: 2 });
    const asked = await must(api, c.hc, dialogueCase, { type: 'request-decision' });
    expect(asked.body.stage).toBe('approval');
    expect(api.runtime.aws.stepFunctions.describeExecution({ executionArn: resumed[0]!.executionArn }).status).toBe('SUCCEEDED');
    expect(executionsOf(api, 'approval', dialogueCase).map((e) => [e.name, e.status])).toEqual([[`${dialogueCase}-approval-1`, 'RUNNING']]);
  });

  it('keeps the review schedules of an active agreement: they fire after the restart', async () => {
    expect(activeCase).not.toBe('');
    const a = api!;
    const c = await iopCallers(a);
    // Five reviews and the term end.
    expect(a.runtime.aws.scheduler.listSchedules({ NamePrefix: activeCase }).Schedules.map((s) => s.Name)).toHaveLength(6);
    // The term starts 2027-01-01: go past the first anniversary.
    const now = new Date((await a.anonymous().get('/dev/clock')).body.now);
    const days = Math.ceil((Date.parse('2028-01-02T00:00:00Z') - now.getTime()) / 86_400_000);
    await advance(a, `P${days}D`);
    const state = (await c.rk.get(`/iop/cases/${activeCase}`)).body;
    expect(state.stage).toBe('review');
    expect(state.reviews).toHaveLength(1);
    // The schedule starts the review execution (its name is the scheduler's own); find it by its input.
    const sfn = a.runtime.aws.stepFunctions;
    const reviews = sfn
      .listExecutions({ stateMachineArn: `${process.env.STATE_MACHINE_ARN_PREFIX}iop-review` })
      .executions.map((e) => sfn.describeExecution({ executionArn: e.executionArn }))
      .filter((d) => JSON.parse(d.input).caseId === activeCase);
    expect(reviews.map((d) => [d.status, JSON.parse(d.input).reviewNumber])).toEqual([['RUNNING', 1]]);
    expect(a.runtime.aws.scheduler.listSchedules({ NamePrefix: activeCase }).Schedules.map((s) => s.Name)).toEqual(
      [2, 3, 4, 5].map((n) => `${activeCase}-review-${n}`).concat(`${activeCase}-term-end`),
    );
  });
});
