/**
 * A tender school (anbudsskola): the buyer's public body invites the small
 * bidders its open notices reach or nearly reach to learn how to bid, at a
 * place or online. Invited bidders answer whether they come; after it has
 * been held the buyer records who attended. It belongs to the public body,
 * not to one notice: one school may be about several notices.
 */
export interface TenderSchool {
  readonly id: string;
  /** "AS-2027-1A2B3C", what people quote. */
  readonly reference: string;
  readonly publicBody: string;
  /** The organisation of the staff member who arranged it, and its name (the buyer as invitees read it). */
  readonly organiser: { readonly orgId: string; readonly name: string };
  readonly title: string;
  readonly description: string | null;
  /** When it starts (an instant; shown in Swedish time). */
  readonly startsAt: string;
  readonly durationMinutes: number;
  readonly place: string | null;
  /** An https address of the online meeting. */
  readonly onlineLink: string | null;
  /** The notices it is about, as they were when it was arranged. */
  readonly notices: readonly TenderSchoolNotice[];
  readonly invitations: readonly Invitation[];
  readonly cancelled: { readonly at: string; readonly reason: string; readonly by: PersonRef } | null;
  readonly createdAt: string;
  readonly createdBy: PersonRef;
}

export interface TenderSchoolNotice {
  readonly id: string;
  readonly title: string;
  readonly deadline: string;
}

export interface PersonRef {
  readonly sub: string;
  readonly name: string;
}

/** How the bidder was found: matched by a notice, or nearly (excluded by one blocker). */
export type ReachKind = 'match' | 'near-miss';

export interface Invitation {
  readonly orgId: string;
  readonly name: string;
  readonly reach: ReachKind;
  /** Which of the school's notices reach the bidder (or nearly do). */
  readonly noticeIds: readonly string[];
  readonly invitedAt: string;
  readonly answer: { readonly coming: boolean; readonly at: string; readonly by: PersonRef } | null;
  /** Recorded by the buyer once the school has been held. */
  readonly attendance: { readonly attended: boolean; readonly at: string; readonly by: PersonRef } | null;
}

/** Where a school stands, computed from the clock, never stored. */
export type TenderSchoolPhase = 'upcoming' | 'held' | 'cancelled';

export function phaseOf(school: Pick<TenderSchool, 'cancelled' | 'startsAt'>, now: Date): TenderSchoolPhase {
  if (school.cancelled) return 'cancelled';
  return now.getTime() >= Date.parse(school.startsAt) ? 'held' : 'upcoming';
}

/** Held: not cancelled and its start has passed (the yearly overview counts these). */
export const isHeld = (school: Pick<TenderSchool, 'cancelled' | 'startsAt'>, now: Date): boolean => phaseOf(school, now) === 'held';

export const endOf = (school: Pick<TenderSchool, 'startsAt' | 'durationMinutes'>): string =>
  new Date(Date.parse(school.startsAt) + school.durationMinutes * 60_000).toISOString();

/** Most notices one school is about, and most bidders invited in one request. */
export const TenderSchoolLimits = { notices: 20, invitedPerRequest: 200, invitations: 1000 } as const;
