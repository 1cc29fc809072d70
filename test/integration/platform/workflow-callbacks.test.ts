import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SFNClient, DescribeExecutionCommand, GetExecutionHistoryCommand, ListExecutionsCommand, type HistoryEvent } from '@aws-sdk/client-sfn';
import { readFileSync } from 'node:fs';
import { waitUntilIdle } from '../../../local/engines/clock/wait-until-idle.js';
import { DemoIopCase, IopDemoUsers } from '../../../local/seed/iop-seed.js';
import { checklist } from '../../unit/iop/fixtures.js';
import { startTestRuntime, type ApiClient, type Caller } from '../../support/local-runtime.js';

/**
 * The platform's promise: a real definition from workflows/ with a callback
 * task and a Wait state runs on the local engine; the callback is completed
 * over HTTP (API → Lambda handler → @aws-sdk/client-sfn → local engine), and
 * a callback nobody answers times out onto its timeout path. Everything is
 * observed through the Step Functions API, as one would in AWS.
 */
let api: ApiClient;
let sfn: SFNClient;
const idle = () => waitUntilIdle(() => api.runtime.isIdle(), 20_000);
const arnOf = (workflow: string) => `${process.env.STATE_MACHINE_ARN_PREFIX}${workflow}`;

/** Executions of a workflow for one case (schedules start them under generated names, so read each input). */
async function executionsOf(workflow: string, caseId: string) {
  const out = await sfn.send(new ListExecutionsCommand({ stateMachineArn: arnOf(workflow) }));
  const mine = [];
  for (const e of out.executions ?? []) {
    const described = await sfn.send(new DescribeExecutionCommand({ executionArn: e.executionArn }));
    if ((JSON.parse(described.input ?? '{}') as { caseId?: string }).caseId === caseId) mine.push(e);
  }
  return mine;
}

async function history(executionArn: string | undefined): Promise<HistoryEvent[]> {
  return (await sfn.send(new GetExecutionHistoryCommand({ executionArn, maxResults: 1000 }))).events ?? [];
}

beforeAll(async () => {
  api = await startTestRuntime({ seed: false });
  sfn = new SFNClient({ endpoint: process.env.AWS_ENDPOINT_URL_SFN, region: 'eu-north-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
}, 120_000);
afterAll(async () => {
  sfn?.destroy();
  await api?.runtime.stop();
});

describe('workflows on the local engine, driven over HTTP', () => {
  it('the review definition really has a callback task and a Wait state', () => {
    const definition = JSON.parse(readFileSync('workflows/iop-review.asl.json', 'utf8')) as { States: Record<string, { Type: string; Resource?: string }> };
    const states = Object.values(definition.States);
    expect(states.some((s) => s.Type === 'Wait')).toBe(true);
    expect(states.some((s) => s.Resource === 'arn:aws:states:::lambda:invoke.waitForTaskToken')).toBe(true);
  });

  it('completes a callback over HTTP, passes a Wait on the clock, and the execution succeeds', async () => {
    const [hc, rk, sm, ap] = await Promise.all([
      api.as(IopDemoUsers.healthcareAngered),
      api.as(IopDemoUsers.civilRodaKorset),
      api.as(IopDemoUsers.civilGoteborgsStadsmission),
      api.as(IopDemoUsers.approver),
    ]);
    const id: string = (await hc.post('/iop/cases', DemoIopCase)).body.id;
    const act = async (who: Caller, body: Record<string, unknown>) => {
      const res = await who.post(`/iop/cases/${id}/actions`, body);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      await idle();
    };
    await idle();
    // The invitation callback is answered over HTTP: its execution must succeed.
    await act(rk, { type: 'accept-invitation' });
    await act(sm, { type: 'accept-invitation' });
    const [initiation] = await executionsOf('iop-initiation', id);
    const described = await sfn.send(new DescribeExecutionCommand({ executionArn: initiation!.executionArn }));
    expect(described.status).toBe('SUCCEEDED');
    const initiationTypes = (await history(initiation!.executionArn)).map((e) => e.type);
    expect(initiationTypes).toContain('TaskSucceeded');

    for (const who of [hc, rk, sm]) await act(who, { type: 'consent', draftVersion: 1 });
    await act(hc, { type: 'request-decision' });
    await act(ap, { type: 'decide', decision: 'approve', motivation: 'Uppfyller kraven', diarienummer: 'RS 2026-77', checklist });
    for (const who of [hc, rk, sm]) await act(who, { type: 'sign' });

    // First anniversary: the schedule starts the review execution, which waits on a callback.
    await api.anonymous().post('/dev/clock', { advance: `P${Math.ceil((Date.parse('2028-01-02') - Date.now()) / 86_400_000) + 1}D` });
    await idle();
    const report = { type: 'submit-review-report', activities: 'Gruppträffar', reach: 120, outcomes: 'Mål nådda', moneyUsedSek: 800000, inKindUsedSek: 400000 };
    await act(rk, report);
    await act(sm, report);
    for (const who of [hc, rk, sm]) await act(who, { type: 'record-review-position', position: 'terminate', statement: 'Behovet är mött' });
    await act(hc, { type: 'review-decision', decision: 'terminate', motivation: 'Behovet är mött', noticeMonths: 3 });
    const [review] = await executionsOf('iop-review', id);
    expect((await sfn.send(new DescribeExecutionCommand({ executionArn: review!.executionArn }))).status).toBe('RUNNING');
    const waiting = (await history(review!.executionArn)).map((e) => e.type);
    expect(waiting).toContain('WaitStateEntered');
    expect(waiting).not.toContain('WaitStateExited');

    // The notice period is a Wait state on the virtual clock.
    await api.anonymous().post('/dev/clock', { advance: 'P4M' });
    await idle();
    const done = await sfn.send(new DescribeExecutionCommand({ executionArn: review!.executionArn }));
    expect(done.status).toBe('SUCCEEDED');
    expect((await history(review!.executionArn)).map((e) => e.type)).toContain('WaitStateExited');
    expect((await hc.get(`/iop/cases/${id}`)).body.stage).toBe('closed');
  });

  it('takes the timeout path when a callback is not answered in time', async () => {
    const hc = await api.as(IopDemoUsers.healthcareAlingsas);
    const id: string = (
      await hc.post('/iop/cases', {
        ...DemoIopCase,
        title: 'Tidsgränsprov',
        healthcareUnit: { ...DemoIopCase.healthcareUnit, orgId: 'narhalsan-alingsas-vc', name: 'Närhälsan Alingsås vårdcentral' },
      })
    ).body.id;
    await idle();
    await api.anonymous().post('/dev/clock', { advance: 'P30D' });
    await idle();
    const [initiation] = await executionsOf('iop-initiation', id);
    const types = (await history(initiation!.executionArn)).map((e) => e.type);
    expect(types).toContain('TaskTimedOut');
    const timeline = ((await hc.get(`/iop/cases/${id}/timeline`)).body.items as { type: string }[]).map((e) => e.type);
    expect(timeline).toContain('reminder-sent');
    expect((await hc.get(`/iop/cases/${id}`)).body.flags.invitationsLapsed).toBeDefined();
  });
});
