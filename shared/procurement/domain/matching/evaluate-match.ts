import { onFirstUse } from '../../../platform/on-first-use.js';
import type { BidderProfile } from '../bidder-profile.js';
import { allCpv } from '../cpv-set.js';
import type { Notice } from '../notice.js';
import { WHOLE_NOTICE_LOT } from '../notice-keys.js';
import { cpvLevelOfDepth, cpvPath, sharedCpvDepth } from '../../reference-data/cpv.js';
import { ContractLimits } from '../../reference-data/thresholds.js';
import { labelOf, SocialObjectives } from '../../reference-data/codelists.js';
import type { Blocker, CpvMatch, Match, Reason, ReasonKind } from './match-types.js';
import type { TextVector } from './swedish-text.js';
import { textRelevance, textVector } from './swedish-text.js';

/**
 * Scoring a notice or lot against one bidder. Pure: the same inputs and "now"
 * always give the same match. A pair is relevant only when a CPV code of the
 * target and of the bidder share at least the division; that is also what the
 * candidate pre-filter relies on.
 */
export const ScoreWeights: Readonly<Record<ReasonKind, number>> = {
  cpv: 0.35,
  text: 0.25,
  region: 0.1,
  capacity: 0.15,
  reservation: 0.1,
  'social-objectives': 0.05,
};

/** How much a shared CPV prefix of each depth is worth. */
export const DepthFit: Readonly<Record<number, number>> = { 2: 0.4, 3: 0.6, 4: 0.75, 5: 0.9, 8: 1 };

/** One biddable unit: a lot, or the whole notice when it has no lots. */
export interface MatchTarget {
  readonly noticeId: string;
  readonly lotId: string;
  readonly title: string;
  readonly lotTitle: string | null;
  readonly cpv: readonly string[];
  readonly nuts: readonly string[];
  readonly valueSek: number;
  readonly durationMonths: number;
  readonly deadline: string;
  readonly reservation: Notice['reservation'];
  readonly reservedForIdeburna: boolean;
  readonly socialObjectives: readonly string[];
  readonly text: TextVector;
}

export interface PreparedNotice {
  readonly notice: Notice;
  readonly targets: readonly MatchTarget[];
  readonly divisions: ReadonlySet<string>;
}

export interface PreparedProfile {
  readonly profile: BidderProfile;
  readonly text: TextVector;
  readonly divisions: ReadonlySet<string>;
}

const preparedNotices = new WeakMap<Notice, PreparedNotice>();
const preparedProfiles = new WeakMap<BidderProfile, PreparedProfile>();

/** The parts of a notice that are matched one by one: its lots, or the whole notice when it has none. */
export function noticeParts(notice: Notice): readonly { readonly lotId: string; readonly lotTitle: string | null }[] {
  return notice.lots.length === 0 ? [{ lotId: WHOLE_NOTICE_LOT, lotTitle: null }] : notice.lots.map((lot) => ({ lotId: lot.id, lotTitle: lot.title }));
}

/** Tokenising is the costly part: done once per notice object and cached. */
export function prepareNotice(notice: Notice): PreparedNotice {
  const cached = preparedNotices.get(notice);
  if (cached) return cached;
  const base = {
    noticeId: notice.id,
    title: notice.title,
    nuts: notice.nuts,
    deadline: notice.deadline,
    reservation: notice.reservation,
    reservedForIdeburna: notice.reservedForIdeburna,
    socialObjectives: notice.socialObjectives,
  };
  const noticeText = `${notice.title}. ${notice.description}`;
  const targets: MatchTarget[] =
    notice.lots.length === 0
      ? [
          {
            ...base,
            lotId: WHOLE_NOTICE_LOT,
            lotTitle: null,
            cpv: allCpv(notice.cpv),
            valueSek: notice.estimatedValueSek,
            durationMonths: notice.durationMonths,
            text: textVector(noticeText),
          },
        ]
      : notice.lots.map((lot) => ({
          ...base,
          lotId: lot.id,
          lotTitle: lot.title,
          cpv: allCpv(lot.cpv),
          nuts: lot.nuts ?? notice.nuts,
          valueSek: lot.valueSek,
          durationMonths: lot.durationMonths,
          text: textVector(`${noticeText} ${lot.title}. ${lot.description ?? ''}`),
        }));
  const prepared = { notice, targets, divisions: new Set(targets.flatMap((t) => t.cpv.map((c) => c.slice(0, 2)))) };
  preparedNotices.set(notice, prepared);
  return prepared;
}

export function prepareProfile(profile: BidderProfile): PreparedProfile {
  const cached = preparedProfiles.get(profile);
  if (cached) return cached;
  const prepared = {
    profile,
    text: textVector(profile.description),
    divisions: new Set(profile.cpv.map((c) => c.slice(0, 2))),
  };
  preparedProfiles.set(profile, prepared);
  return prepared;
}

function bestCpv(target: MatchTarget, profile: BidderProfile): CpvMatch | undefined {
  let best: { noticeCode: string; bidderCode: string; depth: number } | undefined;
  for (const noticeCode of target.cpv) {
    for (const bidderCode of profile.cpv) {
      const depth = sharedCpvDepth(noticeCode, bidderCode);
      if (depth >= 2 && (!best || depth > best.depth)) best = { noticeCode, bidderCode, depth };
    }
  }
  if (!best) return undefined;
  const level = cpvLevelOfDepth(best.depth) ?? 'division';
  return { ...best, level, path: cpvPath(best.noticeCode, best.depth).map((e) => ({ code: e.code, label: e.label })) };
}

/** The depth of bestCpv without building its path: 0 when no code shares even the division. */
export function cpvDepthOf(target: Pick<MatchTarget, 'cpv'>, profile: BidderProfile): number {
  let depth = 0;
  for (const noticeCode of target.cpv) {
    for (const bidderCode of profile.cpv) {
      const d = sharedCpvDepth(noticeCode, bidderCode);
      if (d >= 2 && d > depth) depth = d;
    }
  }
  return depth;
}

export const yearlyValue = (t: Pick<MatchTarget, 'valueSek' | 'durationMonths'>): number => t.valueSek / Math.max(1, t.durationMonths / 12);
// Formatters built once: toLocaleString per call dominated the cost of a pair.
// Made on first use, not at load (onFirstUse says why).
const svNumber = onFirstUse(() => new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 }));
const enNumber = onFirstUse(() => new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }));
const sek = (n: number) => `${svNumber().format(n)} kr`;
const sekEn = (n: number) => `SEK ${enNumber().format(n)}`;

export function isEligibleForReservation(target: Pick<MatchTarget, 'reservation' | 'reservedForIdeburna'>, profile: BidderProfile): boolean {
  if (target.reservedForIdeburna && !profile.ideburen) return false;
  if (target.reservation === 'res-ws' && profile.disadvantagedShare < ContractLimits.shelteredWorkshopMinShare) return false;
  // 19 kap. 26 § asks for a public-service mission with profits reinvested: the
  // profile records this through idéburen status (non-profit, reinvesting).
  if (target.reservation === 'res-pub-ser' && !profile.ideburen) return false;
  return true;
}

export const isReserved = (t: Pick<MatchTarget, 'reservation' | 'reservedForIdeburna'>) => t.reservation !== 'none' || t.reservedForIdeburna;

/**
 * Which blockers apply to a pair, as bits in blockersFor's order, without their
 * texts: cheap enough to run on every candidate before any scoring.
 */
export const BlockerBits = { deadlinePassed: 1, regionNotServed: 2, notEligibleForReservation: 4, beyondCapacity: 8 } as const;

/** The facts of a target that its blockers depend on, computed once per target. */
export interface BlockerFacts {
  readonly deadlinePassed: boolean;
  readonly nuts: readonly string[];
  readonly reservation: MatchTarget['reservation'];
  readonly reservedForIdeburna: boolean;
  readonly perYear: number;
}

export const blockerFacts = (target: MatchTarget, now: Date): BlockerFacts => ({
  deadlinePassed: Date.parse(target.deadline) <= now.getTime(),
  nuts: target.nuts,
  reservation: target.reservation,
  reservedForIdeburna: target.reservedForIdeburna,
  perYear: yearlyValue(target),
});

export function blockerBitsOf(facts: BlockerFacts, profile: BidderProfile): number {
  let bits = 0;
  if (facts.deadlinePassed) bits |= BlockerBits.deadlinePassed;
  if (!servesAny(profile, facts.nuts)) bits |= BlockerBits.regionNotServed;
  if (!isEligibleForReservation(facts, profile)) bits |= BlockerBits.notEligibleForReservation;
  if (facts.perYear > profile.capacitySekPerYear && !profile.consortiumWilling) bits |= BlockerBits.beyondCapacity;
  return bits;
}

/** Whether the bidder serves one of the regions (a plain loop: this runs for every candidate pair). */
function servesAny(profile: BidderProfile, nuts: readonly string[]): boolean {
  for (let i = 0; i < nuts.length; i++) if (profile.regions.includes(nuts[i]!)) return true;
  return false;
}

export const blockerBits = (target: MatchTarget, profile: BidderProfile, now: Date): number => blockerBitsOf(blockerFacts(target, now), profile);

/** The blocker of one kind (one bit of BlockerBits), with its text. Only beyond-capacity depends on the bidder. */
export function blockerOf(bit: number, target: MatchTarget, profile: BidderProfile): Blocker {
  switch (bit) {
    case BlockerBits.deadlinePassed:
      return { kind: 'deadline-passed', text: { sv: 'Sista dag för anbud har passerat.', en: 'The tender deadline has passed.' } };
    case BlockerBits.regionNotServed:
      return {
        kind: 'region-not-served',
        text: {
          sv: `Uppdraget utförs i ${target.nuts.join(', ')}, där ni inte verkar.`,
          en: `The work is in ${target.nuts.join(', ')}, outside the regions you serve.`,
        },
      };
    case BlockerBits.notEligibleForReservation:
      return {
        kind: 'not-eligible-for-reservation',
        text: target.reservedForIdeburna
          ? {
              sv: 'Upphandlingen är reserverad för idéburna organisationer (LOU 19 kap. 25 a §).',
              en: 'The contract is reserved for non-profit civil-society organisations (LOU 19:25 a).',
            }
          : target.reservation === 'res-ws'
            ? {
                sv: 'Reserverad för leverantörer där minst 30 % av de anställda har funktionsnedsättning eller är missgynnade (LOU 4 kap. 18 §).',
                en: 'Reserved for suppliers where at least 30% of employees are disabled or disadvantaged (LOU 4:18).',
              }
            : {
                sv: 'Reserverad för organisationer med offentligt uppdrag (LOU 19 kap. 25 §).',
                en: 'Reserved for organisations with a public-service mission (LOU 19:25).',
              },
      };
    default: {
      const perYear = yearlyValue(target);
      return {
        kind: 'beyond-capacity',
        text: {
          sv: `Omkring ${sek(perYear)} per år, mer än er kapacitet på ${sek(profile.capacitySekPerYear)}, och ni vill inte lämna anbud i konsortium.`,
          en: `About ${sekEn(perYear)} a year, above your capacity of ${sekEn(profile.capacitySekPerYear)}, and you do not bid in consortia.`,
        },
      };
    }
  }
}

const bitOrder = [BlockerBits.deadlinePassed, BlockerBits.regionNotServed, BlockerBits.notEligibleForReservation, BlockerBits.beyondCapacity] as const;

export function blockersFor(target: MatchTarget, profile: BidderProfile, now: Date): Blocker[] {
  const bits = blockerBits(target, profile, now);
  return bitOrder.filter((bit) => (bits & bit) !== 0).map((bit) => blockerOf(bit, target, profile));
}

/** The match (or near-miss) of one target and one bidder, or undefined when unrelated or blocked twice. */
export function evaluateTarget(target: MatchTarget, prepared: PreparedProfile, now: Date): Match | undefined {
  const profile = prepared.profile;
  const cpv = bestCpv(target, profile);
  if (!cpv) return undefined;
  const blockers = blockersFor(target, profile, now);
  if (blockers.length > 1) return undefined;

  const text = textRelevance(target.text, prepared.text);
  const perYear = yearlyValue(target);
  const capacityFit = perYear <= profile.capacitySekPerYear ? 1 : profile.consortiumWilling ? profile.capacitySekPerYear / perYear : 0;
  const regionFit = target.nuts.some((n) => profile.regions.includes(n)) ? 1 : 0;
  const reservationFit = isReserved(target) && isEligibleForReservation(target, profile) ? 1 : 0;
  const sharedObjectives = target.socialObjectives.filter((o) => profile.socialObjectives.includes(o));
  const objectiveFit = target.socialObjectives.length === 0 ? 0 : sharedObjectives.length / target.socialObjectives.length;
  const cpvLabel = cpv.path.at(-1)?.label ?? { sv: cpv.noticeCode, en: cpv.noticeCode };

  const parts: { kind: ReasonKind; fit: number; text: Reason['text'] }[] = [
    {
      kind: 'cpv',
      fit: DepthFit[cpv.depth] ?? 0,
      text: {
        sv: `CPV ${cpv.noticeCode} delar ${cpv.depth} siffror med er kod ${cpv.bidderCode} (${cpvLabel.sv}).`,
        en: `CPV ${cpv.noticeCode} shares ${cpv.depth} digits with your code ${cpv.bidderCode} (${cpvLabel.en}).`,
      },
    },
    {
      kind: 'text',
      fit: text.score,
      text: { sv: `Gemensamma ord: ${text.matchedWords.join(', ') || 'inga'}.`, en: `Words in common: ${text.matchedWords.join(', ') || 'none'}.` },
    },
    { kind: 'region', fit: regionFit, text: { sv: `Ni verkar i ${target.nuts.join(', ')}.`, en: `You serve ${target.nuts.join(', ')}.` } },
    {
      kind: 'capacity',
      fit: capacityFit,
      text:
        capacityFit === 1
          ? { sv: `Omkring ${sek(perYear)} per år ryms i er kapacitet.`, en: `About ${sekEn(perYear)} a year is within your capacity.` }
          : { sv: `Omkring ${sek(perYear)} per år: möjligt i konsortium.`, en: `About ${sekEn(perYear)} a year: possible in a consortium.` },
    },
    {
      kind: 'reservation',
      fit: reservationFit,
      text: { sv: 'Ni uppfyller villkoren för den reserverade upphandlingen.', en: 'You meet the conditions of the reserved contract.' },
    },
    {
      kind: 'social-objectives',
      fit: objectiveFit,
      text: {
        sv: `Gemensamma sociala mål: ${sharedObjectives.map((o) => labelOf(SocialObjectives, o).sv).join(', ')}.`,
        en: `Social objectives in common: ${sharedObjectives.map((o) => labelOf(SocialObjectives, o).en).join(', ')}.`,
      },
    },
  ];
  const weighted = parts.map((p) => ({ ...p, points: ScoreWeights[p.kind] * p.fit })).filter((p) => p.points > 0);
  const total = weighted.reduce((s, p) => s + p.points, 0);
  return {
    noticeId: target.noticeId,
    lotId: target.lotId,
    orgId: profile.orgId,
    bidderName: profile.name,
    kind: blockers.length === 0 ? 'match' : 'near-miss',
    score: Math.round(total * 10_000) / 10_000,
    reasons: weighted.map((p) => ({ kind: p.kind, share: p.points / total, fit: Math.round(p.fit * 10_000) / 10_000, text: p.text })),
    cpv,
    matchedWords: text.matchedWords,
    blockers,
    title: target.title,
    lotTitle: target.lotTitle,
    valueSek: target.valueSek,
    deadline: target.deadline,
  };
}

/** Every lot of the notice against one bidder, best score first. */
export function matchPair(notice: Notice, profile: BidderProfile, now: Date): Match[] {
  const pp = prepareProfile(profile);
  return prepareNotice(notice)
    .targets.map((t) => evaluateTarget(t, pp, now))
    .filter((m): m is Match => m !== undefined);
}
