import type { LocalizedText } from '../../../platform/timeline/timeline-entry.js';
import type { CpvLevel } from '../../reference-data/cpv.js';

/** Why a bidder cannot bid for a notice or lot as things stand. */
export const BlockerKinds = {
  deadlinePassed: 'deadline-passed',
  regionNotServed: 'region-not-served',
  notEligibleForReservation: 'not-eligible-for-reservation',
  beyondCapacity: 'beyond-capacity',
} as const;
export type BlockerKind = (typeof BlockerKinds)[keyof typeof BlockerKinds];

export interface Blocker {
  readonly kind: BlockerKind;
  readonly text: LocalizedText;
}

/** The parts of the score; each reason says how much of the score it carries. */
export const ReasonKinds = {
  cpv: 'cpv',
  text: 'text',
  region: 'region',
  capacity: 'capacity',
  reservation: 'reservation',
  socialObjectives: 'social-objectives',
} as const;
export type ReasonKind = (typeof ReasonKinds)[keyof typeof ReasonKinds];

export interface Reason {
  readonly kind: ReasonKind;
  /** This reason's part of the score; the shares of a match sum to 1. */
  readonly share: number;
  /** How well this aspect fits, 0–1, before weighting. */
  readonly fit: number;
  readonly text: LocalizedText;
}

export interface CpvMatch {
  readonly noticeCode: string;
  readonly bidderCode: string;
  /** Shared prefix digits: 2 division, 3 group, 4 class, 5 category, 8 the same code. */
  readonly depth: number;
  readonly level: CpvLevel;
  /** The shared part of the hierarchy, division first. */
  readonly path: readonly { readonly code: string; readonly label: LocalizedText }[];
}

export const MatchKinds = { match: 'match', nearMiss: 'near-miss' } as const;
export type MatchKind = (typeof MatchKinds)[keyof typeof MatchKinds];

/** A notice (or one of its lots) × a bidder, with the reasons and any blocker. */
export interface Match {
  readonly noticeId: string;
  readonly lotId: string;
  readonly orgId: string;
  /** The bidder's name, so the buyer's view can say who without another read. */
  readonly bidderName: string;
  readonly kind: MatchKind;
  /** 0–1, four decimals. */
  readonly score: number;
  readonly reasons: readonly Reason[];
  readonly cpv: CpvMatch;
  readonly matchedWords: readonly string[];
  /** Empty for a match; exactly one for a near-miss. */
  readonly blockers: readonly Blocker[];
  readonly title: string;
  readonly lotTitle: string | null;
  readonly valueSek: number;
  readonly deadline: string;
}
