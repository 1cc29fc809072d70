import type { Actor } from '../../shared/platform/auth/actor.js';
import type { Organisation, StatutesCriteria } from '../../shared/platform/organisations/organisation.js';
import { StoredOrganisations } from '../../shared/platform/organisations/organisation-directory.js';
import { IopOrganisations } from './iop-seed.js';

/**
 * The organisation registry a local runtime starts with: two regions and a
 * municipality (the tenants), their units, and the idéburna organisations of
 * the demo, among them an umbrella organisation and its members, and which
 * bodies work with which of them (partnerBodies: whose administrators may
 * invite their people). Reference
 * data, so it is written even when the demo cases are not.
 *
 * The regions', the municipality's and Svenska Röda Korset's organisation
 * numbers are their real ones; the others, and every Kammarkollegiet
 * registration number, are examples with a valid check digit.
 */
const checked = (over: Partial<StatutesCriteria> = {}): StatutesCriteria => ({
  solePublicBenefitPurpose: true,
  publicBodyControllingInfluence: false,
  assetsToNonProfitOnDissolution: true,
  isFoundation: false,
  checkedOn: '2026-02-02',
  ...over,
});

const O = IopOrganisations;
export const Vgr = 'vgr';
export const FunktionsrattSverige = 'funktionsratt-sverige';
export const ForumIdeburna = 'forum-ideburna';

export const DemoOrganisations: readonly Organisation[] = [
  {
    id: O.vgr.orgId,
    name: O.vgr.name,
    kind: 'public-body',
    bodyType: 'region',
    region: 'SE232',
    organisationNumber: '232100-0131',
    contact: { name: 'Helena Forsberg', role: 'Samordnare för idéburet offentligt partnerskap', email: 'iop@vgregion.example', phone: '010-441 00 00' },
  },
  {
    id: O.regionStockholm.orgId,
    name: O.regionStockholm.name,
    kind: 'public-body',
    bodyType: 'region',
    region: 'SE110',
    organisationNumber: '232100-0016',
    contact: { name: 'Jonas Wiklund', role: 'Strateg för civilsamhällesfrågor', email: 'iop@regionstockholm.example' },
  },
  {
    id: 'goteborgs-stad',
    name: 'Göteborgs Stad',
    kind: 'public-body',
    bodyType: 'municipality',
    region: 'SE232',
    organisationNumber: '212000-1355',
    contact: { name: 'Amira Said', role: 'Kontaktperson för IOP', email: 'iop@goteborg.example' },
  },
  { id: O.angeredsNarsjukhus.orgId, name: O.angeredsNarsjukhus.name, kind: 'unit', unitType: 'narsjukhus', publicBodyId: Vgr, region: 'SE232' },
  { id: O.narhalsanAlingsas.orgId, name: O.narhalsanAlingsas.name, kind: 'unit', unitType: 'vardcentral', publicBodyId: Vgr, region: 'SE232' },
  { id: O.narhalsanLerum.orgId, name: O.narhalsanLerum.name, kind: 'unit', unitType: 'vardcentral', publicBodyId: Vgr, region: 'SE232' },
  {
    id: 'vgr-upphandling',
    name: 'Koncernavdelning Inköp, Västra Götalandsregionen',
    kind: 'unit',
    unitType: 'procurement-unit',
    publicBodyId: Vgr,
    region: 'SE232',
  },
  { id: 'sodersjukhuset', name: 'Södersjukhuset', kind: 'unit', unitType: 'sjukhus', publicBodyId: O.regionStockholm.orgId, region: 'SE110' },
  {
    id: O.rodaKorset.orgId,
    name: O.rodaKorset.name,
    kind: 'ideburen',
    legalForm: 'ideell-forening',
    organisationNumber: '802002-8711',
    criteria: checked(),
    kammarkollegiet: { registrationNumber: 'IO-2023-0142', registeredAt: '2023-03-15' },
    partnerBodies: [Vgr, O.regionStockholm.orgId],
  },
  {
    id: O.stockholmsStadsmission.orgId,
    name: O.stockholmsStadsmission.name,
    kind: 'ideburen',
    legalForm: 'ideell-forening',
    region: 'SE110',
    organisationNumber: '802006-2801',
    criteria: checked(),
    partnerBodies: [O.regionStockholm.orgId],
  },
  {
    id: O.goteborgsStadsmission.orgId,
    name: O.goteborgsStadsmission.name,
    kind: 'ideburen',
    legalForm: 'stiftelse',
    region: 'SE232',
    organisationNumber: '857200-1959',
    criteria: checked({ isFoundation: true, checkedOn: '2025-11-20' }),
    partnerBodies: [Vgr, 'goteborgs-stad'],
  },
  {
    id: O.rsmh.orgId,
    name: O.rsmh.name,
    kind: 'ideburen',
    legalForm: 'ideell-forening',
    organisationNumber: '802009-7401',
    criteria: checked(),
    partnerBodies: [Vgr],
  },
  {
    id: FunktionsrattSverige,
    name: 'Funktionsrätt Sverige',
    kind: 'ideburen',
    legalForm: 'ideell-forening',
    organisationNumber: '802004-5905',
    criteria: checked(),
    // RSMH has authorised its umbrella organisation to speak for it in IOP cases.
    members: [{ orgId: O.rsmh.orgId, actingAuthorisedOn: '2026-01-15' }],
  },
  {
    id: ForumIdeburna,
    name: 'Forum – idéburna organisationer med social inriktning',
    kind: 'ideburen',
    legalForm: 'ideell-forening',
    organisationNumber: '802013-4709',
    criteria: checked(),
    // A member, but one that has not authorised Forum to act for it.
    members: [{ orgId: O.goteborgsStadsmission.orgId }],
  },
];

/** People the registry's journeys need besides the IOP demo users: an umbrella organisation's officer and a second body's administrator. */
export const RegistryDemoUsers = {
  civilFunktionsratt: { sub: 'demo-civil-funktionsratt', name: 'Nora Berglund', role: 'civil', org: FunktionsrattSverige },
  adminStockholm: { sub: 'demo-admin-sthlm', name: 'Maja Holmgren', role: 'admin', org: O.regionStockholm.orgId },
} as const satisfies Record<string, Actor>;

export const RegistryDemoUserProfiles = [
  {
    ...RegistryDemoUsers.civilFunktionsratt,
    orgName: 'Funktionsrätt Sverige',
    description: {
      sv: 'Paraplyorganisation: talar för medlemmar som gett fullmakt, till exempel RSMH',
      en: 'Umbrella organisation: speaks for members who have authorised it, such as RSMH',
    },
  },
  {
    ...RegistryDemoUsers.adminStockholm,
    orgName: O.regionStockholm.name,
    description: { sv: 'Administratör: organisationer och användare i Region Stockholm', en: 'Administrator: organisations and users of Region Stockholm' },
  },
];

export async function seedOrganisations(): Promise<void> {
  const registry = new StoredOrganisations();
  for (const org of DemoOrganisations) await registry.seed(org);
}
