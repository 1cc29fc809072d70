import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRuntime, type ApiClient } from '../../support/local-runtime.js';
import { iopCallers, toDialogue, type IopCallers } from './iop-http.js';

/**
 * A case that lives long and talks a lot: 500 meetings with 20,000 characters
 * of notes each and 200 draft versions. Every write is answered 2xx (no item
 * grows with the case: meetings and drafts are items of their own), and the
 * case page, the timeline and the lists are read in bounded pages.
 */
let api: ApiClient;
let c: IopCallers;
let id = '';
const MEETINGS = 500;
const DRAFTS = 200;
const ITEM_LIMIT_BYTES = 400 * 1024;

beforeAll(async () => {
  api = await startTestRuntime({ seed: false });
  c = await iopCallers(api);
  id = await toDialogue(api, c, 'Ett långt samarbete');
}, 120_000);
afterAll(async () => api?.runtime.stop());

describe('a case with 500 long meetings and 200 draft versions', () => {
  it('takes every write with 2xx', async () => {
    // Notes of 20,000 characters, some outside ASCII (å, ä, ö take two bytes each).
    const notes = 'Vi gick igenom läget för året och återkopplingen från deltagarna. '.repeat(400).slice(0, 20_000);
    const statuses = new Map<number, number>();
    for (let i = 1; i <= MEETINGS; i++) {
      const r = await c.hc.post(`/iop/cases/${id}/actions`, { type: 'record-meeting', date: '2027-01-15', participants: ['Anna Andersson', 'Bo Berg'], notes });
      statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
    }
    for (let v = 1; v <= DRAFTS; v++) {
      const r = await c.rk.post(`/iop/cases/${id}/actions`, {
        type: 'revise-draft',
        changes: { governance: `Styrgrupp, version ${v + 1}: ${'ö'.repeat(2000)}` },
      });
      statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
    }
    expect(Object.fromEntries(statuses)).toEqual({ 200: MEETINGS + DRAFTS });
    // 700 writes one after another, each with its effects (timeline, inbox, e-mail): about 90 s on a quiet
    // machine; past ten minutes in CI while the whole run shared one DynamoDB Local (test/support/file-dynamodb.ts).
  }, 900_000);

  it('reads the case page as one bounded item with the newest meetings and the counts', async () => {
    const page = await c.rk.get(`/iop/cases/${id}`);
    expect(page.status).toBe(200);
    expect(Buffer.byteLength(JSON.stringify(page.body))).toBeLessThan(ITEM_LIMIT_BYTES);
    expect(page.body.meetingCount).toBe(MEETINGS);
    expect(page.body.draftHistoryCount).toBe(DRAFTS);
    expect(page.body.meetings.map((m: { number: number }) => m.number)).toEqual([MEETINGS - 2, MEETINGS - 1, MEETINGS]);
    expect(page.body.draft.version).toBe(DRAFTS + 1);
  });

  it('pages through every meeting and every earlier draft, each page bounded', async () => {
    const numbers: number[] = [];
    let after: number | undefined;
    do {
      const page = await c.sm.get(`/iop/cases/${id}/meetings?limit=20${after ? `&after=${after}` : ''}`);
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(20);
      expect(page.body.total).toBe(MEETINGS);
      numbers.push(...page.body.items.map((m: { number: number; notes: string }) => m.number));
      after = page.body.next;
    } while (after);
    expect(numbers).toEqual(Array.from({ length: MEETINGS }, (_, i) => i + 1));
    const drafts = await c.sm.get(`/iop/cases/${id}/drafts?limit=200`);
    expect(drafts.body.items.map((d: { version: number }) => d.version)).toEqual(Array.from({ length: DRAFTS }, (_, i) => i + 1));
  });

  it('pages through the timeline oldest first, every entry once', async () => {
    const types: string[] = [];
    let after: number | undefined;
    let pages = 0;
    do {
      const page = await c.hc.get(`/iop/cases/${id}/timeline?limit=100${after ? `&after=${after}` : ''}`);
      expect(page.status).toBe(200);
      expect(Buffer.byteLength(JSON.stringify(page.body))).toBeLessThan(1024 * 1024);
      types.push(...page.body.items.map((e: { type: string }) => e.type));
      after = page.body.next;
      pages++;
    } while (after);
    expect(pages).toBeGreaterThan(7);
    expect(types.filter((t) => t === 'meeting-recorded')).toHaveLength(MEETINGS);
    expect(types.filter((t) => t === 'draft-revised')).toHaveLength(DRAFTS);
  });

  it('refuses a page larger than 200 or before the start with 400, and an outsider with 404 (the case is unknown to it)', async () => {
    expect((await c.hc.get(`/iop/cases/${id}/meetings?limit=5000`)).status).toBe(400);
    expect((await c.hc.get(`/iop/cases/${id}/timeline?after=-1`)).status).toBe(400);
    expect((await c.outsider.get(`/iop/cases/${id}/meetings`)).status).toBe(404);
  });
});
