import {
  _default,
  array,
  discriminatedUnion,
  enum as zEnum,
  int,
  literal,
  maxLength,
  minimum,
  optional,
  strictObject,
  string,
  type infer as Infer,
} from 'zod/mini';
import { RuleViolationError } from '../../../platform/errors/domain-errors.js';
import { CpvCodeSchema } from '../codes.js';
import { type Lot, MaxLots, type Notice } from '../notice.js';
import { noticeRuleViolations } from '../notice-rules.js';
import type { BidderProfile } from '../bidder-profile.js';
import { type MatchableProfile, type PreparedProfile, preparedProfile } from './evaluate-match.js';
import { assertBreakdown, breakdownOf, type WhatIfBreakdown, WhatIfBreakdownSchema } from './what-if-breakdown.js';
import type { NoticeReach } from './reach.js';
import { nearMissedOrgs, reachedOrgs } from './reach.js';
import { reachAmong } from './reach-evaluation.js';

/** The smallest lot a split may ask for. */
const MinLotValueSek = 10_000;

/** A buyer's "what if": split into lots, reserve, or change a CPV code (POST /procurement/notices/{id}/what-if). */
export const WhatIfSchema = discriminatedUnion('kind', [
  strictObject({
    kind: literal('split-into-lots'),
    lotValueSek: int().check(minimum(MinLotValueSek)),
    /** The answer split by region or lot-size band as well (what-if-breakdown.ts). */
    breakdown: optional(WhatIfBreakdownSchema),
  }),
  strictObject({ kind: literal('reserve'), reservation: zEnum(['res-ws', 'res-pub-ser', 'ideburna']), breakdown: optional(WhatIfBreakdownSchema) }),
  strictObject({
    kind: literal('set-cpv'),
    breakdown: optional(WhatIfBreakdownSchema),
    /** Change the main code (of a lot, when lotId is given). */
    main: optional(CpvCodeSchema),
    /** Codes to add to the additional codes. */
    add: _default(array(CpvCodeSchema).check(maxLength(10)), []),
    lotId: optional(string()),
  }),
]);
export type WhatIf = Infer<typeof WhatIfSchema>;

export interface WhatIfResult {
  readonly change: WhatIf;
  readonly before: NoticeReach;
  readonly after: NoticeReach;
  /** Bidders reached after the change but not before. */
  readonly gained: readonly string[];
  /** Bidders reached before but not after (a reservation can exclude some). */
  readonly lost: readonly string[];
  /** Near-misses before that the change turns into matches. */
  readonly nearMissesResolved: readonly string[];
  /** When the change asked for one: the bidders before and after per region or lot-size band. */
  readonly breakdown?: WhatIfBreakdown;
}

/** How many lots a split into lots of `lotValueSek` makes (the last one takes the rest). */
export const lotsOfSplit = (valueSek: number, lotValueSek: number): number => Math.max(1, Math.ceil(valueSek / lotValueSek));

const thousands = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

function tooManyLots(valueSek: number, lotValueSek: number, count: number): RuleViolationError {
  const smallest = Math.max(MinLotValueSek, Math.ceil(valueSek / MaxLots));
  const message =
    `Lots of ${thousands(lotValueSek)} SEK would split ${thousands(valueSek)} SEK into ${thousands(count)} lots; at most ${MaxLots} ` +
    `(lots of at least ${thousands(smallest)} SEK)`;
  const kr = (n: number) => n.toLocaleString('sv-SE');
  const text = {
    sv: `Delområden på ${kr(lotValueSek)} kr skulle dela ${kr(valueSek)} kr i ${kr(count)} delområden. Högst ${MaxLots} går (delområden på minst ${kr(smallest)} kr).`,
    en: `${message}.`,
  };
  return new RuleViolationError([{ path: 'lotValueSek', message, text }], {
    sv: `En upphandling får ha högst ${MaxLots} delområden.`,
    en: `A notice may have at most ${MaxLots} lots.`,
  });
}

/** The notice as it would be after the change; 422 if the change breaks a rule (e.g. 19 kap. 25 § on another CPV). */
export function applyWhatIf(notice: Notice, change: WhatIf): Notice {
  if (change.breakdown) assertBreakdown(change.breakdown);
  switch (change.kind) {
    case 'split-into-lots': {
      const count = lotsOfSplit(notice.estimatedValueSek, change.lotValueSek);
      // Refused before any lot is made: the count is only bounded by value / 10,000 (up to 10^8).
      if (count > MaxLots) throw tooManyLots(notice.estimatedValueSek, change.lotValueSek, count);
      const base = Math.floor(notice.estimatedValueSek / count);
      const lots: Lot[] = Array.from({ length: count }, (_, i) => ({
        id: `L${i + 1}`,
        title: `${notice.title}, del ${i + 1}`,
        valueSek: i === count - 1 ? notice.estimatedValueSek - base * (count - 1) : base,
        cpv: notice.lots[0]?.cpv ?? notice.cpv,
        durationMonths: notice.durationMonths,
      }));
      return { ...notice, lots, maxLotsBidPerSupplier: undefined, maxLotsAwardedPerSupplier: undefined };
    }
    case 'reserve':
      return change.reservation === 'ideburna' ? { ...notice, reservedForIdeburna: true } : { ...notice, reservation: change.reservation };
    case 'set-cpv': {
      const edit = <T extends { cpv: Notice['cpv'] }>(x: T): T => ({
        ...x,
        cpv: {
          main: change.main ?? x.cpv.main,
          additional: [...new Set([...x.cpv.additional, ...change.add])].filter((c) => c !== (change.main ?? x.cpv.main)),
        },
      });
      if (change.lotId === undefined) return edit(notice);
      if (!notice.lots.some((l) => l.id === change.lotId)) {
        throw new RuleViolationError([
          {
            path: 'lotId',
            message: `The notice has no lot ${change.lotId}`,
            text: { sv: `Upphandlingen har inget delområde ${change.lotId}.`, en: `The notice has no lot ${change.lotId}.` },
          },
        ]);
      }
      return { ...notice, lots: notice.lots.map((l) => (l.id === change.lotId ? edit(l) : l)) };
    }
  }
}

/** The changed notice (same id), or 422 when the change breaks a rule; the deadline is not re-checked. */
export function changedNotice(notice: Notice, change: WhatIf, now: Date): Notice {
  const changed = { ...applyWhatIf(notice, change), id: notice.id };
  const errors = noticeRuleViolations(changed, now).filter((e) => e.path !== 'deadline');
  if (errors.length > 0) {
    throw new RuleViolationError(errors, {
      sv: 'Ändringen skulle gå emot en regel i lagen om offentlig upphandling (LOU). Se felen vid fälten.',
      en: 'The change would break a rule of the Public Procurement Act.',
    });
  }
  return changed;
}

/** A what-if is about the design of the contract: it is judged just before the deadline at the latest. */
export const whatIfInstant = (notice: Notice, now: Date): Date => new Date(Math.min(now.getTime(), Date.parse(notice.deadline) - 1));

/** Who is gained, lost and turned from near-miss into match between two reach views. */
export function compareReach(change: WhatIf, before: NoticeReach, after: NoticeReach): WhatIfResult {
  const [rb, ra, nb] = [reachedOrgs(before), reachedOrgs(after), nearMissedOrgs(before)];
  const sorted = (s: Iterable<string>) => [...s].sort();
  return {
    change,
    before,
    after,
    gained: sorted([...ra].filter((o) => !rb.has(o))),
    lost: sorted([...rb].filter((o) => !ra.has(o))),
    nearMissesResolved: sorted([...nb].filter((o) => ra.has(o))),
  };
}

/**
 * Reach before and after a change, over the candidate profiles (those sharing
 * a bucket, match-buckets.ts, with the notice before or after the change). The deadline is
 * not re-checked: a what-if is about the design of the contract.
 * Both views come from reachAmong, which blocks and scores each pair only as
 * far as the reach view needs; equal to the full matches (see the property test).
 */
export function whatIf(notice: Notice, change: WhatIf, candidates: Iterable<BidderProfile | PreparedProfile>, now: Date): WhatIfResult {
  const changed = changedNotice(notice, change, now);
  const profiles = Array.from(candidates, preparedProfile);
  const at = whatIfInstant(notice, now);
  const result = compareReach(change, reachAmong(notice, profiles, at), reachAmong(changed, profiles, at));
  return withBreakdown(
    result,
    profiles.map((p) => p.profile),
  );
}

/** The result with the breakdown its change asks for, counted over the profiles it was computed from. */
export function withBreakdown(result: WhatIfResult, profiles: Iterable<MatchableProfile>): WhatIfResult {
  const request = result.change.breakdown;
  return request ? { ...result, breakdown: breakdownOf(request, result.before, result.after, profiles) } : result;
}
