import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startTestRuntime, type ApiClient } from '../../support/local-runtime.js';
import { idle, iopCallers, must, toDialogue } from '../iop/iop-http.js';

/**
 * The process stops after a change was committed and before its effects ran.
 * The effects are in the table (on the change's event item), so after the
 * restart the stream delivers them and they run: the notification goes out
 * (only the effects consumer sends it), the next stage starts.
 */
const dataPath = mkdtempSync(join(tmpdir(), 'effects-restart-'));
let api: ApiClient | undefined;
afterAll(async () => {
  await api?.runtime.stop();
  rmSync(dataPath, { recursive: true, force: true });
});

describe('a stop between the commit and its effects', () => {
  let id = '';
  let version = 0;

  it('commits the request for a decision while no effect can run, then stops', async () => {
    api = await startTestRuntime({ dataPath, seed: false });
    const c = await iopCallers(api);
    id = await toDialogue(api, c, 'Stopp före effekterna');
    for (const who of [c.hc, c.rk, c.sm]) await must(api, who, id, { type: 'consent', draftVersion: 1 });
    await idle(api);
    await api.runtime.effects.stop(); // the process dies here, as far as the stream is concerned
    const asked = await c.hc.post(`/iop/cases/${id}/actions`, { type: 'request-decision' });
    expect(asked.status).toBe(200);
    expect(asked.body.stage).toBe('approval');
    version = asked.body.version;
    const outbox = (await api.anonymous().get('/dev/outbox')).body.events as { detail: { eventId?: string } }[];
    expect(outbox.some((e) => e.detail.eventId?.startsWith(`IOP#${id}#${version}#`))).toBe(false);
    await api.runtime.stop();
    api = undefined;
  });

  it('runs the committed effects after the restart', async () => {
    expect(id).not.toBe('');
    api = await startTestRuntime({ dataPath, seed: false });
    await idle(api);
    const outbox = (await api.anonymous().get('/dev/outbox')).body.events as { 'detail-type': string; detail: { eventId?: string } }[];
    const sent = outbox.filter((e) => e.detail.eventId?.startsWith(`IOP#${id}#${version}#`));
    expect(sent.map((e) => e['detail-type'])).toContain('iop-case.stage-changed');
    const { executions } = api.runtime.aws.stepFunctions.listExecutions({ stateMachineArn: `${process.env.STATE_MACHINE_ARN_PREFIX}iop-approval` });
    expect(executions.filter((e) => e.name.startsWith(`${id}-approval-`)).map((e) => e.status)).toEqual(['RUNNING']);
  });
});
