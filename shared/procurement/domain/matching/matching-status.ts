/**
 * Whether the stored matches of a notice or profile are those of its current
 * version. Each write of a notice or profile gets a new revision; the recompute
 * from the stream records the revision it computed from. Until the two agree,
 * the views say the matches are being updated.
 */
export interface MatchingRecord {
  /** The revision the stored matches were computed from. */
  readonly revision: string;
  /** When that recompute finished. */
  readonly at: string;
}

export interface MatchingStatus {
  readonly updating: boolean;
  /** When the matches were last recomputed (absent before the first recompute). */
  readonly updatedAt?: string;
}

export function matchingStatusOf(currentRevision: string | undefined, record: MatchingRecord | undefined): MatchingStatus {
  // An item stored before revisions existed was indexed the old way, in the request that wrote it.
  const current = currentRevision ?? '';
  if (!record) return { updating: current !== '' };
  return { updating: record.revision !== current, updatedAt: record.at };
}

/** A notice whose tender deadline has passed can no longer be bid for: it has no stored matches. */
export const isClosedForMatching = (notice: { readonly deadline: string }, now: Date): boolean => Date.parse(notice.deadline) <= now.getTime();
