import type { BidderProfile } from '../../shared/procurement/domain/bidder-profile.js';
import type { Lot, Notice } from '../../shared/procurement/domain/notice.js';
import { NutsRegions } from '../../shared/procurement/reference-data/codelists.js';
import { reservation19Kap25aViolations } from '../../shared/procurement/domain/notice-rules.js';
import { allCpvCodes } from '../../shared/procurement/reference-data/cpv.js';
import { days, notice } from './procurement-seed-notices.js';

/** Generated notices and bidder profiles for the matching benchmark and tests, the same on every run. */

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
  '85312400',
  '85311100',
  '85311200',
  '85311300',
  '85312000',
  '85312100',
  '85312300',
  '85312320',
  '85312500',
  '85320000',
  '85323000',
  '85140000',
  '79540000',
  '80500000',
  '80530000',
  '55520000',
  '55321000',
  '55322000',
  '90910000',
  '90919200',
  '90911200',
  '98133000',
  '98133110',
  '77310000',
  '77314000',
  '60130000',
  '79620000',
  '80590000',
  '92500000',
  '92000000',
  '79952000',
  '33141000',
  '60112000',
  '85100000',
  '85311000',
];
const words = [
  'äldre',
  'anhöriga',
  'mötesplatser',
  'rådgivning',
  'ensamhet',
  'gemenskap',
  'rehabilitering',
  'psykisk',
  'ohälsa',
  'barn',
  'unga',
  'familjer',
  'nyanlända',
  'tolkning',
  'språk',
  'måltider',
  'catering',
  'specialkost',
  'städning',
  'lokalvård',
  'grönytor',
  'plantering',
  'transporter',
  'ledsagning',
  'funktionsnedsättning',
  'arbetsträning',
  'praktik',
  'utbildning',
  'kultur',
  'musik',
  'friskvård',
  'samverkan',
  'vårdcentral',
  'sjukhus',
  'hemtjänst',
  'boende',
  'stöd',
  'trygghet',
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
    const generated = notice(`GEN-${String(i).padStart(6, '0')}`, now, {
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
    // A reservation for idéburna organisationer only where 19 kap. 25 a § allows it, as the API would refuse it otherwise.
    return generated.reservedForIdeburna && reservation19Kap25aViolations(generated).length > 0 ? { ...generated, reservedForIdeburna: false } : generated;
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
