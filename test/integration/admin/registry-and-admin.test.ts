import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IopDemoUsers } from '../../../local/seed/iop-seed.js';
import { RegistryDemoUsers } from '../../../local/seed/organisations-seed.js';
import { startTestRuntime, type ApiClient, type Caller } from '../../support/local-runtime.js';

/**
 * The registry, administration and the way in through the real local API:
 * searches by name, an administrator's changes within their own body (each in
 * the audit log), invitations into the local user store the sign-in page
 * lists, and the intresseanmälan.
 */
let api: ApiClient;
let omar: Caller;
let maja: Caller;
let sara: Caller;
let ahmed: Caller;

beforeAll(async () => {
  api = await startTestRuntime({ seed: false });
  omar = await api.as(IopDemoUsers.admin);
  maja = await api.as(RegistryDemoUsers.adminStockholm);
  sara = await api.as(IopDemoUsers.healthcareAngered);
  ahmed = await api.as(IopDemoUsers.civilRodaKorset);
}, 120_000);

afterAll(async () => api?.runtime.stop());

describe('the organisation registry', () => {
  it('finds organisations by words of their name, whatever the case and å, ä, ö', async () => {
    const found = await ahmed.get('/organisations?q=goteborgs%20stads');
    expect(found.status).toBe(200);
    expect(found.body.items.map((o: { name: string }) => o.name)).toEqual(['Göteborgs Stadsmission']);
    const units = await ahmed.get('/organisations?kind=unit&region=SE232');
    expect(units.body.items.map((o: { id: string }) => o.id)).toEqual(
      expect.arrayContaining(['angereds-narsjukhus', 'narhalsan-alingsas-vc', 'narhalsan-lerum-vc']),
    );
    expect(units.body.items.every((o: { kind: string; publicBodyName: string }) => o.kind === 'unit' && o.publicBodyName === 'Västra Götalandsregionen')).toBe(
      true,
    );
    const byNumber = await sara.get('/organisations?q=802002-8711');
    expect(byNumber.body.items.map((o: { id: string }) => o.id)).toEqual(['svenska-roda-korset']);
  });

  it('shows one organisation with its checked statutes, its members and whom it acts for', async () => {
    const umbrella = (await ahmed.get('/organisations/funktionsratt-sverige')).body;
    expect(umbrella.members).toEqual([{ id: 'rsmh', name: 'RSMH – Riksförbundet för Social och Mental Hälsa', actingAuthorisedOn: '2026-01-15' }]);
    const rsmh = (await ahmed.get('/organisations/rsmh')).body;
    expect(rsmh.actingAuthorised).toEqual([{ id: 'funktionsratt-sverige', name: 'Funktionsrätt Sverige' }]);
    expect(rsmh.criteria).toMatchObject({ solePublicBenefitPurpose: true, checkedOn: '2026-02-02' });
    const vgr = (await ahmed.get('/organisations/vgr')).body;
    expect(vgr.units.map((u: { name: string }) => u.name)).toContain('Angereds Närsjukhus');
    expect((await ahmed.get('/organisations/no-such-org')).status).toBe(404);
    expect((await api.anonymous().get('/organisations')).status).toBe(401);
  });

  it('refuses bad search input with the field named', async () => {
    const bad = await ahmed.get('/organisations?kind=company&limit=0');
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['query.kind', 'query.limit']);
  });
});

describe('administration', () => {
  it('registers a unit of the own body and an idéburen organisation, each in the audit log', async () => {
    const unit = await omar.post('/admin/organisations', { kind: 'unit', name: 'Närhälsan Öckerö vårdcentral', unitType: 'vardcentral', region: 'SE232' });
    expect(unit.status).toBe(201);
    expect(unit.body).toMatchObject({ id: 'narhalsan-ockero-vardcentral', publicBodyId: 'vgr', publicBodyName: 'Västra Götalandsregionen', version: 1 });

    const badNumber = await omar.post('/admin/organisations', {
      kind: 'ideburen',
      name: 'Hjärtebarnsföreningen Väst',
      organisationNumber: '802002-8712',
      legalForm: 'ideell-forening',
      criteria: { solePublicBenefitPurpose: true, publicBodyControllingInfluence: false, assetsToNonProfitOnDissolution: true, checkedOn: '2026-05-01' },
    });
    expect(badNumber.status).toBe(400);
    expect(badNumber.body.errors).toEqual([expect.objectContaining({ path: 'organisationNumber', message: expect.stringContaining('check digit') })]);

    const ngo = await omar.post('/admin/organisations', {
      kind: 'ideburen',
      name: 'Hjärtebarnsföreningen Väst',
      organisationNumber: '8020028711',
      legalForm: 'ideell-forening',
      criteria: { solePublicBenefitPurpose: true, publicBodyControllingInfluence: false, assetsToNonProfitOnDissolution: true, checkedOn: '2026-05-01' },
    });
    expect(ngo.status).toBe(201);
    expect(ngo.body.organisationNumber).toBe('802002-8711');

    const log = (await omar.get('/admin/audit')).body;
    expect(log.items.slice(0, 2).map((e: { action: string; subject: { name: string } }) => [e.action, e.subject.name])).toEqual([
      ['organisation-created', 'Hjärtebarnsföreningen Väst'],
      ['organisation-created', 'Närhälsan Öckerö vårdcentral'],
    ]);
    expect(log.items[1].actor).toEqual({ sub: IopDemoUsers.admin.sub, name: IopDemoUsers.admin.name });
    // Another body's administrator reads its own log, not this one.
    expect((await maja.get('/admin/audit')).body.items).toEqual([]);
  });

  it('changes an organisation with expectedVersion, within the own body only', async () => {
    const current = (await omar.get('/organisations/vgr')).body;
    const contact = { name: 'Helena Forsberg', role: 'IOP-samordnare', email: 'iop@vgregion.example' };
    const changed = await omar.put('/admin/organisations/vgr', { expectedVersion: current.version, contact });
    expect(changed.status).toBe(200);
    expect(changed.body.contact).toEqual(contact);
    const stale = await omar.put('/admin/organisations/vgr', { expectedVersion: current.version, contact });
    expect(stale.status).toBe(409);
    const other = await maja.put('/admin/organisations/angereds-narsjukhus', { expectedVersion: 0, name: 'Något annat' });
    expect(other.status).toBe(403);
    expect((await sara.put('/admin/organisations/vgr', { expectedVersion: 1, contact })).status).toBe(403);
    const entry = (await omar.get('/admin/audit?limit=1')).body.items[0];
    expect(entry).toMatchObject({
      action: 'organisation-updated',
      before: { contact: { role: 'Samordnare för idéburet offentligt partnerskap' } },
      after: { contact },
    });
  });

  it('invites a person who then appears on the sign-in page, changes their role and disables them', async () => {
    const invited = await omar.post('/admin/users', {
      email: 'Linnea.Strand@vgregion.example',
      name: 'Linnea Strand',
      role: 'healthcare',
      org: 'narhalsan-alingsas-vc',
    });
    expect(invited.status).toBe(201);
    expect(invited.body).toMatchObject({
      email: 'linnea.strand@vgregion.example',
      role: 'healthcare',
      orgName: 'Närhälsan Alingsås vårdcentral',
      enabled: true,
    });
    const sub = invited.body.sub as string;
    const signIn = async () => ((await (await fetch(`${api.runtime.url}/dev/users`)).json()) as { users: { sub: string; name: string }[] }).users;
    expect((await signIn()).find((u) => u.sub === sub)?.name).toBe('Linnea Strand');

    expect(
      (await omar.post('/admin/users', { email: 'linnea.strand@vgregion.example', name: 'L S', role: 'healthcare', org: 'narhalsan-alingsas-vc' })).status,
    ).toBe(409);
    const elsewhere = await omar.post('/admin/users', { email: 'x@example.org', name: 'X', role: 'healthcare', org: 'sodersjukhuset' });
    expect(elsewhere.status).toBe(422);
    expect(elsewhere.body.errors[0].path).toBe('org');
    expect((await omar.post('/admin/users', { email: 'y@example.org', name: 'Y', role: 'civil', org: 'vgr' })).status).toBe(422);

    const listed = (await omar.get('/admin/users')).body.items.map((u: { sub: string }) => u.sub);
    expect(listed).toEqual(expect.arrayContaining([sub, IopDemoUsers.healthcareAngered.sub, IopDemoUsers.approver.sub]));
    expect(listed).not.toContain(RegistryDemoUsers.adminStockholm.sub);
    expect((await maja.put(`/admin/users/${sub}`, { enabled: false })).status).toBe(404);

    expect((await omar.put(`/admin/users/${sub}`, { role: 'approver' })).body.role).toBe('approver');
    expect((await omar.put(`/admin/users/${sub}`, { enabled: false })).body.enabled).toBe(false);
    expect((await signIn()).some((u) => u.sub === sub)).toBe(false);
    expect((await omar.put(`/admin/users/${IopDemoUsers.admin.sub}`, { enabled: false })).status).toBe(422);

    const actions = (await omar.get('/admin/audit?limit=3')).body.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(['user-disabled', 'user-role-changed', 'user-invited']);
  });

  it('pages the audit log, newest first', async () => {
    const first = (await omar.get('/admin/audit?limit=2')).body;
    expect(first.items).toHaveLength(2);
    const second = (await omar.get(`/admin/audit?limit=2&before=${encodeURIComponent(first.next)}`)).body;
    expect(second.items).toHaveLength(2);
    expect(second.items[0].at <= first.items[1].at).toBe(true);
    expect(new Set([...first.items, ...second.items].map((e: { id: string }) => e.id)).size).toBe(4);
  });
});

describe('civil-society accounts', () => {
  it('an administrator invites the people of an idéburen organisation their body works with, with the civil role only', async () => {
    const invited = await omar.post('/admin/users', { email: 'kim@rsmh.example', name: 'Kim Ek', role: 'civil', org: 'rsmh' });
    expect(invited.status).toBe(201);
    expect(invited.body).toMatchObject({ role: 'civil', org: 'rsmh', orgName: 'RSMH – Riksförbundet för Social och Mental Hälsa' });
    const staff = await omar.post('/admin/users', { email: 'kim2@rsmh.example', name: 'Kim Ek', role: 'approver', org: 'rsmh' });
    expect(staff.status).toBe(422);
    expect(staff.body.errors[0]).toMatchObject({ path: 'role', text: { sv: expect.stringContaining('idéburen användare') } });

    // Forum works with no body in the registry: refused, with the reason and the way forward in both languages.
    const stranger = await omar.post('/admin/users', { email: 'alex@forum.example', name: 'Alex Ek', role: 'civil', org: 'forum-ideburna' });
    expect(stranger.status).toBe(403);
    expect(stranger.body.text.sv).toContain('samarbetar inte med Forum');
    expect(stranger.body.text.en).toContain('Record the organisation as a partner first');

    // Recording the partnership (in the audit log) opens the way; another body's partnership is not VGR's to give.
    const forum = (await omar.get('/organisations/forum-ideburna')).body;
    const partnered = await omar.put('/admin/organisations/forum-ideburna', { expectedVersion: forum.version, partner: true });
    expect(partnered.body.partnerBodies).toEqual([{ id: 'vgr', name: 'Västra Götalandsregionen' }]);
    expect((await omar.get('/admin/audit?limit=1')).body.items[0]).toMatchObject({ action: 'organisation-updated', after: { partnerBodies: ['vgr'] } });
    expect((await omar.post('/admin/users', { email: 'alex@forum.example', name: 'Alex Ek', role: 'civil', org: 'forum-ideburna' })).status).toBe(201);
    expect((await maja.post('/admin/users', { email: 'sam@forum.example', name: 'Sam Ek', role: 'civil', org: 'forum-ideburna' })).status).toBe(403);

    // VGR lists and manages the civil accounts it may; Region Stockholm does not see them.
    const listed = (await omar.get('/admin/users')).body.items.map((u: { name: string }) => u.name);
    expect(listed).toEqual(expect.arrayContaining(['Kim Ek', 'Alex Ek']));
    expect((await maja.get('/admin/users')).body.items.map((u: { name: string }) => u.name)).not.toContain('Kim Ek');
    const kim = invited.body.sub as string;
    expect((await omar.put(`/admin/users/${kim}`, { role: 'admin' })).status).toBe(422);
    expect((await maja.put(`/admin/users/${kim}`, { enabled: false })).status).toBe(404);
    expect((await omar.put(`/admin/users/${kim}`, { enabled: false })).body.enabled).toBe(false);
  });
});

describe('the way in', () => {
  it('lists the public bodies of the registry for anyone, with no person named', async () => {
    const index = await api.anonymous().get('/public/bodies');
    expect(index.status).toBe(200);
    expect(index.body.items.map((b: { name: string }) => b.name)).toEqual(['Göteborgs Stad', 'Region Stockholm', 'Västra Götalandsregionen']);
    expect(index.body.items.find((b: { id: string }) => b.id === 'vgr')).toEqual({
      id: 'vgr',
      name: 'Västra Götalandsregionen',
      bodyType: 'region',
      region: 'SE232',
    });
    expect(JSON.stringify(index.body)).not.toMatch(/@|contact/);

    // A body an administrator adds to the registry is in the list at once; units and idéburna organisations never are.
    const vgr = (await omar.get('/organisations/vgr')).body;
    await omar.put('/admin/organisations/vgr', { expectedVersion: vgr.version, name: 'Västra Götalandsregionen (VGR)' });
    const after = (await api.anonymous().get('/public/bodies')).body.items.map((b: { name: string }) => b.name);
    expect(after).toContain('Västra Götalandsregionen (VGR)');
    expect(after).not.toContain('Södersjukhuset');
    await omar.put('/admin/organisations/vgr', { expectedVersion: vgr.version + 1, name: 'Västra Götalandsregionen' });
  });

  it('shows anyone whom to contact at a public body, and takes an intresseanmälan its staff can read', async () => {
    const wayIn = await api.anonymous().get('/public/bodies/region-stockholm');
    expect(wayIn.status).toBe(200);
    expect(wayIn.body).toMatchObject({
      name: 'Region Stockholm',
      contact: { name: 'Jonas Wiklund' },
      units: [{ id: 'sodersjukhuset', name: 'Södersjukhuset' }],
    });
    expect((await api.anonymous().get('/public/bodies/svenska-roda-korset')).status).toBe(404);

    const note = {
      unitId: 'sodersjukhuset',
      organisationName: 'Läxhjälpen Söder',
      organisationNumber: '802013-4709',
      contactName: 'Sanna Ek',
      email: 'sanna@example.org',
      idea: 'Vi vill ordna läxhjälp för barn som vårdas länge på sjukhuset.',
    };
    const sent = await api.anonymous().post('/public/bodies/region-stockholm/interest', note);
    expect(sent.status).toBe(201);
    expect(sent.body.receiver).toEqual({ name: 'Jonas Wiklund', role: 'Strateg för civilsamhällesfrågor', email: 'iop@regionstockholm.example' });
    const wrongUnit = await api.anonymous().post('/public/bodies/region-stockholm/interest', { ...note, unitId: 'angereds-narsjukhus' });
    expect(wrongUnit.status).toBe(422);

    expect(
      (await maja.get('/interest')).body.items.map((n: { organisationName: string; unit: { name: string } }) => [n.organisationName, n.unit.name]),
    ).toEqual([['Läxhjälpen Söder', 'Södersjukhuset']]);
    expect((await omar.get('/interest')).body.items).toEqual([]);
    expect((await ahmed.get('/interest')).status).toBe(403);
  });
});
