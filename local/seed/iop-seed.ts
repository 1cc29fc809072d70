import type { Actor } from '../../shared/platform/auth/actor.js';
import type { InitiateIopCaseInput, LegalChecklist } from '../../shared/iop/domain/schemas.js';

/**
 * Demo organisations and users for the local runtime and demos: real public
 * bodies and organisations in Västra Götaland and Stockholm. The users are
 * invented people; the local runtime mints tokens for them.
 */
export const IopOrganisations = {
  angeredsNarsjukhus: { orgId: 'angereds-narsjukhus', name: 'Angereds Närsjukhus', kind: 'healthcare' },
  narhalsanAlingsas: { orgId: 'narhalsan-alingsas-vc', name: 'Närhälsan Alingsås vårdcentral', kind: 'healthcare' },
  narhalsanLerum: { orgId: 'narhalsan-lerum-vc', name: 'Närhälsan Lerum vårdcentral', kind: 'healthcare' },
  vgr: { orgId: 'vgr', name: 'Västra Götalandsregionen', kind: 'region' },
  regionStockholm: { orgId: 'region-stockholm', name: 'Region Stockholm', kind: 'region' },
  rodaKorset: { orgId: 'svenska-roda-korset', name: 'Svenska Röda Korset', kind: 'civil' },
  stockholmsStadsmission: { orgId: 'stockholms-stadsmission', name: 'Stockholms Stadsmission', kind: 'civil' },
  goteborgsStadsmission: { orgId: 'goteborgs-stadsmission', name: 'Göteborgs Stadsmission', kind: 'civil' },
  rsmh: { orgId: 'rsmh', name: 'RSMH – Riksförbundet för Social och Mental Hälsa', kind: 'civil' },
} as const;

export const IopDemoUsers = {
  healthcareAngered: { sub: 'demo-healthcare-angered', name: 'Sara Lindqvist', role: 'healthcare', org: 'angereds-narsjukhus' },
  healthcareAlingsas: { sub: 'demo-healthcare-alingsas', name: 'Johan Berg', role: 'healthcare', org: 'narhalsan-alingsas-vc' },
  healthcareLerum: { sub: 'demo-healthcare-lerum', name: 'Maria Ek', role: 'healthcare', org: 'narhalsan-lerum-vc' },
  civilRodaKorset: { sub: 'demo-civil-rodakorset', name: 'Ahmed Hassan', role: 'civil', org: 'svenska-roda-korset' },
  civilGoteborgsStadsmission: { sub: 'demo-civil-gbg-stadsmission', name: 'Karin Sjöberg', role: 'civil', org: 'goteborgs-stadsmission' },
  civilStockholmsStadsmission: { sub: 'demo-civil-sthlm-stadsmission', name: 'Erik Nilsson', role: 'civil', org: 'stockholms-stadsmission' },
  civilRsmh: { sub: 'demo-civil-rsmh', name: 'Lina Andersson', role: 'civil', org: 'rsmh' },
  approver: { sub: 'demo-approver-vgr', name: 'Per Holm', role: 'approver', org: 'vgr' },
  approverStockholm: { sub: 'demo-approver-sthlm', name: 'Eva Lund', role: 'approver', org: 'region-stockholm' },
  procurement: { sub: 'demo-procurement-vgr', name: 'Anna Ström', role: 'procurement', org: 'vgr' },
  admin: { sub: 'demo-admin-vgr', name: 'Omar Karimi', role: 'admin', org: 'vgr' },
} as const satisfies Record<string, Actor>;

const ideburen = { solePublicBenefitPurpose: true, publicBodyControllingInfluence: false, assetsToNonProfitOnDissolution: true, isFoundation: false };

/** A realistic first case: health guidance for newly arrived residents in Angered. */
export const DemoIopCase: InitiateIopCaseInput = {
  title: 'Hälsokommunikatörer i Angered',
  purpose:
    'Minska ojämlikheten i hälsa genom att nyanlända och boende i nordöstra Göteborg ' +
    'får hälsoinformation på sitt eget språk ' +
    'och lotsas rätt i vården.',
  targetGroup: 'Nyanlända och boende i Angered och Östra Göteborg med begränsad kunskap om svensk hälso- och sjukvård.',
  activities: [
    'Hälsoinformation i grupp på arabiska, somaliska, dari och tigrinja',
    'Lotsning till vårdcentral och 1177',
    'Gemensam utbildning för volontärer och personal',
  ],
  healthcareUnit: {
    orgId: 'angereds-narsjukhus',
    name: 'Angereds Närsjukhus',
    contribution: { moneySekPerYear: 900_000, inKindSekPerYear: 250_000, inKindDescription: 'Lokaler, handledning och utbildning' },
  },
  civilParties: [
    {
      orgId: 'svenska-roda-korset',
      name: 'Svenska Röda Korset',
      contribution: { moneySekPerYear: 150_000, inKindSekPerYear: 400_000, inKindDescription: 'Volontärer och samordning' },
      criteria: ideburen,
    },
    {
      orgId: 'goteborgs-stadsmission',
      name: 'Göteborgs Stadsmission',
      contribution: { moneySekPerYear: 0, inKindSekPerYear: 300_000, inKindDescription: 'Mötesplatser och volontärer' },
      criteria: { ...ideburen, isFoundation: true },
    },
  ],
  plannedStart: '2027-01-01',
  durationMonths: 60,
  budgetPerYearSek: 2_000_000,
};

/** Peer support in psychiatry: a civil-initiated case with a vårdcentral. */
export const DemoIopCaseRsmh: InitiateIopCaseInput = {
  title: 'Peer support på vårdcentral i Lerum',
  purpose: 'Ge personer med psykisk ohälsa stöd av någon med egen erfarenhet, som komplement till vårdcentralens behandling.',
  targetGroup: 'Vuxna patienter med lindrig till måttlig psykisk ohälsa i Lerums kommun.',
  activities: ['Samtal med peer supporter', 'Samtalsgrupper', 'Gemensam uppföljning med vårdcentralen'],
  healthcareUnit: {
    orgId: 'narhalsan-lerum-vc',
    name: 'Närhälsan Lerum vårdcentral',
    contribution: { moneySekPerYear: 400_000, inKindSekPerYear: 100_000 },
  },
  civilParties: [
    {
      orgId: 'rsmh',
      name: 'RSMH – Riksförbundet för Social och Mental Hälsa',
      contribution: { moneySekPerYear: 50_000, inKindSekPerYear: 200_000 },
      criteria: ideburen,
    },
  ],
  plannedStart: '2027-03-01',
  durationMonths: 36,
  budgetPerYearSek: 750_000,
};

const orgName = (org: string): string => Object.values(IopOrganisations).find((o) => o.orgId === org)?.name ?? org;

const describe = {
  healthcare: {
    sv: 'Vårdpersonal: startar IOP, för dialog, begär beslut, skriver under och följer upp',
    en: 'Healthcare staff: starts IOPs, runs the dialogue, asks for decisions, signs and reviews',
  },
  civil: {
    sv: 'Idéburen organisation: svarar på inbjudan, samtycker, skriver under och rapporterar',
    en: 'Non-profit organisation: answers invitations, consents, signs and reports',
  },
  approver: { sv: 'Beslutsfattare: prövar checklistan och beslutar', en: 'Decision-maker: checks the legal gate and decides' },
  procurement: { sv: 'Upphandlare: annonser, matchningar och matchningsärenden', en: 'Procurement staff: notices, matches and match cases' },
  admin: { sv: 'Administratör: organisationer och användare', en: 'Administrator: organisations and users' },
} as const;

/** The demo users with what the local sign-in picker shows (organisation name and what each person does). */
export const IopDemoUserProfiles = Object.values(IopDemoUsers).map((u) => ({
  ...u,
  orgName: orgName(u.org),
  description: describe[u.role],
}));

const yes = (motivation: string) => ({ met: true, motivation });

/** The decision-maker's answers for the demo case (DemoIopCase), as a real decision would word them. */
export const DemoIopChecklist: LegalChecklist = {
  localGovernmentActAndPriorities: yes('Hälsofrämjande insatser för jämlik hälsa är en prioritering i regionens budget.'),
  complementsPublicOffering: yes('Hälsokommunikatörerna kompletterar vårdens uppdrag och ersätter inget av det.'),
  stateAid: { met: true, motivation: 'Det offentliga bidraget ligger under de minimis-taket per organisation.', basis: 'de-minimis' },
  notPublicContract: yes('Parterna bidrar båda; regionen köper ingen tjänst till fullt pris.'),
  coFinancingDocumented: yes('Varje parts bidrag i pengar och insatser står i utkastet.'),
  noOtherRegionalFunding: yes('Verksamheten har inget annat regionalt stöd.'),
};
