import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DemoIopCase } from '../../../local/seed/iop-seed.js';
import { startTestRuntime, type ApiClient } from '../../support/local-runtime.js';
import { act, advance, approveBody, idle, iopCallers, isProblem, must, timelineOf, toActive, toApproval, toDialogue, type IopCallers } from './iop-http.js';

/**
 * Bad timing over HTTP: many decisions at once, retried requests, stale
 * versions and answers that come after their deadline.
 */
let api: ApiClient;
let c: IopCallers;

beforeAll(async () => {
  api = await startTestRuntime({ seed: false });
  c = await iopCallers(api);
}, 120_000);
afterAll(async () => api?.runtime.stop());

const decisionsIn = async (id: string) => (await timelineOf(c, id)).filter((e) => e.type === 'decision-made');
const stageChangesTo = async (id: string, stage: string) =>
  (await timelineOf(c, id)).filter((e) => e.type === 'stage-changed' && JSON.stringify(e).includes(`"to":"${stage}"`));

describe('50 concurrent decisions on one case', () => {
  for (const variant of ['with the same expectedVersion', 'without expectedVersion'] as const) {
    it(`yield exactly one decision ${variant}; the rest are 409`, async () => {
      const id = await toApproval(api, c, `Samtidiga beslut ${variant}`);
      const { version } = (await c.ap.get(`/iop/cases/${id}`)).body;
      const body = variant === 'without expectedVersion' ? approveBody : { ...approveBody, expectedVersion: version };
      const answers = await Promise.all(Array.from({ length: 50 }, () => c.ap.post(`/iop/cases/${id}/actions`, body)));
      await idle(api);

      const statuses = answers.map((a) => a.status);
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(49);
      expect(answers.filter((a) => a.status === 409).every(isProblem)).toBe(true);
      const after = (await c.ap.get(`/iop/cases/${id}`)).body;
      expect(after.stage).toBe('agreement');
      expect(after.decisions).toHaveLength(1);
      expect(after.version).toBe(version + 1);
      expect(await decisionsIn(id)).toHaveLength(1);
      expect(await stageChangesTo(id, 'agreement')).toHaveLength(1);
    });
  }
});

describe('Idempotency-Key and expectedVersion', () => {
  it('replays the first answer for the same key and changes nothing twice', async () => {
    const id = await toDialogue(api, c, 'Idempotent möte');
    const meeting = { type: 'record-meeting', date: '2026-12-10', participants: ['Sara Lindqvist', 'Ahmed Hassan'], notes: 'Vi gick igenom målgruppen.' };
    const first = await c.hc.post(`/iop/cases/${id}/actions`, meeting, { 'idempotency-key': 'meeting-1' });
    await idle(api);
    expect(first.status).toBe(200);
    const lengthAfterFirst = (await timelineOf(c, id)).length;

    const second = await c.hc.post(`/iop/cases/${id}/actions`, meeting, { 'idempotency-key': 'meeting-1' });
    await idle(api);
    expect(second.status).toBe(200);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(second.body).toEqual(first.body);
    expect((await timelineOf(c, id)).length).toBe(lengthAfterFirst);
    const now = (await c.hc.get(`/iop/cases/${id}`)).body;
    expect(now.meetings).toHaveLength(1);
    expect(now.version).toBe(first.body.version);

    // The same key for a different request is refused, and still nothing changes.
    const reused = await c.hc.post(`/iop/cases/${id}/actions`, { ...meeting, notes: 'Annat' }, { 'idempotency-key': 'meeting-1' });
    expect(reused.status).toBe(422);
    expect(reused.body.errors[0].path).toBe('headers.idempotency-key');
    expect((await timelineOf(c, id)).length).toBe(lengthAfterFirst);

    // Without a key the same body is a second meeting: the key is what makes a retry safe.
    await must(api, c.hc, id, meeting);
    expect((await c.hc.get(`/iop/cases/${id}`)).body.meetings).toHaveLength(2);
  });

  it('runs a request once when the same key arrives ten times at once', async () => {
    const id = await toDialogue(api, c, 'Samtidiga omförsök');
    const before = (await c.hc.get(`/iop/cases/${id}`)).body.version;
    const meeting = { type: 'record-meeting', date: '2026-12-11', participants: ['Sara Lindqvist'], notes: 'Samma möte, skickat tio gånger.' };
    const answers = await Promise.all(Array.from({ length: 10 }, () => c.hc.post(`/iop/cases/${id}/actions`, meeting, { 'idempotency-key': 'burst-1' })));
    await idle(api);
    // Each answer is the first one (or its replay), or a 409 asking to retry while it is being processed.
    expect(answers.every((a) => a.status === 200 || (a.status === 409 && isProblem(a)))).toBe(true);
    const done = answers.filter((a) => a.status === 200);
    expect(done.length).toBeGreaterThanOrEqual(1);
    expect(new Set(done.map((a) => a.body.version))).toEqual(new Set([before + 1]));
    const after = (await c.hc.get(`/iop/cases/${id}`)).body;
    expect(after.meetings).toHaveLength(1);
    expect(after.version).toBe(before + 1);
    const retry = await c.hc.post(`/iop/cases/${id}/actions`, meeting, { 'idempotency-key': 'burst-1' });
    expect(retry.status).toBe(200);
    expect(retry.body.version).toBe(before + 1);
  });

  it('replays a refused answer too, so a retried 409 stays a 409', async () => {
    const id = await toDialogue(api, c, 'Idempotent vägran');
    // Signing during the dialogue does not fit the stage.
    const early = await c.rk.post(`/iop/cases/${id}/actions`, { type: 'sign' }, { 'idempotency-key': 'early-sign' });
    expect(early.status).toBe(409);
    const again = await c.rk.post(`/iop/cases/${id}/actions`, { type: 'sign' }, { 'idempotency-key': 'early-sign' });
    expect(again.status).toBe(409);
    expect(again.body.detail).toBe(early.body.detail);
  });

  it('refuses a stale expectedVersion with 409 naming the current version', async () => {
    const id = await toDialogue(api, c, 'Gammal version');
    const { version } = (await c.hc.get(`/iop/cases/${id}`)).body;
    await must(api, c.rk, id, { type: 'consent', draftVersion: 1, expectedVersion: version });
    const before = (await timelineOf(c, id)).length;
    const stale = await act(api, c.sm, id, { type: 'consent', draftVersion: 1, expectedVersion: version });
    expect(stale.status).toBe(409);
    expect(isProblem(stale)).toBe(true);
    expect(stale.body).toMatchObject({ status: 409, currentVersion: version + 1, expectedVersion: version });
    expect((await timelineOf(c, id)).length).toBe(before);
    await must(api, c.sm, id, { type: 'consent', draftVersion: 1, expectedVersion: version + 1 });
  });

  it('answers bad actions with problem+json naming the field', async () => {
    const id = await toDialogue(api, c, 'Felaktiga fält');
    const unknownField = await act(api, c.hc, id, { type: 'consent', draftVersion: 1, colour: 'blå' });
    expect(unknownField.status).toBe(400);
    expect(isProblem(unknownField)).toBe(true);
    expect(unknownField.body.errors.map((e: { path: string }) => e.path)).toContain('colour');
    const wrongDraft = await act(api, c.hc, id, { type: 'consent', draftVersion: 7 });
    expect(wrongDraft.status).toBe(422);
    expect(wrongDraft.body.errors).toEqual([expect.objectContaining({ path: 'draftVersion' })]);
    const badDate = await act(api, c.hc, id, { type: 'record-meeting', date: '2026-13-45', participants: [], notes: 'x' });
    expect(badDate.status).toBe(400);
    expect(badDate.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['date', 'participants']);
    const unknownType = await act(api, c.hc, id, { type: 'approve-myself' });
    expect(unknownType.status).toBe(400);
    expect(unknownType.body.errors[0].path).toBe('type');
  });

  it('names the stage when an action does not fit it', async () => {
    const id = await toDialogue(api, c, 'Fel steg');
    const sign = await act(api, c.hc, id, { type: 'sign' });
    expect(sign.status).toBe(409);
    expect(sign.body.stage).toBe('dialogue');
    expect(sign.body.detail).toContain('dialogue');
  });
});

describe('answers after their deadline', () => {
  it('lapses unanswered invitations: reminder, lapse, and a late accept is 410', async () => {
    const created = await c.hc.post('/iop/cases', { ...DemoIopCase, title: 'Sent svar' });
    const id: string = created.body.id;
    await idle(api);
    await must(api, c.rk, id, { type: 'accept-invitation' });
    await advance(api, 'P15D'); // the reminder has gone out, with a new due date
    await advance(api, 'P8D'); // past that due date: the invitations have lapsed
    const late = await act(api, c.sm, id, { type: 'accept-invitation' });
    expect(late.status).toBe(410);
    expect(isProblem(late)).toBe(true);
    expect(late.body.detail).toMatch(/lapsed/);
    const state = (await c.hc.get(`/iop/cases/${id}`)).body;
    expect(state.stage).toBe('initiation');
    expect(state.flags.invitationsLapsed).toBeDefined();
    expect(state.parties.find((p: { orgId: string }) => p.orgId === 'goteborgs-stadsmission').invitation).toBe('lapsed');
    expect(state.status.headline.sv).toMatch(/gått ut/);
    const types = (await timelineOf(c, id)).map((e) => e.type);
    expect(types.indexOf('reminder-sent')).toBeGreaterThan(types.indexOf('invitation-accepted'));
    expect(types).toContain('invitations-lapsed');
    // The timeout path leaves the initiator able to withdraw.
    await must(api, c.hc, id, { type: 'withdraw', reason: 'Ingen svarade i tid' });
    expect((await c.hc.get(`/iop/cases/${id}`)).body.stage).toBe('withdrawn');
  });
});

describe('the authorisation matrix over HTTP (a sample)', () => {
  it('denies and allows as the pure matrix says', async () => {
    const id = await toActive(api, c, 'Behörighetsprov');
    const dialogueCase = await toDialogue(api, c, 'Behörighetsprov dialog');
    // Denied: wrong role or not a party, whatever the stage.
    expect((await act(api, c.rk, dialogueCase, { type: 'request-decision' })).status).toBe(403); // civil may not ask for the decision
    expect((await act(api, c.outsider, dialogueCase, { type: 'consent', draftVersion: 1 })).status).toBe(404); // not a party: unknown to it
    expect((await act(api, c.otherUnit, dialogueCase, { type: 'record-meeting', date: '2026-12-01', participants: ['X'], notes: 'x' })).status).toBe(404);
    expect((await act(api, c.procurement, dialogueCase, { type: 'withdraw', reason: 'x' })).status).toBe(403);
    expect((await act(api, c.hc, dialogueCase, { ...approveBody })).status).toBe(403); // only the approver decides
    expect((await c.outsider.get(`/iop/cases/${id}`)).status).toBe(404);
    // Allowed: a party in its role, the admin reading.
    expect(
      (await act(api, c.sm, dialogueCase, { type: 'record-meeting', date: '2026-12-01', participants: ['Karin Sjöberg'], notes: 'Första mötet' })).status,
    ).toBe(200);
    expect((await act(api, c.rk, dialogueCase, { type: 'consent', draftVersion: 1 })).status).toBe(200);
    expect((await act(api, c.hc, dialogueCase, { type: 'revise-draft', changes: { budgetPerYearSek: 2_100_000 } })).status).toBe(200);
    expect((await c.admin.get(`/iop/cases/${id}`)).status).toBe(200);
  });
});
