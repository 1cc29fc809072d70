import type { Lot, Notice, NoticeInput } from '../../shared/procurement/domain/notice.js';

/**
 * The seed notices: a regional healthcare buyer (Västra Götalandsregionen,
 * SE232) buying services civil society offers, some reserved, some in lots.
 * Deadlines are relative to `now`, so the seed never goes stale.
 */
export const VGR = { orgId: 'vgr', unit: 'Västra Götalandsregionen, Koncernkontoret inköp' } as const;

export const days = (now: Date, n: number) => new Date(now.getTime() + n * 86_400_000).toISOString();
const cpv = (main: string, ...additional: string[]) => ({ main, additional });

/** A notice of the buyer as registered at `now`, with no lots, reservation or social aims unless given. */
export function notice(
  id: string,
  now: Date,
  input: Omit<NoticeInput, 'buyer' | 'framework' | 'lots' | 'reservation' | 'reservedForIdeburna' | 'socialObjectives' | 'socialClauses'> &
    Partial<NoticeInput>,
): Notice {
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
    // The demo buyer is Västra Götalandsregionen itself (a public body in the organisation registry).
    publicBody: input.buyer?.orgId ?? VGR.orgId,
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
        'Västra Götalandsregionen söker leverantörer av anhörigstöd, samtalsgrupper och mötesplatser för äldre personer och deras ' +
        'anhöriga i anslutning till vårdcentraler. Verksamheten ska motverka ensamhet och social isolering, erbjuda rådgivning och stöd samt ' +
        'samverka med primärvården.',
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
        'Tillagning och leverans av måltider till patienter och dagverksamhet vid regionens närsjukhus. Maten ska vara näringsriktig, ' +
        'anpassad för specialkost och lagas av säsongens råvaror. Leverantören ska erbjuda praktikplatser för personer som står långt ' +
        'från arbetsmarknaden.',
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
        'Lokalvård och städning av vårdcentraler och tandvårdskliniker i Göteborg och Södra Bohuslän. Upphandlingen är reserverad för ' +
        'arbetsintegrerande sociala företag och skyddade verkstäder.',
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
        'Språktolkning på plats och på distans vid vårdbesök, inklusive teckenspråkstolkning och tolkning på lätta språk. Tolkarna ska ' +
        'ha kunskap om vård och sjukvårdens terminologi.',
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
        'Hälsofrämjande gruppaktiviteter, friskvård, rehabilitering och stöd till återgång i arbete för personer med psykisk ohälsa, i ' +
        'samverkan med psykiatrin. Upphandlingen är reserverad för idéburna organisationer.',
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
        'Skötsel av parker, rabatter och grönytor vid sjukhusområden, med gräsklippning, plantering och snöröjning av gångvägar. ' +
        'Reserverad för leverantörer som arbetar med arbetsintegrering.',
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
      description: 'Ledsagning och specialtransporter för personer med funktionsnedsättning till och från daglig verksamhet och rehabilitering.',
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
