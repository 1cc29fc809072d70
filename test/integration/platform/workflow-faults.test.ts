import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitUntilIdle } from '../../../local/engines/clock/wait-until-idle.js';
import { DemoIopCase, IopDemoUsers } from '../../../local/seed/iop-seed.js';
import { startTestRuntime, type ApiClient } from '../../support/local-runtime.js';

/**
 * A handler that keeps failing inside a workflow is retried by the state
 * machine; when the retries run out the case is marked as needing attention
 * (visible to its parties), not lost, and the reconciler resumes it once the
 * fault is gone.
 */
let api: ApiClient;
const idle = () => waitUntilIdle(() => api.runtime.isIdle(), 20_000);

beforeAll(async () => {
  api = await startTestRuntime({ seed: false });
}, 120_000);
afterAll(async () => api?.runtime.stop());

describe('a failing workflow step', () => {
  it('is retried, then marks the case as needing attention, and the case can be resumed', async () => {
    const invoker = api.runtime.invoker;
    let attempts = 0;
    const heal = invoker.failWhen('IopTasks', (event) => {
      const task = event as { task?: string; waitKind?: string };
      if (task.task === 'await' && task.waitKind === 'invitations') {
        attempts++;
        return true;
      }
      return false;
    });
    const hc = await api.as(IopDemoUsers.healthcareAngered);
    const created = await hc.post('/iop/cases', DemoIopCase);
    expect(created.status).toBe(201);
    await idle();
    heal();

    expect(attempts).toBe(5); // the first try and the 4 retries of the definition
    const flagged = (await hc.get(`/iop/cases/${created.body.id}`)).body;
    expect(flagged.stage).toBe('initiation');
    expect(flagged.flags.needsAttention.error).toMatch(/Lambda\.ServiceException|Injected fault/);

    const { executions } = api.runtime.aws.stepFunctions.listExecutions({
      stateMachineArn: `${process.env.STATE_MACHINE_ARN_PREFIX}iop-initiation`,
    } as never) as { executions: { name: string; status: string }[] };
    expect(executions.find((e) => e.name.startsWith(created.body.id))?.status).toBe('FAILED');

    // The hourly reconciler (run here by hand, an hour later) starts the stage again; the case goes on.
    await api.anonymous().post('/dev/clock', { advance: 'PT1H' });
    await invoker.invoke('Reconciler', {});
    await idle();
    const after = api.runtime.aws.stepFunctions.listExecutions({
      stateMachineArn: `${process.env.STATE_MACHINE_ARN_PREFIX}iop-initiation`,
      statusFilter: 'RUNNING',
    } as never) as { executions: { name: string }[] };
    expect(after.executions.map((e) => e.name)).toContain(`${created.body.id}-initiation-2`);
    const rk = await api.as(IopDemoUsers.civilRodaKorset);
    const sm = await api.as(IopDemoUsers.civilGoteborgsStadsmission);
    expect((await rk.post(`/iop/cases/${created.body.id}/actions`, { type: 'accept-invitation' })).status).toBe(200);
    expect((await sm.post(`/iop/cases/${created.body.id}/actions`, { type: 'accept-invitation' })).status).toBe(200);
    await idle();
    expect((await hc.get(`/iop/cases/${created.body.id}`)).body.stage).toBe('dialogue');
  });
});
