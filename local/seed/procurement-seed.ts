import type { BidderProfile } from '../../shared/procurement/domain/bidder-profile.js';
import type { Lot, Notice, NoticeInput } from '../../shared/procurement/domain/notice.js';
import { NutsRegions } from '../../shared/procurement/reference-data/codelists.js';
import { allCpvCodes } from '../../shared/procurement/reference-data/cpv.js';

/**
 * Seed data for the local runtime and the demo: notices of a regional
 * healthcare buyer (Västra Götalandsregionen, SE232) and civil-society bidders,
 * chosen so that matches, near-misses and a telling what-if show at once.
 * Deadlines are relative to `now`, so the seed never goes stale.
 */
export const VGR = { orgId: 'vgr', unit: 'Västra Götalandsregionen, Koncernkontoret inköp' } as const;

const days = (now: Date, n: number) => new Date(now.getTime() + n * 86_400_000).toISOString();
const cpv = (main: string, ...additional: string[]) => ({ main, additional });

function notice(id: string, now: Date, input: Omit<NoticeInput, 'buyer' | 'framework' | 'lots' | 'reservation' | 'reservedForIdeburna' | 'socialObjectives' | 'socialClauses'> & Partial<NoticeInput>): Notice {
  return {
    buyer: { ...VGR },
    framework: false,
    lots: [],
    reservation: 'none',
    reservedForIdeburna: false,
    socialObjectives: [],
    socialClauses: [],
    ...input,
    id,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
}

export function seedNotices(now: Date): Notice[] {
  const lot = (id: string, title: string, valueSek: number, c: Lot['cpv'], durationMonths: number, description?: string): Lot =>
    description === undefined ? { id, title, valueSek, cpv: c, durationMonths } : { id, title, valueSek, cpv: c, durationMonths, description };
  return [
    notice('VGR-2026-001', now, {
      title: 'Anhörigstöd och mötesplatser för äldre',
      description:
        'Västra Götalandsregionen söker leverantörer av anhörigstöd, samtalsgrupper och mötesplatser för äldre personer och deras anhöriga i anslutning till vårdcentraler. Verksamheten ska motverka ensamhet och social isolering, erbjuda rådgivning och stöd samt samverka med primärvården.',
      cpv: cpv('85312400', '85311100', '85312320'),
      nuts: ['SE232'],
      estimatedValueSek: 4_800_000,
      durationMonths: 36,
      procedure: 'simplified',
      deadline: days(now, 30),
      reservation: 'res-pub-ser',
      lots: [
        lot('1', 'Göteborg', 2_400_000, cpv('85312400', '85311100'), 36, 'Mötesplatser i Göteborg med omnejd.'),
        lot('2', 'Skaraborg', 1_200_000, cpv('85312400'), 36, 'Mötesplatser och anhöriggrupper i Skaraborg.'),
        lot('3', 'Fyrbodal', 1_200_000, cpv('85312400'), 36, 'Mötesplatser och anhöriggrupper i Fyrbodal.'),
      ],
      maxLotsBidPerSupplier: 3,
      maxLotsAwardedPerSupplier: 2,
      socialObjectives: ['acc-all', 'opp'],
      socialClauses: [{ objective: 'acc-all', text: 'Verksamheten ska vara tillgänglig för personer med funktionsnedsättning.' }],
    }),
    notice('VGR-2026-002', now, {
      title: 'Måltider till patienter vid närsjukhus',
      description:
        'Tillagning och leverans av måltider till patienter och dagverksamhet vid regionens närsjukhus. Maten ska vara näringsriktig, anpassad för specialkost och lagas av säsongens råvaror. Leverantören ska erbjuda praktikplatser för personer som står långt från arbetsmarknaden.',
      cpv: cpv('55520000', '55321000', '55322000'),
      nuts: ['SE232'],
      estimatedValueSek: 18_000_000,
      durationMonths: 48,
      procedure: 'open',
      framework: true,
      deadline: days(now, 45),
      socialObjectives: ['opp', 'work-cond'],
      socialClauses: [{ objective: 'opp', text: 'Minst två praktikplatser per år för personer långt från arbetsmarknaden.' }],
    }),
    notice('VGR-2026-003', now, {
      title: 'Städning av vårdcentraler',
      description:
        'Lokalvård och städning av vårdcentraler och tandvårdskliniker i Göteborg och Södra Bohuslän. Upphandlingen är reserverad för arbetsintegrerande sociala företag och skyddade verkstäder.',
      cpv: cpv('90910000', '90919200'),
      nuts: ['SE232'],
      estimatedValueSek: 6_000_000,
      durationMonths: 24,
      procedure: 'open',
      deadline: days(now, 21),
      reservation: 'res-ws',
      lots: [
        lot('A', 'Vårdcentraler Göteborg', 3_600_000, cpv('90910000', '90919200'), 24),
        lot('B', 'Tandvårdskliniker Södra Bohuslän', 2_400_000, cpv('90910000'), 24),
      ],
      socialObjectives: ['opp'],
    }),
    notice('VGR-2026-004', now, {
      title: 'Tolktjänster för patienter med annat modersmål',
      description:
        'Språktolkning på plats och på distans vid vårdbesök, inklusive teckenspråkstolkning och tolkning på lätta språk. Tolkarna ska ha kunskap om vård och sjukvårdens terminologi.',
      cpv: cpv('79540000'),
      nuts: ['SE232', 'SE231'],
      estimatedValueSek: 3_000_000,
      durationMonths: 24,
      procedure: 'open',
      deadline: days(now, 25),
      socialObjectives: ['acc-all', 'et-eq'],
    }),
    notice('VGR-2026-005', now, {
      title: 'Hälsofrämjande aktiviteter och rehabilitering vid psykisk ohälsa',
      description:
        'Hälsofrämjande gruppaktiviteter, friskvård, rehabilitering och stöd till återgång i arbete för personer med psykisk ohälsa, i samverkan med psykiatrin. Upphandlingen är reserverad för idéburna organisationer.',
      cpv: cpv('85312500', '85140000'),
      nuts: ['SE232'],
      estimatedValueSek: 2_100_000,
      durationMonths: 36,
      procedure: 'simplified',
      deadline: days(now, 40),
      reservedForIdeburna: true,
      socialObjectives: ['opp', 'acc-all'],
    }),
    notice('VGR-2026-006', now, {
      title: 'Skötsel av grönytor vid sjukhusområden',
      description:
        'Skötsel av parker, rabatter och grönytor vid sjukhusområden, med gräsklippning, plantering och snöröjning av gångvägar. Reserverad för leverantörer som arbetar med arbetsintegrering.',
      cpv: cpv('77310000', '77314000'),
      nuts: ['SE232'],
      estimatedValueSek: 1_600_000,
      durationMonths: 24,
      procedure: 'open',
      deadline: days(now, 20),
      reservation: 'res-ws',
      socialObjectives: ['opp'],
    }),
    notice('VGR-2026-007', now, {
      title: 'Kulturaktiviteter för patienter i långvård',
      description: 'Musik, högläsning och kulturaktiviteter för patienter i långvård och på rehabiliteringsavdelningar.',
      cpv: cpv('92500000'),
      nuts: ['SE232'],
      estimatedValueSek: 450_000,
      durationMonths: 12,
      procedure: 'direct-award',
      deadline: days(now, 14),
      socialObjectives: ['acc-all'],
    }),
    notice('VGR-2026-008', now, {
      title: 'Ledsagning och resor till dagverksamhet',
      description:
        'Ledsagning och specialtransporter för personer med funktionsnedsättning till och från daglig verksamhet och rehabilitering.',
      cpv: cpv('60130000', '85311200'),
      nuts: ['SE232', 'SE231'],
      estimatedValueSek: 9_000_000,
      durationMonths: 36,
      procedure: 'open',
      deadline: days(now, 35),
      lots: [
        lot('N', 'Norra Västra Götaland', 3_000_000, cpv('60130000', '85311200'), 36),
        lot('S', 'Södra Västra Götaland', 3_000_000, cpv('60130000', '85311200'), 36),
        lot('H', 'Halland, gränsnära', 3_000_000, cpv('60130000'), 36),
      ],
      socialObjectives: ['acc-all'],
    }),
  ];
}

type ProfileRow = [orgId: string, name: string, description: string, cpv: string[], regions: string[], capacity: number, staff: number, disadvantaged: number, ideburen: boolean, consortium: boolean, objectives: string[]];

const profileRows: ProfileRow[] = [
  ['org-anhorigcentrum-vast', 'Anhörigcentrum Väst ideell förening', 'Vi driver mötesplatser, samtalsgrupper och anhörigstöd för äldre och deras anhöriga i Göteborg. Vi motverkar ensamhet genom gemenskap och rådgivning.', ['85312400', '85312320'], ['SE232'], 1_500_000, 12, 0.1, true, true, ['acc-all']],
  ['org-seniorernas-hus', 'Seniorernas Hus i Skaraborg', 'Träffpunkter och aktiviteter för äldre, besöksverksamhet mot social isolering och stöd till anhöriga.', ['85311100', '85312400'], ['SE232'], 600_000, 6, 0.05, true, false, ['acc-all']],
  ['org-fyrbodal-gemenskap', 'Gemenskap Fyrbodal', 'Ideell förening med mötesplatser för äldre och anhöriga i Uddevalla och Trollhättan.', ['85312000'], ['SE232'], 400_000, 4, 0, true, true, []],
  ['org-halland-omsorg', 'Omsorgsföreningen Halland', 'Anhörigstöd, samtal och mötesplatser för äldre i Halland.', ['85312400'], ['SE231'], 2_000_000, 15, 0.1, true, true, ['acc-all']],
  ['org-stodcentrum-ab', 'Stödcentrum Sociala Tjänster AB', 'Rådgivning och stödsamtal för äldre och anhöriga, aktiebolag utan vinstutdelningsbegränsning.', ['85312320', '85312400'], ['SE232'], 3_000_000, 25, 0.05, false, false, ['acc-all']],
  ['org-matverket', 'Matverket Socialt Företag ek. för.', 'Arbetsintegrerande socialt företag som lagar näringsriktig mat av säsongens råvaror, catering och specialkost. Vi erbjuder praktikplatser för personer långt från arbetsmarknaden.', ['55520000', '55321000'], ['SE232'], 3_000_000, 22, 0.45, true, true, ['opp', 'work-cond']],
  ['org-kokskompaniet', 'Kökskompaniet Integration', 'Måltider och catering till förskolor och dagverksamhet, lagade från grunden.', ['55520000', '55322000'], ['SE232'], 1_200_000, 9, 0.35, false, true, ['opp']],
  ['org-bistro-vidga', 'Bistro Vidga ideell förening', 'Café och lunchservering som arbetsträning för unga vuxna.', ['55520000'], ['SE232'], 500_000, 6, 0.6, true, false, ['opp']],
  ['org-stadkraft', 'Städkraft Arbetsintegrering ek. för.', 'Lokalvård och städning av kontor och vårdlokaler. Vi anställer personer med funktionsnedsättning och långtidsarbetslösa.', ['90910000', '90919200'], ['SE232'], 2_500_000, 30, 0.55, false, true, ['opp', 'work-cond']],
  ['org-rena-rum', 'Rena Rum i Väst', 'Städning och lokalvård för företag och kommuner i Göteborg.', ['90910000'], ['SE232'], 4_000_000, 40, 0.1, false, false, []],
  ['org-samhall-lik', 'Kuststädarna Socialt Företag', 'Lokalvård och fönsterputs i Södra Bohuslän, arbetsintegrerande.', ['90911200', '90910000'], ['SE232'], 900_000, 11, 0.4, false, false, ['opp']],
  ['org-tolkforeningen', 'Tolkföreningen Bro', 'Språktolkning och teckenspråkstolkning vid vårdbesök och myndighetskontakter, på plats och på distans.', ['79540000'], ['SE232', 'SE231'], 2_000_000, 35, 0.05, true, true, ['acc-all', 'et-eq']],
  ['org-sprakbron', 'Språkbron ekonomisk förening', 'Tolkning och översättning för nyanlända, kunskap om vårdens terminologi.', ['79540000', '79530000'], ['SE224'], 1_000_000, 12, 0.1, false, true, ['et-eq']],
  ['org-friskvard-psykisk', 'Friskvårdsföreningen Balans', 'Hälsofrämjande gruppaktiviteter, friskvård och rehabilitering för personer med psykisk ohälsa, stöd till återgång i arbete.', ['85312500', '85140000'], ['SE232'], 1_000_000, 10, 0.2, true, true, ['opp', 'acc-all']],
  ['org-fontanhuset', 'Klubbhuset Väst', 'Klubbhusmodell för personer med psykisk ohälsa: arbetsinriktad dag och rehabilitering.', ['85312500'], ['SE232'], 800_000, 8, 0.3, true, false, ['opp']],
  ['org-hjarnkraft-ab', 'Hjärnkraft Rehab AB', 'Privat rehabilitering och friskvård, kognitiv beteendeterapi.', ['85312500', '85121270'], ['SE232'], 5_000_000, 28, 0, false, false, []],
  ['org-grona-handen', 'Gröna Handen Arbetsträning', 'Skötsel av parker och grönytor, plantering och snöröjning. Arbetsträning för personer med funktionsnedsättning.', ['77310000', '77314000'], ['SE232'], 1_000_000, 14, 0.6, true, true, ['opp']],
  ['org-tradgardsmastarna', 'Trädgårdsmästarna i Väst AB', 'Trädgårdsskötsel och markskötsel för bostadsbolag.', ['77314000'], ['SE232'], 3_000_000, 20, 0.05, false, false, []],
  ['org-kulturkraft', 'Kulturkraft ideell förening', 'Musik, högläsning och kulturaktiviteter för äldre och patienter i vården.', ['92500000', '92000000'], ['SE232'], 300_000, 3, 0, true, false, ['acc-all']],
  ['org-lasfrämjandet', 'Högläsningsvännerna', 'Frivilliga som läser högt för äldre och på sjukhus.', ['92500000'], ['SE232'], 100_000, 1, 0, true, false, ['acc-all']],
  ['org-ledsagarna', 'Ledsagarservice Väst ek. för.', 'Ledsagning och specialtransporter för personer med funktionsnedsättning till daglig verksamhet.', ['60130000', '85311200'], ['SE232'], 1_500_000, 18, 0.35, false, true, ['acc-all', 'opp']],
  ['org-fardtjanst-kooperativet', 'Färdkooperativet Norra', 'Specialtransporter och färdtjänst i norra Västra Götaland.', ['60130000'], ['SE232'], 800_000, 7, 0.2, false, false, []],
  ['org-halland-ledsagning', 'Ledsagning Halland', 'Ledsagning och resor för personer med funktionsnedsättning i Halland.', ['60130000'], ['SE231'], 1_000_000, 9, 0.3, true, false, ['acc-all']],
  ['org-kvinnojouren', 'Kvinnojouren Hamnstaden', 'Stöd och skyddat boende för våldsutsatta kvinnor och barn, rådgivning.', ['85311000', '85312300'], ['SE232'], 2_000_000, 14, 0.1, true, true, ['gen-eq']],
  ['org-ungdomsjouren', 'Ungdomsjouren Väst', 'Stödsamtal, läxhjälp och fritidsaktiviteter för unga.', ['98133110', '80590000'], ['SE232'], 700_000, 6, 0, true, false, []],
  ['org-arbetsintegrering-ost', 'Arbetslaget Östergötland', 'Arbetsintegrerande socialt företag inom städning och catering.', ['90910000', '55520000'], ['SE123'], 1_500_000, 20, 0.5, false, true, ['opp']],
  ['org-stadsmission-lik', 'Hamnstadens Stadsmission', 'Diakonal stiftelse med mötesplatser, härbärge, arbetsträning och stöd till äldre och utsatta.', ['85311000', '85312400', '55520000'], ['SE232'], 10_000_000, 120, 0.2, true, true, ['opp', 'acc-all']],
  ['org-vardnara-foreningen', 'Vårdnära Föreningen', 'Volontärer som stöttar patienter i väntrum och på vårdavdelningar.', ['85140000'], ['SE232'], 250_000, 2, 0, true, true, []],
  ['org-teckensprak', 'Teckenspråkskollektivet', 'Teckenspråkstolkning och dövblindtolkning.', ['79540000'], ['SE232'], 400_000, 5, 0.3, true, false, ['acc-all']],
  ['org-omsorgsbolaget', 'Omsorgsbolaget Norden AB', 'Stort omsorgsföretag med äldreomsorg och hemtjänst i hela Sverige.', ['85311100', '85312400'], ['SE110', 'SE232', 'SE224'], 100_000_000, 2_000, 0.02, false, false, []],
];

export function seedProfiles(now: Date): BidderProfile[] {
  return profileRows.map(([orgId, name, description, cpv, regions, capacitySekPerYear, staff, disadvantagedShare, ideburen, consortiumWilling, socialObjectives]) => ({
    orgId, name, description, cpv, regions, capacitySekPerYear, staff, disadvantagedShare, ideburen, consortiumWilling, socialObjectives,
    updatedAt: now.toISOString(),
  }));
}

/** Deterministic pseudo-random numbers (mulberry32), so benchmark data is the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const serviceCodes = [
  '85312400', '85311100', '85311200', '85311300', '85312000', '85312100', '85312300', '85312320', '85312500', '85320000',
  '85323000', '85140000', '79540000', '80500000', '80530000', '55520000', '55321000', '55322000', '90910000', '90919200',
  '90911200', '98133000', '98133110', '77310000', '77314000', '60130000', '79620000', '80590000', '92500000', '92000000',
  '79952000', '33141000', '60112000', '85100000', '85311000',
];
const words = [
  'äldre', 'anhöriga', 'mötesplatser', 'rådgivning', 'ensamhet', 'gemenskap', 'rehabilitering', 'psykisk', 'ohälsa', 'barn',
  'unga', 'familjer', 'nyanlända', 'tolkning', 'språk', 'måltider', 'catering', 'specialkost', 'städning', 'lokalvård',
  'grönytor', 'plantering', 'transporter', 'ledsagning', 'funktionsnedsättning', 'arbetsträning', 'praktik', 'utbildning',
  'kultur', 'musik', 'friskvård', 'samverkan', 'vårdcentral', 'sjukhus', 'hemtjänst', 'boende', 'stöd', 'trygghet',
];

/** Social and care services mostly, with a share of codes from every other division (goods, works). */
function codePicker(rnd: () => number): () => string {
  const everything = allCpvCodes();
  return () => (rnd() < 0.6 ? serviceCodes[Math.floor(rnd() * serviceCodes.length)]! : everything[Math.floor(rnd() * everything.length)]!);
}

/** Generated notices for the benchmark: a third with lots. */
export function generateNotices(count: number, now: Date, seed = 1): Notice[] {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const code = codePicker(rnd);
  const regions = NutsRegions.map((r) => r.code).filter((c) => c !== 'SEZZZ');
  return Array.from({ length: count }, (_, i) => {
    const main = code();
    const value = Math.round(10 ** (5 + rnd() * 3) / 1000) * 1000;
    const duration = pick([12, 24, 36, 48]);
    const lotCount = i % 3 === 0 ? 2 + Math.floor(rnd() * 4) : 0;
    const base = Math.floor(value / Math.max(1, lotCount));
    const lots: Lot[] = Array.from({ length: lotCount }, (_, l) => ({
      id: String(l + 1),
      title: `Del ${l + 1}`,
      valueSek: l === lotCount - 1 ? value - base * (lotCount - 1) : base,
      cpv: { main: rnd() < 0.7 ? main : code(), additional: [] },
      durationMonths: duration,
    }));
    const text = Array.from({ length: 12 }, () => pick(words)).join(' ');
    return notice(`GEN-${String(i).padStart(6, '0')}`, now, {
      title: `Upphandling av ${pick(words)} och ${pick(words)}`,
      description: `Regionen upphandlar ${text}.`,
      cpv: { main, additional: rnd() < 0.5 ? [code()].filter((c) => c !== main) : [] },
      nuts: [pick(regions)],
      estimatedValueSek: value,
      durationMonths: duration,
      procedure: 'open',
      deadline: days(now, 5 + Math.floor(rnd() * 60)),
      lots,
      reservation: rnd() < 0.1 ? 'res-ws' : 'none',
      reservedForIdeburna: rnd() < 0.05,
      socialObjectives: rnd() < 0.3 ? ['opp'] : [],
    });
  });
}

/** Generated bidder profiles for the benchmark. */
export function generateProfiles(count: number, now: Date, seed = 2): BidderProfile[] {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const code = codePicker(rnd);
  const regions = NutsRegions.map((r) => r.code).filter((c) => c !== 'SEZZZ');
  return Array.from({ length: count }, (_, i) => ({
    orgId: `gen-org-${String(i).padStart(5, '0')}`,
    name: `Förening ${i}`,
    description: `Vi arbetar med ${Array.from({ length: 10 }, () => pick(words)).join(' ')}.`,
    cpv: [...new Set(Array.from({ length: 1 + Math.floor(rnd() * 3) }, code))],
    regions: [...new Set(Array.from({ length: 1 + Math.floor(rnd() * 2) }, () => pick(regions)))],
    capacitySekPerYear: Math.round(10 ** (5 + rnd() * 2.5) / 1000) * 1000,
    staff: 1 + Math.floor(rnd() * 60),
    disadvantagedShare: Math.round(rnd() * 100) / 100,
    ideburen: rnd() < 0.6,
    consortiumWilling: rnd() < 0.5,
    socialObjectives: rnd() < 0.4 ? ['opp'] : [],
    updatedAt: now.toISOString(),
  }));
}
