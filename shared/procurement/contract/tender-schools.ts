import { array, boolean, enum as zEnum, int, nullable, optional, strictObject, string, type infer as Infer } from 'zod/mini';
import { described, withMeta } from '../../platform/http/contract/schema-meta.js';
import { InstantField } from '../../platform/http/contract/view-fields.js';
import { StatusView, TimelineEntryView } from '../../platform/timeline/timeline-views.js';

/**
 * Tender schools as the API shows them. The buyer's staff see every
 * invitation; an invited bidder sees the school and its own invitation only
 * (who else is invited is not theirs to know).
 */
const Instant = InstantField;

export const TenderSchoolActions = ['invite', 'cancel', 'record-attendance', 'answer'] as const;
export type TenderSchoolAction = (typeof TenderSchoolActions)[number];

export const TenderSchoolInvitationView = withMeta(
  strictObject({
    orgId: described(string(), 'The bidder organisation, for recording its attendance'),
    name: string(),
    reach: described(zEnum(['match', 'near-miss']), "How the school's notices reach the bidder: matched, or nearly (one blocker)"),
    noticeIds: described(array(string()), 'The notices of the school that reach the bidder'),
    invitedAt: Instant,
    answer: described(nullable(strictObject({ coming: boolean(), at: Instant })), 'Null until the bidder answers'),
    attendance: described(nullable(zEnum(['attended', 'absent'])), 'Recorded by the buyer after the school; null until then'),
  }),
  { id: 'TenderSchoolInvitation' },
);
export type TenderSchoolInvitationView = Infer<typeof TenderSchoolInvitationView>;

export const TenderSchoolView = withMeta(
  strictObject({
    id: string(),
    reference: string(),
    version: int(),
    title: string(),
    description: nullable(string()),
    organiser: described(string(), 'The name of the buying organisation'),
    startsAt: described(Instant, 'Shown in Swedish time'),
    endsAt: Instant,
    place: nullable(string()),
    onlineLink: described(nullable(string()), 'An https address'),
    notices: array(strictObject({ id: string(), title: string(), deadline: Instant })),
    phase: described(zEnum(['upcoming', 'held', 'cancelled']), 'Held once its start has passed'),
    cancelled: nullable(strictObject({ at: Instant, reason: string() })),
    status: StatusView,
    invitations: described(array(TenderSchoolInvitationView), "Every invitation for the buyer's staff; only its own for an invited bidder"),
    yourInvitation: described(nullable(TenderSchoolInvitationView), "The reader's own organisation's invitation; null for the buyer's staff"),
    counts: described(
      strictObject({ invited: int(), coming: int(), notComing: int(), unanswered: int(), attended: int(), absent: int() }),
      'Over the invitations listed',
    ),
    allowedActions: described(array(zEnum(TenderSchoolActions)), 'What the reader may do now'),
  }),
  { id: 'TenderSchool' },
);
export type TenderSchoolView = Infer<typeof TenderSchoolView>;

export const TenderSchoolListView = strictObject({ items: described(array(TenderSchoolView), 'Earliest first') });
export type TenderSchoolListView = Infer<typeof TenderSchoolListView>;

export const TenderSchoolTimelineView = strictObject({
  items: described(array(TimelineEntryView), 'Oldest first'),
  next: described(optional(int()), 'Pass as `after` for the next page; absent on the last page'),
});
export type TenderSchoolTimelineView = Infer<typeof TenderSchoolTimelineView>;
