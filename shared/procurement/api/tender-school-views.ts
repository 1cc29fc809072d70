import type { Actor } from '../../platform/auth/actor.js';
import type { TenderSchoolAction, TenderSchoolInvitationView, TenderSchoolView } from '../contract/tender-schools.js';
import { endOf, type Invitation, phaseOf, type TenderSchool } from '../domain/tender-school/tender-school.js';
import { tenderSchoolStatus } from '../domain/tender-school/tender-school-status.js';

const invitationView = (i: Invitation): TenderSchoolInvitationView => ({
  orgId: i.orgId,
  name: i.name,
  reach: i.reach,
  noticeIds: [...i.noticeIds],
  invitedAt: i.invitedAt,
  answer: i.answer && { coming: i.answer.coming, at: i.answer.at },
  attendance: i.attendance === null ? null : i.attendance.attended ? 'attended' : 'absent',
});

/** What the reader may do now: the buyer's staff run it, an invited bidder answers until the start. */
function allowedActions(school: TenderSchool, reader: Actor, now: Date): TenderSchoolAction[] {
  const phase = phaseOf(school, now);
  if (reader.role === 'procurement') return phase === 'upcoming' ? ['invite', 'cancel'] : phase === 'held' ? ['record-attendance'] : [];
  return phase === 'upcoming' ? ['answer'] : [];
}

/** The school as its reader may see it: the buyer's staff every invitation, a bidder its own only. Who read it is checked before. */
export function toTenderSchoolView(school: TenderSchool, version: number, reader: Actor, now: Date): TenderSchoolView {
  const own = reader.role === 'civil' ? school.invitations.find((i) => i.orgId === reader.org) : undefined;
  const listed = reader.role === 'procurement' ? school.invitations : own ? [own] : [];
  const status = tenderSchoolStatus(school, now);
  // A bidder learns whether it acts, not which other organisations have not answered.
  const whoActs = reader.role === 'procurement' ? status.whoActs : { ...status.whoActs, orgs: status.whoActs.orgs.filter((o) => o === reader.org) };
  const count = (p: (i: Invitation) => boolean) => listed.filter(p).length;
  return {
    id: school.id,
    reference: school.reference,
    version,
    title: school.title,
    description: school.description,
    organiser: school.organiser.name,
    startsAt: school.startsAt,
    endsAt: endOf(school),
    place: school.place,
    onlineLink: school.onlineLink,
    notices: school.notices.map((n) => ({ id: n.id, title: n.title, deadline: n.deadline })),
    phase: phaseOf(school, now),
    cancelled: school.cancelled && { at: school.cancelled.at, reason: school.cancelled.reason },
    status: {
      headline: status.headline,
      next: status.next,
      whoActs: { orgs: [...whoActs.orgs], roles: [...whoActs.roles], label: whoActs.label },
      dueAt: status.dueAt,
    },
    invitations: listed.map(invitationView),
    yourInvitation: own ? invitationView(own) : null,
    counts: {
      invited: listed.length,
      coming: count((i) => i.answer?.coming === true),
      notComing: count((i) => i.answer?.coming === false),
      unanswered: count((i) => i.answer === null),
      attended: count((i) => i.attendance?.attended === true),
      absent: count((i) => i.attendance?.attended === false),
    },
    allowedActions: allowedActions(school, reader, now),
  };
}
