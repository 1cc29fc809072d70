import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitUntilIdle } from '../../../local/engines/clock/wait-until-idle.js';
import { DemoIopCase, IopDemoUsers } from '../../../local/seed/iop-seed.js';
import { checklist } from '../../unit/iop/fixtures.js';
import { seedIopDemoCases } from '../../../local/seed/seed-iop.js';
import { resumeIopCase } from '../../../functions/iop/workflow-tasks.js';
import { startTestRuntime, type ApiClient, type Caller } from '../../support/local-runtime.js';

/**
 * The IOP routes over HTTP against the local runtime: the same handlers and
 * state machine definitions as in AWS, with DynamoDB Local and the local engines.
 */
let api: ApiClient;
let caseId = '';
let hc: Caller, rk: Caller, sm: Caller, ap: Caller, outsider: Caller;
const idle = () => waitUntilIdle(() => api.runtime.isIdle(), 20_000);

beforeAll(async () => {
  api = await startTestRuntime({ seed: false });
  hc = await api.as(IopDemoUsers.healthcareAngered);
  rk = await api.as(IopDemoUsers.civilRodaKorset);
  sm = await api.as(IopDemoUsers.civilGoteborgsStadsmission);
  ap = await api.as(IopDemoUsers.approver);
  outsider = await api.as(IopDemoUsers.civilRsmh);
}, 120_000);
afterAll(async () => api?.runtime.stop());

const executions = (caseId: string) =>
  api.runtime.aws.stepFunctions.listExecutions({ stateMachineArn: `${process.env.STATE_MACHINE_ARN_PREFIX}iop-dialogue` } as never);

describe('IOP over HTTP', () => {
  it('refuses bad input with problem+json naming the field', async () => {
    const long = await hc.post('/iop/cases', { ...DemoIopCase, durationMonths: 72 });
    expect(long.status).toBe(422);
    expect(long.body.errors).toEqual([expect.objectContaining({ path: 'durationMonths' })]);
    const negative = await hc.post('/iop/cases', { ...DemoIopCase, budgetPerYearSek: -5, civilParties: [] });
    expect(negative.status).toBe(400);
    expect(negative.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['budgetPerYearSek', 'civilParties']);
    expect((await hc.get('/iop/cases/iop-nope')).status).toBe(404);
  });

  it('runs a case from initiation to an active agreement with review schedules', async () => {
    const created = await hc.post('/iop/cases', DemoIopCase, { 'idempotency-key': 'create-1' });
    expect(created.status).toBe(201);
    const id: string = created.body.id;
    expect(created.body).toMatchObject({ stage: 'initiation', version: 1, reference: expect.stringMatching(/^IOP-/) });
    expect(created.body.status.headline.sv.length).toBeGreaterThan(0);
    const replay = await hc.post('/iop/cases', DemoIopCase, { 'idempotency-key': 'create-1' });
    expect(replay.body.id).toBe(id);

    // To an outsider, and to the decision-maker before a decision is asked for, the case is unknown.
    expect((await outsider.get(`/iop/cases/${id}`)).status).toBe(404);
    expect((await ap.get(`/iop/cases/${id}`)).status).toBe(404);
    expect((await outsider.get('/iop/cases/iop-000000000000')).status).toBe(404);
    await idle();

    const act = async (who: Caller, body: Record<string, unknown>, expected = 200) => {
      const r = await who.post(`/iop/cases/${id}/actions`, body);
      expect(r.status, JSON.stringify(r.body)).toBe(expected);
      await idle();
      return r.body;
    };
    await act(rk, { type: 'accept-invitation' });
    const dialogue = await act(sm, { type: 'accept-invitation' });
    expect(dialogue.stage).toBe('dialogue');
    await act(rk, { type: 'consent', draftVersion: 1, expectedVersion: 1 }, 409);
    // Before a decision is asked for, the case is unknown to the decision-maker: 404, not its stage.
    await act(ap, { type: 'decide', decision: 'approve', motivation: 'x', diarienummer: 'RS 1', checklist }, 404);
    for (const who of [hc, rk, sm]) await act(who, { type: 'consent', draftVersion: 1 });
    expect((await act(hc, { type: 'request-decision' })).stage).toBe('approval');
    expect((await ap.get('/iop/cases?stage=approval')).body.items.map((c: { id: string }) => c.id)).toContain(id);
    expect((await act(ap, { type: 'decide', decision: 'approve', motivation: 'Uppfyller kraven', diarienummer: 'RS 2026-1', checklist })).stage).toBe(
      'agreement',
    );
    for (const who of [hc, rk, sm]) await act(who, { type: 'sign' });

    const detail = (await rk.get(`/iop/cases/${id}`)).body;
    expect(detail.agreementInForce.activeSince).toBeDefined();
    expect(detail.reviewsScheduledAt).toBeDefined();
    const schedules = api.runtime.aws.scheduler.listSchedules({ NamePrefix: id }).Schedules;
    expect(schedules.map((s) => s.Name)).toEqual([...[1, 2, 3, 4, 5].map((n) => `${id}-review-${n}`), `${id}-term-end`]);

    const register = await api.anonymous().get('/public/iop');
    expect(register.body.agreements.map((a: { reference: string }) => a.reference)).toContain(detail.reference);
    expect(JSON.stringify(register.body)).not.toContain('demo-');

    const timeline = (await hc.get(`/iop/cases/${id}/timeline`)).body.items as { type: string }[];
    expect(timeline.map((e) => e.type)).toEqual(
      expect.arrayContaining(['case-initiated', 'stage-changed', 'decision-made', 'agreement-active', 'reviews-scheduled']),
    );
    expect(executions(id)).toBeDefined();
    caseId = id;
  });

  it('opens the annual review when its schedule fires, and terminates with notice into a closed case', async () => {
    const id = caseId;
    expect(id).not.toBe('');
    const advance = async (duration: string) => {
      const r = await api.anonymous().post('/dev/clock', { advance: duration });
      expect(r.status).toBe(200);
      await idle();
    };
    // The term starts 2027-01-01; the first anniversary is 2028-01-01.
    const now = new Date((await api.anonymous().get('/dev/clock')).body.now);
    const days = Math.ceil((Date.parse('2028-01-02T00:00:00Z') - now.getTime()) / 86_400_000);
    await advance(`P${days}D`);
    const review = (await rk.get(`/iop/cases/${id}`)).body;
    expect(review.stage).toBe('review');
    expect(review.status.whoActs.orgs).toEqual(['svenska-roda-korset', 'goteborgs-stadsmission']);

    const act = async (who: Caller, body: Record<string, unknown>, expected = 200) => {
      const r = await who.post(`/iop/cases/${id}/actions`, body);
      expect(r.status, JSON.stringify(r.body)).toBe(expected);
      await idle();
      return r.body;
    };
    await act(hc, { type: 'review-decision', decision: 'continue', motivation: 'x' }, 422);
    const report = { type: 'submit-review-report', activities: 'Gruppträffar', reach: 300, outcomes: 'Mål nådda', moneyUsedSek: 900000, inKindUsedSek: 500000 };
    await act(rk, report);
    await act(sm, report);
    // The decision waits until every party was heard, and says who was not.
    const unheard = await act(hc, { type: 'review-decision', decision: 'terminate', motivation: 'Behovet är mött', noticeMonths: 3 }, 422);
    expect(unheard.text.sv).toContain('Angereds Närsjukhus, Svenska Röda Korset och Göteborgs Stadsmission har inte angett någon hållning än.');
    for (const who of [hc, rk, sm]) await act(who, { type: 'record-review-position', position: 'terminate', statement: 'Behovet är mött' });
    const terminated = await act(hc, { type: 'review-decision', decision: 'terminate', motivation: 'Behovet är mött', noticeMonths: 3 });
    expect(terminated.ending).toBe('terminate');
    expect(api.runtime.aws.scheduler.listSchedules({ NamePrefix: id }).Schedules).toEqual([]);
    await advance('P4M');
    const closed = (await rk.get(`/iop/cases/${id}`)).body;
    expect(closed.stage).toBe('closed');
    expect((await api.anonymous().get('/public/iop')).body.agreements.map((a: { reference: string }) => a.reference)).not.toContain(closed.reference);
  });

  it('reminds about unanswered invitations and then lets them lapse (a late answer is 410)', async () => {
    const created = await hc.post('/iop/cases', { ...DemoIopCase, title: 'Påminnelseprov' });
    const id: string = created.body.id;
    await idle();
    await api.anonymous().post('/dev/clock', { advance: 'P15D' });
    await idle();
    const types = ((await hc.get(`/iop/cases/${id}/timeline`)).body.items as { type: string }[]).map((e) => e.type);
    expect(types).toContain('reminder-sent');
    await api.anonymous().post('/dev/clock', { advance: 'P8D' });
    await idle();
    const lapsed = (await hc.get(`/iop/cases/${id}`)).body;
    expect(lapsed.flags.invitationsLapsed).toBeDefined();
    expect((await rk.post(`/iop/cases/${id}/actions`, { type: 'accept-invitation' })).status).toBe(410);
    const outbox = (await api.anonymous().get('/dev/outbox')).body.events as { source: string; 'detail-type'?: string; detailType?: string }[];
    expect(outbox.some((e) => e.source === 'iop-workflows.iop')).toBe(true);
  });

  it('seeds demo cases once, visible to their parties', async () => {
    await seedIopDemoCases();
    await seedIopDemoCases();
    await idle();
    const mine = (await hc.get('/iop/cases')).body.items as { id: string; stage: string }[];
    expect(mine.find((c) => c.id === 'iop-demo-angered')?.stage).toBe('dialogue');
    const rsmh = (await outsider.get('/iop/cases?stage=initiation')).body.items as { id: string }[];
    expect(rsmh.map((c) => c.id)).toContain('iop-demo-lerum');
    // One seeded agreement is in force: the public register and its review schedules show it.
    const register = (await api.anonymous().get('/public/iop')).body.agreements as { reference: string }[];
    expect(register.map((a) => a.reference)).toContain('IOP-DEMO-0003');
    expect(api.runtime.aws.scheduler.listSchedules({ NamePrefix: 'iop-demo-alingsas' }).Schedules.map((s) => s.Name)).toEqual([
      'iop-demo-alingsas-review-1',
      'iop-demo-alingsas-review-2',
      'iop-demo-alingsas-review-3',
      'iop-demo-alingsas-review-4',
      'iop-demo-alingsas-term-end',
    ]);
  });

  it('resumes a case whose stage execution died, under the next execution name', async () => {
    const sfn = api.runtime.aws.stepFunctions;
    const arn = `${process.env.STATE_MACHINE_ARN_PREFIX}iop-dialogue`;
    const running = sfn.listExecutions({ stateMachineArn: arn, statusFilter: 'RUNNING' } as never) as { executions: { executionArn: string; name: string }[] };
    const demo = running.executions.find((e) => e.name === 'iop-demo-angered-dialogue-1');
    expect(demo).toBeDefined();
    sfn.stopExecution({ executionArn: demo!.executionArn, error: 'Test', cause: 'simulated loss' });
    await idle();
    expect(await resumeIopCase('iop-demo-angered')).toEqual({ resumed: true, executionName: 'iop-demo-angered-dialogue-2' });
    await idle();
    const after = sfn.listExecutions({ stateMachineArn: arn, statusFilter: 'RUNNING' } as never) as { executions: { name: string }[] };
    expect(after.executions.map((e) => e.name)).toContain('iop-demo-angered-dialogue-2');
    // The resumed execution answers the API's callbacks like the first one did.
    for (const who of [hc, rk, sm]) expect((await who.post('/iop/cases/iop-demo-angered/actions', { type: 'consent', draftVersion: 1 })).status).toBe(200);
    await hc.post('/iop/cases/iop-demo-angered/actions', { type: 'request-decision' });
    await idle();
    const approvals = sfn.listExecutions({ stateMachineArn: `${process.env.STATE_MACHINE_ARN_PREFIX}iop-approval`, statusFilter: 'RUNNING' } as never) as {
      executions: { name: string }[];
    };
    expect(approvals.executions.map((e) => e.name)).toContain('iop-demo-angered-approval-1');
  });
});
