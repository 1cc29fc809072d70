import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IopDemoUsers } from '../../../local/seed/iop-seed.js';
import type { OrganisationDigest } from '../../../shared/notifications/digest.js';
import { startTestRuntime, type ApiClient } from '../../support/local-runtime.js';
import { advance, iopCallers, must, toDialogue, type IopCallers } from '../iop/iop-http.js';

/**
 * The daily digest on the local runtime: non-material changes made over HTTP
 * reach every party organisation once, in the next 05:00 UTC digest.
 */
let api: ApiClient;
let c: IopCallers;

beforeAll(async () => {
  api = await startTestRuntime({ seed: false });
  c = await iopCallers(api);
}, 120_000);
afterAll(async () => api?.runtime.stop());

async function digests(): Promise<OrganisationDigest[]> {
  const answer = await api.anonymous().get('/dev/outbox');
  expect(answer.status).toBe(200);
  return (answer.body.events as { source: string; 'detail-type': string; detail: OrganisationDigest }[])
    .filter((e) => e.source === 'iop-workflows.notifications' && e['detail-type'] === 'digest')
    .map((e) => e.detail);
}

const parties = [IopDemoUsers.healthcareAngered.org, IopDemoUsers.civilRodaKorset.org, IopDemoUsers.civilGoteborgsStadsmission.org];

describe('the daily digest', () => {
  it('is armed on the virtual clock for the next 07:00 Swedish time', () => {
    const pending = api.runtime.aws.clock.pendingTimers().filter((t) => t.label === 'daily digest');
    expect(pending).toHaveLength(1);
    const at = new Date(pending[0]!.at);
    expect(new Intl.DateTimeFormat('sv-SE', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Stockholm' }).format(at)).toBe('07:00');
    expect(at.getTime() - api.runtime.aws.clock.now().getTime()).toBeLessThanOrEqual(24 * 3600_000);
  });

  it('sends each party organisation the non-material changes of its cases, and nothing to an outsider', async () => {
    const caseId = await toDialogue(api, c, 'Digest: läxhjälp');
    // Two of three consents: each is non-material (consensus, the material change, needs all three).
    await must(api, c.hc, caseId, { type: 'consent', draftVersion: 1 });
    await must(api, c.rk, caseId, { type: 'consent', draftVersion: 1 });
    expect(await digests()).toEqual([]);

    await advance(api, 'P1D');
    const sent = await digests();
    expect(sent.map((d) => d.org).sort()).toEqual([...parties].sort());
    expect(sent.map((d) => d.org)).not.toContain(IopDemoUsers.civilRsmh.org);
    for (const digest of sent) {
      expect(digest.cases.map((k) => k.caseId)).toEqual([caseId]);
      const entries = digest.cases[0]!.entries;
      expect(entries.filter((e) => e.type === 'consent-given').map((e) => e.actor.org)).toEqual([
        IopDemoUsers.healthcareAngered.org,
        IopDemoUsers.civilRodaKorset.org,
      ]);
      expect(entries.map((e) => e.at)).toEqual([...entries.map((e) => e.at)].sort());
      expect(digest.entryCount).toBe(entries.length);
      expect(digest.headline.sv).toMatch(new RegExp(`^${entries.length} händelse(r)? i 1 ärende sedan \\d{4}-\\d{2}-\\d{2}$`));
      expect(digest.headline.en).toMatch(new RegExp(`^${entries.length} events? in 1 case since \\d{4}-\\d{2}-\\d{2}$`));
    }
  }, 120_000);

  it('sends no second digest with the same entries after a day without changes', async () => {
    const before = (await digests()).length;
    await advance(api, 'P1D');
    expect(await digests()).toHaveLength(before);
    // The function itself, rerun in the same period (as a retried AWS invocation would), sends nothing new.
    const rerun = (await api.runtime.invoker.invoke('Digest', {})) as { sent: number };
    expect(rerun.sent).toBe(0);
    expect(await digests()).toHaveLength(before);
  }, 60_000);

  it('sends only what is new the next time something happens', async () => {
    const before = (await digests()).length;
    const caseId = (await digests())[0]!.cases[0]!.caseId;
    await must(api, c.sm, caseId, { type: 'consent', draftVersion: 1 });
    await advance(api, 'P1D');
    const fresh = (await digests()).slice(before);
    // The third consent is non-material (the consensus it completes is notified at once).
    expect(fresh.map((d) => d.org).sort()).toEqual([...parties].sort());
    for (const digest of fresh) {
      const types = digest.cases.flatMap((k) => k.entries.map((e) => e.type));
      expect(types).toContain('consent-given');
      expect(types).not.toContain('consensus-reached');
      expect(digest.entryCount).toBe(types.length);
      expect(digest.cases[0]!.entries.filter((e) => e.type === 'consent-given').map((e) => e.actor.org)).toEqual([IopDemoUsers.civilGoteborgsStadsmission.org]);
    }
  }, 60_000);
});
