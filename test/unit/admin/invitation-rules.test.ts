import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../../../shared/platform/auth/actor.js';
import type { Organisation } from '../../../shared/platform/organisations/organisation.js';
import { invitationRefusal, managesAccount, partnersWith } from '../../../shared/admin/domain/invitation-rules.js';
import { changedOrganisation, newOrganisation, withPartnership } from '../../../shared/admin/domain/organisation-rules.js';

const admin: Actor = { sub: 'omar', name: 'Omar', role: 'admin', org: 'vgr', publicBody: 'vgr' };
const otherAdmin: Actor = { sub: 'maja', name: 'Maja', role: 'admin', org: 'region-stockholm', publicBody: 'region-stockholm' };
const criteria = {
  solePublicBenefitPurpose: true,
  publicBodyControllingInfluence: false,
  assetsToNonProfitOnDissolution: true,
  isFoundation: false,
  checkedOn: '2026-02-02',
};

const vgr: Organisation = { id: 'vgr', name: 'Västra Götalandsregionen', kind: 'public-body', bodyType: 'region' };
const lerum: Organisation = { id: 'lerum', name: 'Närhälsan Lerum vårdcentral', kind: 'unit', unitType: 'vardcentral', publicBodyId: 'vgr' };
const sodersjukhuset: Organisation = { id: 'sodersjukhuset', name: 'Södersjukhuset', kind: 'unit', unitType: 'sjukhus', publicBodyId: 'region-stockholm' };
const rsmh: Organisation = {
  id: 'rsmh',
  name: 'RSMH',
  kind: 'ideburen',
  legalForm: 'ideell-forening',
  organisationNumber: '802009-7401',
  criteria,
  partnerBodies: ['vgr'],
};
const forum: Organisation = { id: 'forum', name: 'Forum', kind: 'ideburen', legalForm: 'ideell-forening', organisationNumber: '802013-4709', criteria };

const refusal = (actor: Actor, role: Role, org: Organisation | undefined) => invitationRefusal(actor, role, org, org?.id ?? 'unknown');

describe('who an administrator may invite', () => {
  it('their own people with a staff role, healthcare staff only at a unit', () => {
    expect(refusal(admin, 'healthcare', lerum)).toBeUndefined();
    expect(refusal(admin, 'approver', vgr)).toBeUndefined();
    expect(refusal(admin, 'admin', lerum)).toBeUndefined();
    expect(refusal(admin, 'healthcare', vgr)).toMatchObject({ kind: 'rule', path: 'role' });
  });

  it('never their own people with the civil role', () => {
    expect(refusal(admin, 'civil', lerum)).toMatchObject({ kind: 'rule', path: 'role' });
    expect(refusal(admin, 'civil', vgr)?.text.sv).toContain('idéburna organisationer');
  });

  it('the people of an idéburen organisation their body works with, with the civil role only', () => {
    expect(refusal(admin, 'civil', rsmh)).toBeUndefined();
    for (const role of ['healthcare', 'approver', 'procurement', 'admin'] as const) {
      expect(refusal(admin, role, rsmh), role).toMatchObject({ kind: 'rule', path: 'role' });
    }
  });

  it('not the people of an idéburen organisation their body does not work with (forbidden, with the way forward)', () => {
    const refused = refusal(admin, 'civil', forum);
    expect(refused).toMatchObject({ kind: 'forbidden', path: 'org' });
    expect(refused?.text.sv).toContain('samarbetar inte med Forum');
    expect(refused?.text.en).toContain('Record the organisation as a partner first');
    expect(refusal(otherAdmin, 'civil', rsmh)?.kind).toBe('forbidden');
  });

  it('never another body’s people, in any role', () => {
    for (const role of ['healthcare', 'approver', 'procurement', 'admin', 'civil'] as const) {
      expect(refusal(admin, role, sodersjukhuset), role).toMatchObject({ kind: 'rule', path: 'org' });
    }
    expect(refusal(otherAdmin, 'approver', vgr)).toMatchObject({ kind: 'rule', path: 'org' });
  });

  it('nobody when the organisation is unknown, or the inviter administers no body', () => {
    expect(refusal(admin, 'civil', undefined)).toMatchObject({ kind: 'rule', path: 'org' });
    expect(refusal({ ...admin, publicBody: undefined }, 'civil', rsmh)?.kind).toBe('forbidden');
    expect(refusal({ ...admin, role: 'approver' }, 'healthcare', lerum)?.kind).toBe('forbidden');
  });
});

describe('whose accounts an administrator manages', () => {
  it('their body’s people, and the civil accounts of partner organisations only', () => {
    expect(managesAccount(admin, { role: 'healthcare' }, lerum)).toBe(true);
    expect(managesAccount(admin, { role: 'civil' }, rsmh)).toBe(true);
    expect(managesAccount(admin, { role: 'admin' }, rsmh)).toBe(false);
    expect(managesAccount(admin, { role: 'civil' }, forum)).toBe(false);
    expect(managesAccount(admin, { role: 'healthcare' }, sodersjukhuset)).toBe(false);
    expect(managesAccount(admin, { role: 'civil' }, undefined)).toBe(false);
  });
});

describe('partnerships in the registry', () => {
  it('the registering body works with a new idéburen organisation; a unit has no partners', () => {
    const org = newOrganisation(
      { kind: 'ideburen', name: 'Ny förening', organisationNumber: '802013-4709', legalForm: 'ideell-forening', criteria },
      admin,
      'ny',
    );
    expect(org.partnerBodies).toEqual(['vgr']);
    expect(partnersWith('vgr', org)).toBe(true);
    expect(newOrganisation({ kind: 'unit', name: 'Ny enhet', unitType: 'vardcentral' }, admin, 'enhet').partnerBodies).toBeUndefined();
  });

  it('a body adds and removes only its own partnership', () => {
    const both = withPartnership(rsmh, 'region-stockholm', true);
    expect(both.partnerBodies).toEqual(['vgr', 'region-stockholm']);
    expect(withPartnership(both, 'region-stockholm', false).partnerBodies).toEqual(['vgr']);
    expect(withPartnership(rsmh, 'vgr', false).partnerBodies).toBeUndefined();
    expect(changedOrganisation(rsmh, { expectedVersion: 0, partner: true }, 'region-stockholm').partnerBodies).toEqual(['vgr', 'region-stockholm']);
    expect(changedOrganisation(rsmh, { expectedVersion: 0, partner: true }, 'vgr').partnerBodies).toEqual(['vgr']);
    expect(() => changedOrganisation(lerum, { expectedVersion: 0, partner: true }, 'vgr')).toThrow(
      expect.objectContaining({ errors: [expect.objectContaining({ path: 'partner' })] }),
    );
  });
});
