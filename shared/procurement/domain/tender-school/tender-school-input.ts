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
import { TenderSchoolLimits } from './tender-school.js';

/**
 * What the tender school routes take. Apart from the model so that readers of
 * a school (the notifier) do not load the schemas.
 */
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
