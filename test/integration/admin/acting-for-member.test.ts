import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DemoIopCaseRsmh, IopDemoUsers } from '../../../local/seed/iop-seed.js';
import { RegistryDemoUsers } from '../../../local/seed/organisations-seed.js';
import { startTestRuntime, type ApiClient, type Caller } from '../../support/local-runtime.js';

/**
 * An umbrella organisation acting for a member that has authorised it (seed:
 * RSMH has authorised Funktionsrätt Sverige; Göteborgs Stadsmission has not
 * authorised Forum). The request's Acting-For header names the member.
 */
let api: ApiClient;
let nora: Caller;
let maria: Caller;
let ahmed: Caller;
let caseId = '';
const forRsmh = { 'acting-for': 'rsmh' };

beforeAll(async () => {
  api = await startTestRuntime({ seed: false });
  nora = await api.as(RegistryDemoUsers.civilFunktionsratt);
  maria = await api.as(IopDemoUsers.healthcareLerum);
  ahmed = await api.as(IopDemoUsers.civilRodaKorset);
  caseId = (await maria.post('/iop/cases', DemoIopCaseRsmh)).body.id;
}, 120_000);

afterAll(async () => api?.runtime.stop());

describe('an umbrella organisation acting for a member', () => {
  it('sees and answers the member’s invitation, and the timeline says “Funktionsrätt Sverige för RSMH”', async () => {
    expect((await nora.get(`/iop/cases/${caseId}`)).status).toBe(404);
    const seen = await nora.raw(`/iop/cases/${caseId}`, { method: 'GET', headers: forRsmh });
    expect(seen.status).toBe(200);
    expect(seen.body.allowedActions).toContain('accept-invitation');

    const accepted = await nora.post(`/iop/cases/${caseId}/actions`, { type: 'accept-invitation' }, forRsmh);
    expect(accepted.status).toBe(200);
    expect(accepted.body.parties.find((p: { orgId: string }) => p.orgId === 'rsmh').invitation).toBe('accepted');

    const timeline = (await maria.get(`/iop/cases/${caseId}/timeline`)).body.items;
    const last = timeline.at(-1);
    expect(last.actor).toEqual({
      sub: RegistryDemoUsers.civilFunktionsratt.sub,
      name: 'Nora Berglund',
      org: 'rsmh',
      role: 'civil',
      actingFor: { umbrella: 'funktionsratt-sverige', umbrellaName: 'Funktionsrätt Sverige', memberName: 'RSMH – Riksförbundet för Social och Mental Hälsa' },
    });
  });

  it('lists the member’s cases when acting for it, and only then', async () => {
    const own = (await nora.get('/iop/cases')).body.items.map((c: { id: string }) => c.id);
    expect(own).not.toContain(caseId);
    const asMember = (await nora.raw('/iop/cases', { method: 'GET', headers: forRsmh })).body.items.map((c: { id: string }) => c.id);
    expect(asMember).toContain(caseId);
  });

  it('is refused for a member that has not authorised it, and to anyone not of the umbrella', async () => {
    const forum = await api.as({ sub: 'forum-user', name: 'Forum', role: 'civil', org: 'forum-ideburna' });
    const notAuthorised = await forum.raw('/iop/cases', { method: 'GET', headers: { 'acting-for': 'goteborgs-stadsmission' } });
    expect(notAuthorised.status).toBe(403);
    expect(notAuthorised.body.detail).toContain('has not authorised');
    expect((await ahmed.raw('/iop/cases', { method: 'GET', headers: forRsmh })).status).toBe(403);
    expect((await maria.raw('/iop/cases', { method: 'GET', headers: forRsmh })).status).toBe(403);
    expect((await nora.post(`/iop/cases/${caseId}/actions`, { type: 'decline-invitation' }, { 'acting-for': 'svenska-roda-korset' })).status).toBe(403);
  });
});
