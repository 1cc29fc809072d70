import {
  _default,
  array,
  boolean,
  int,
  iso,
  maxLength,
  maximum,
  minimum,
  minLength,
  optional,
  regex,
  strictObject,
  string,
  trim,
  type infer as Infer,
} from 'zod/mini';

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

const Id = string().check(minLength(1), maxLength(100));
const OrgIds = array(Id).check(maxLength(TenderSchoolLimits.invitedPerRequest));
const ExpectedVersion = optional(int().check(minimum(1)));

/** POST /procurement/tender-schools: the school and, optionally, its first invitations. */
export const CreateTenderSchoolSchema = strictObject({
  title: string().check(trim(), minLength(1), maxLength(200)),
  description: optional(string().check(trim(), maxLength(2000))),
  /** ISO 8601 with its offset, e.g. 2027-04-08T09:00:00+02:00 (Swedish summer time). */
  startsAt: iso.datetime({ offset: true }),
  durationMinutes: _default(int().check(minimum(15), maximum(8 * 60)), 120),
  place: optional(string().check(trim(), maxLength(300))),
  onlineLink: optional(string().check(trim(), maxLength(500), regex(/^https:\/\/[^\s/$.?#][^\s]*$/, 'An https:// address'))),
  noticeIds: array(Id).check(minLength(1), maxLength(TenderSchoolLimits.notices)),
  orgIds: _default(OrgIds, []),
});
export type CreateTenderSchool = Infer<typeof CreateTenderSchoolSchema>;

/** POST /procurement/tender-schools/{id}/invitations */
export const InviteToTenderSchoolSchema = strictObject({
  orgIds: array(Id).check(minLength(1), maxLength(TenderSchoolLimits.invitedPerRequest)),
  expectedVersion: ExpectedVersion,
});
export type InviteToTenderSchool = Infer<typeof InviteToTenderSchoolSchema>;

/** POST /procurement/tender-schools/{id}/cancel */
export const CancelTenderSchoolSchema = strictObject({
  reason: string().check(trim(), minLength(1), maxLength(1000)),
  expectedVersion: ExpectedVersion,
});
export type CancelTenderSchool = Infer<typeof CancelTenderSchoolSchema>;

/** POST /procurement/tender-schools/{id}/attendance: who attended, for some or all of the invited. */
export const RecordAttendanceSchema = strictObject({
  attendance: array(strictObject({ orgId: Id, attended: boolean() })).check(minLength(1), maxLength(TenderSchoolLimits.invitations)),
  expectedVersion: ExpectedVersion,
});
export type RecordAttendance = Infer<typeof RecordAttendanceSchema>;

/** POST /procurement/tender-schools/{id}/answer: the invited bidder says whether it comes. */
export const AnswerInvitationSchema = strictObject({
  coming: boolean(),
  expectedVersion: ExpectedVersion,
});
export type AnswerInvitation = Infer<typeof AnswerInvitationSchema>;
