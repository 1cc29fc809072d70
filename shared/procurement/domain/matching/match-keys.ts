import type { Match } from './match-types.js';

/**
 * Stored match items, so that each read is one Query:
 *  - a bidder's matches, best first: pk = BIDDER#<orgId>#MATCHES, sk = <inverted score>#<noticeId>#<lotId>
 *  - a notice's reverse view per lot: gsi1pk = NOTICE#<id>#MATCHES, gsi1sk = <lotId>#<inverted score>#<orgId>
 * Scores are stored as 0–10000 and inverted so ascending key order is best first.
 */
export const SCORE_SCALE = 10_000;

export const invertedScore = (score: number): string => String(SCORE_SCALE - Math.round(Math.min(1, Math.max(0, score)) * SCORE_SCALE)).padStart(5, '0');

export const bidderMatchesPk = (orgId: string): string => `BIDDER#${orgId}#MATCHES`;
export const bidderMatchSk = (m: Pick<Match, 'score' | 'noticeId' | 'lotId'>): string => `${invertedScore(m.score)}#${m.noticeId}#${m.lotId}`;
export const noticeMatchesGsi1pk = (noticeId: string): string => `NOTICE#${noticeId}#MATCHES`;
export const noticeMatchGsi1sk = (m: Pick<Match, 'score' | 'lotId' | 'orgId'>): string => `${m.lotId}#${invertedScore(m.score)}#${m.orgId}`;

export interface MatchItemKeys {
  readonly pk: string;
  readonly sk: string;
  readonly gsi1pk: string;
  readonly gsi1sk: string;
}

export function matchItemKeys(m: Match): MatchItemKeys {
  return { pk: bidderMatchesPk(m.orgId), sk: bidderMatchSk(m), gsi1pk: noticeMatchesGsi1pk(m.noticeId), gsi1sk: noticeMatchGsi1sk(m) };
}

/** Sort order of both views, same as the key order: best score first, then ids. */
export function compareForBidder(a: Match, b: Match): number {
  return bidderMatchSk(a) < bidderMatchSk(b) ? -1 : bidderMatchSk(a) > bidderMatchSk(b) ? 1 : 0;
}
export function compareForNotice(a: Match, b: Match): number {
  return noticeMatchGsi1sk(a) < noticeMatchGsi1sk(b) ? -1 : noticeMatchGsi1sk(a) > noticeMatchGsi1sk(b) ? 1 : 0;
}

/**
 * What to write when the matches of one notice or one profile are recomputed:
 * items whose key is gone are deleted, the rest are put (a changed score moves the key).
 */
export function planMatchWrites(
  existing: readonly Pick<MatchItemKeys, 'pk' | 'sk'>[],
  next: readonly Match[],
): {
  puts: { keys: MatchItemKeys; match: Match }[];
  deletes: Pick<MatchItemKeys, 'pk' | 'sk'>[];
} {
  const puts = next.map((match) => ({ keys: matchItemKeys(match), match }));
  const keep = new Set(puts.map((p) => `${p.keys.pk}\u0000${p.keys.sk}`));
  return { puts, deletes: existing.filter((k) => !keep.has(`${k.pk}\u0000${k.sk}`)).map((k) => ({ pk: k.pk, sk: k.sk })) };
}
