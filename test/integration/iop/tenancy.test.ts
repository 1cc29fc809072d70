import { describe, expect, it } from 'vitest';
import { IopDemoUsers } from '../../../local/seed/iop-seed.js';
import { approveBody, act, toApproval, useIopRuntime } from './iop-http.js';

/**
 * Public bodies are the tenants: a case belongs to the region of its healthcare
 * unit (from the organisation registry), and only that region's decision-makers
 * and administrators see and act on it.
 */
describe('tenancy: each case belongs to the public body of its healthcare unit', () => {
  const t = useIopRuntime();

  it("keeps another region's decision-maker and administrator out: the case is unknown to them, in lists too", async () => {
    const { api, c } = t;
    const id = await toApproval(api, c, 'Ett ärende i Västra Götaland');
    const otherApprover = await api.as(IopDemoUsers.approverStockholm);
    const otherAdmin = await api.as({ sub: 'demo-admin-sthlm', name: 'Admin Stockholm', role: 'admin', org: 'region-stockholm' });

    expect((await c.hc.get(`/iop/cases/${id}`)).body.publicBody).toBe('vgr');
    expect((await otherApprover.get(`/iop/cases/${id}`)).status).toBe(404);
    expect((await otherAdmin.get(`/iop/cases/${id}`)).status).toBe(404);
    expect((await otherApprover.get('/iop/cases?stage=approval')).body.items.map((i: { id: string }) => i.id)).not.toContain(id);
    expect((await otherAdmin.get('/iop/cases')).body.items.map((i: { id: string }) => i.id)).not.toContain(id);

    const refused = await act(api, otherApprover, id, { ...approveBody });
    expect(refused.status).toBe(404);
    expect((await c.hc.get(`/iop/cases/${id}`)).body.stage).toBe('approval');

    // The region's own decision-maker sees it in the queue and decides.
    expect((await c.ap.get('/iop/cases?stage=approval')).body.items.map((i: { id: string }) => i.id)).toContain(id);
    expect((await act(api, c.ap, id, { ...approveBody })).status).toBe(200);
  });

  it('refuses a case for a healthcare unit the registry does not know, naming the field', async () => {
    const { api } = t;
    const unknownUnit = await api.as({ sub: 'u', name: 'Okänd', role: 'healthcare', org: 'okand-vardcentral' });
    const { DemoIopCase } = await import('../../../local/seed/iop-seed.js');
    const answer = await unknownUnit.post('/iop/cases', { ...DemoIopCase, healthcareUnit: { ...DemoIopCase.healthcareUnit, orgId: 'okand-vardcentral' } });
    expect(answer.status).toBe(422);
    expect(answer.body.errors.map((e: { path: string }) => e.path)).toEqual(['healthcareUnit.orgId']);
  });
});
