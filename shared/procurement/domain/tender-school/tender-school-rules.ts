import type { Actor } from '../../../platform/auth/actor.js';
import { ConflictError, type FieldError, ForbiddenError, NotFoundError, RuleViolationError, ValidationError } from '../../../platform/errors/domain-errors.js';
import { type TimelineEntry, timelineActor } from '../../../platform/timeline/timeline-entry.js';
import type { Notice } from '../notice.js';
import { closedNoticeRefusal, isNoticeClosed } from '../notice-closed.js';
import type { ReachedBidder } from './reached-bidders.js';
import { type Invitation, phaseOf, type TenderSchool, TenderSchoolLimits } from './tender-school.js';
import type { CreateTenderSchool, RecordAttendance } from './tender-school-input.js';
import { dayText, invitationText, whenText } from './tender-school-texts.js';

/**
 * The rules of a tender school, pure: who may do what, and when. Each change
 * answers the new state, its timeline entries ("who did what") and the
 * organisations to tell of its material entries.
 */
export interface TenderSchoolChange {
  readonly state: TenderSchool;
  readonly timeline: readonly TimelineEntry[];
  /** Organisations told at once (inbox and e-mail) of the change's material entries. */
  readonly tell: readonly string[];
}

const refuse = (path: string, en: string, sv: string): FieldError => ({ path, message: en, text: { sv, en } });
const ruleBroken = (errors: readonly FieldError[]) => {
  const first = errors[0]!;
  throw new RuleViolationError(errors, first.message, first.text);
};

const entry = (actor: Actor, at: string, type: string, text: TimelineEntry['text'], material: boolean, data?: Record<string, unknown>): TimelineEntry => ({
  at,
  actor: timelineActor(actor),
  type,
  text,
  material,
  ...(data ? { data } : {}),
});
const person = (actor: Actor) => ({ sub: actor.sub, name: actor.name });

/** Procurement staff of the school's own public body, and the invited bidders, read it; to anyone else it does not exist. */
export function canReadTenderSchool(school: TenderSchool, actor: Actor): boolean {
  if (actor.role === 'procurement') return actor.publicBody !== undefined && actor.publicBody === school.publicBody;
  if (actor.role === 'civil') return school.invitations.some((i) => i.orgId === actor.org);
  return false;
}

/** The buyer's staff run the school; anyone else who may read it may not change it (403), and to the rest it is missing (404). */
function mustBeOrganisersStaff(school: TenderSchool, actor: Actor): void {
  if (!canReadTenderSchool(school, actor)) throw new NotFoundError({ sv: `Det finns ingen anbudsskola ${school.id}.`, en: `No tender school ${school.id}.` });
  if (actor.role !== 'procurement') {
    throw new ForbiddenError({
      sv: 'Bara upphandlarna som ordnar anbudsskolan kan ändra den.',
      en: 'Only the buyer’s procurement staff change the tender school.',
    });
  }
}

function mustBeOpen(school: TenderSchool): void {
  if (school.cancelled) {
    throw new ConflictError({ sv: `Anbudsskolan "${school.title}" är inställd.`, en: `The tender school "${school.title}" is cancelled.` });
  }
}

function mustBeUpcoming(school: TenderSchool, now: Date, path: string, what: { sv: string; en: string }): void {
  if (phaseOf(school, now) === 'upcoming') return;
  const when = whenText(school.startsAt);
  ruleBroken([refuse(path, `The tender school started on ${when.en}: ${what.en}`, `Anbudsskolan började ${when.sv}: ${what.sv}`)]);
}

/** The invitations for `orgIds` (new ones only), or the reasons some of them cannot be invited. */
function invitationsFor(
  school: Pick<TenderSchool, 'invitations' | 'title'>,
  orgIds: readonly string[],
  reached: ReadonlyMap<string, ReachedBidder>,
  names: ReadonlyMap<string, string>,
  at: string,
): Invitation[] {
  const errors: FieldError[] = [];
  const fresh: Invitation[] = [];
  const seen = new Set(school.invitations.map((i) => i.orgId));
  orgIds.forEach((orgId, i) => {
    if (seen.has(orgId)) return;
    seen.add(orgId);
    const bidder = reached.get(orgId);
    if (!bidder) {
      const name = names.get(orgId) ?? orgId;
      errors.push(
        refuse(
          `orgIds.${i}`,
          `${name} is neither matched nor nearly matched by the school's notices: only the bidders of the reach view can be invited.`,
          `${name} matchas inte och är inte nära att matchas av anbudsskolans upphandlingar. Bara anbudsgivare som upphandlingarna når eller nästan når kan bjudas in.`,
        ),
      );
      return;
    }
    fresh.push({ orgId, name: bidder.name, reach: bidder.reach, noticeIds: bidder.noticeIds, invitedAt: at, answer: null, attendance: null });
  });
  if (errors.length > 0) ruleBroken(errors);
  if (school.invitations.length + fresh.length > TenderSchoolLimits.invitations) {
    ruleBroken([
      refuse(
        'orgIds',
        `A tender school invites at most ${TenderSchoolLimits.invitations} bidders.`,
        `En anbudsskola kan bjuda in högst ${TenderSchoolLimits.invitations} anbudsgivare.`,
      ),
    ]);
  }
  return fresh;
}

const invitedEntry = (actor: Actor, school: TenderSchool, fresh: readonly Invitation[], at: string) =>
  entry(actor, at, 'tender-school-invited', invitationText(school), true, { orgIds: fresh.map((i) => i.orgId) });

/**
 * The buyer's staff arrange a tender school about one or more of their own
 * open notices, before those notices' tender deadlines, and may invite the
 * bidders those notices reach or nearly reach at once.
 */
export function createTenderSchool(
  input: CreateTenderSchool,
  context: {
    readonly id: string;
    readonly reference: string;
    /** The notices named in the input, in its order; undefined where none has the id. */
    readonly notices: readonly (Notice | undefined)[];
    readonly reached: ReadonlyMap<string, ReachedBidder>;
    readonly organiserName: string;
    /** Registry names of organisations that are not among the reached bidders, for the refusal. */
    readonly names?: ReadonlyMap<string, string>;
  },
  actor: Actor,
  now: Date,
): TenderSchoolChange {
  if (actor.role !== 'procurement' || actor.publicBody === undefined) {
    throw new ForbiddenError({ sv: 'Bara upphandlare ordnar anbudsskolor.', en: 'Only procurement staff arrange tender schools.' });
  }
  const place = input.place?.trim() || null;
  const onlineLink = input.onlineLink?.trim() || null;
  if (!place && !onlineLink) {
    const text = { sv: 'Ange en plats eller en länk till ett digitalt möte (eller båda).', en: 'Give a place or a link to an online meeting (or both).' };
    throw new ValidationError(
      [
        { path: 'place', message: text.en, text },
        { path: 'onlineLink', message: text.en, text },
      ],
      text,
    );
  }
  const errors: FieldError[] = [];
  const ids = new Set<string>();
  const notices: Notice[] = [];
  context.notices.forEach((notice, i) => {
    const path = `noticeIds.${i}`;
    const id = input.noticeIds[i] ?? '';
    if (ids.has(id)) return;
    ids.add(id);
    if (!notice) {
      errors.push(refuse(path, `No notice ${id}.`, `Det finns ingen upphandling ${id}.`));
      return;
    }
    if (notice.publicBody === undefined || notice.publicBody !== actor.publicBody) {
      errors.push(
        refuse(
          path,
          `"${notice.title}" belongs to another region or municipality than yours: a tender school is about your own notices.`,
          `"${notice.title}" tillhör en annan region eller kommun än er. En anbudsskola gäller era egna upphandlingar.`,
        ),
      );
      return;
    }
    if (isNoticeClosed(notice, now)) {
      errors.push(closedNoticeRefusal(notice, path, { sv: 'den kan inte tas med i en anbudsskola.', en: 'it cannot be part of a tender school.' }));
      return;
    }
    notices.push(notice);
  });
  const starts = Date.parse(input.startsAt);
  if (starts <= now.getTime()) {
    errors.push(
      refuse('startsAt', 'The tender school would be in the past: choose a later time.', 'Tiden för anbudsskolan har redan varit. Välj en senare tid.'),
    );
  } else {
    for (const notice of notices) {
      if (starts < Date.parse(notice.deadline)) continue;
      const deadline = dayText(notice.deadline);
      errors.push(
        refuse(
          'startsAt',
          `The tender school must be held before the tender deadline of "${notice.title}" (${deadline.en}), or it cannot help anyone bid.`,
          `Anbudsskolan måste hållas före sista anbudsdag för "${notice.title}" (${deadline.sv}), annars hjälper den ingen att lämna anbud.`,
        ),
      );
    }
  }
  if (errors.length > 0) ruleBroken(errors);

  const at = now.toISOString();
  const base: TenderSchool = {
    id: context.id,
    reference: context.reference,
    publicBody: actor.publicBody,
    organiser: { orgId: actor.org, name: context.organiserName },
    title: input.title,
    description: input.description?.trim() || null,
    startsAt: new Date(starts).toISOString(),
    durationMinutes: input.durationMinutes,
    place,
    onlineLink,
    notices: notices.map((n) => ({ id: n.id, title: n.title, deadline: n.deadline })),
    invitations: [],
    cancelled: null,
    createdAt: at,
    createdBy: person(actor),
  };
  const fresh = invitationsFor(base, input.orgIds, context.reached, context.names ?? new Map(), at);
  const state: TenderSchool = { ...base, invitations: fresh };
  const when = whenText(state.startsAt);
  const created = entry(
    actor,
    at,
    'tender-school-created',
    { sv: `${actor.name} ordnade anbudsskolan "${state.title}" ${when.sv}.`, en: `${actor.name} arranged the tender school "${state.title}" on ${when.en}.` },
    false,
  );
  return { state, timeline: fresh.length > 0 ? [created, invitedEntry(actor, state, fresh, at)] : [created], tell: fresh.map((i) => i.orgId) };
}

/** More bidders of the notices' reach view, while the school is still ahead. Those already invited are left as they are. */
export function inviteToTenderSchool(
  school: TenderSchool,
  orgIds: readonly string[],
  reached: ReadonlyMap<string, ReachedBidder>,
  actor: Actor,
  now: Date,
  names: ReadonlyMap<string, string> = new Map(),
): TenderSchoolChange {
  mustBeOrganisersStaff(school, actor);
  mustBeOpen(school);
  mustBeUpcoming(school, now, 'orgIds', { sv: 'ingen fler kan bjudas in.', en: 'nobody more can be invited.' });
  const at = now.toISOString();
  const fresh = invitationsFor(school, orgIds, reached, names, at);
  if (fresh.length === 0) {
    ruleBroken([refuse('orgIds', 'Every one of them is already invited.', 'Alla de valda är redan inbjudna.')]);
  }
  const state: TenderSchool = { ...school, invitations: [...school.invitations, ...fresh] };
  return { state, timeline: [invitedEntry(actor, state, fresh, at)], tell: fresh.map((i) => i.orgId) };
}

/** An invited bidder says whether it comes; it may change its mind until the school starts. */
export function answerInvitation(school: TenderSchool, coming: boolean, actor: Actor, now: Date): TenderSchoolChange {
  const own = actor.role === 'civil' ? school.invitations.find((i) => i.orgId === actor.org) : undefined;
  if (!own) {
    if (!canReadTenderSchool(school, actor)) throw new NotFoundError({ sv: `Det finns ingen anbudsskola ${school.id}.`, en: `No tender school ${school.id}.` });
    throw new ForbiddenError({ sv: 'Bara de inbjudna anbudsgivarna svarar på inbjudan.', en: 'Only the invited bidders answer the invitation.' });
  }
  mustBeOpen(school);
  mustBeUpcoming(school, now, 'coming', { sv: 'svar tas inte längre emot.', en: 'answers are no longer taken.' });
  const at = now.toISOString();
  const answered: Invitation = { ...own, answer: { coming, at, by: person(actor) } };
  const state: TenderSchool = { ...school, invitations: school.invitations.map((i) => (i.orgId === own.orgId ? answered : i)) };
  const text = coming
    ? { sv: `${own.name} kommer till anbudsskolan "${school.title}".`, en: `${own.name} is coming to the tender school "${school.title}".` }
    : { sv: `${own.name} kommer inte till anbudsskolan "${school.title}".`, en: `${own.name} is not coming to the tender school "${school.title}".` };
  // Not material: the buyer reads the answers on the school's page (and in the digest), nobody is e-mailed for each.
  return { state, timeline: [entry(actor, at, 'tender-school-answered', text, false, { orgId: own.orgId, coming })], tell: [] };
}

/** After the school has started, the buyer records who attended (some or all of the invited; a later record replaces an earlier one). */
export function recordAttendance(school: TenderSchool, input: RecordAttendance['attendance'], actor: Actor, now: Date): TenderSchoolChange {
  mustBeOrganisersStaff(school, actor);
  mustBeOpen(school);
  if (phaseOf(school, now) === 'upcoming') {
    const when = whenText(school.startsAt);
    ruleBroken([
      refuse(
        'attendance',
        `The tender school is held on ${when.en}: attendance is recorded after it has started.`,
        `Anbudsskolan hålls ${when.sv}. Närvaron förs in först när den har börjat.`,
      ),
    ]);
  }
  const byOrg = new Map(school.invitations.map((i) => [i.orgId, i]));
  const errors: FieldError[] = [];
  input.forEach((line, i) => {
    if (!byOrg.has(line.orgId)) {
      errors.push(refuse(`attendance.${i}.orgId`, `${line.orgId} was not invited to the tender school.`, `${line.orgId} var inte inbjuden till anbudsskolan.`));
    }
  });
  if (errors.length > 0) ruleBroken(errors);
  const at = now.toISOString();
  const recorded = new Map(input.map((l) => [l.orgId, l.attended]));
  const state: TenderSchool = {
    ...school,
    invitations: school.invitations.map((inv) =>
      recorded.has(inv.orgId) ? { ...inv, attendance: { attended: recorded.get(inv.orgId)!, at, by: person(actor) } } : inv,
    ),
  };
  const attended = state.invitations.filter((i) => recorded.has(i.orgId) && i.attendance?.attended).map((i) => i.name);
  const absent = state.invitations.filter((i) => recorded.has(i.orgId) && i.attendance && !i.attendance.attended).map((i) => i.name);
  const list = (names: string[], none: string) => (names.length > 0 ? names.join(', ') : none);
  const text = {
    sv: `${actor.name} förde in närvaron på anbudsskolan "${school.title}". Deltog: ${list(attended, 'ingen')}. Deltog inte: ${list(absent, 'ingen')}.`,
    en: `${actor.name} recorded the attendance of the tender school "${school.title}". Attended: ${list(attended, 'nobody')}. Absent: ${list(absent, 'nobody')}.`,
  };
  return { state, timeline: [entry(actor, at, 'tender-school-attendance-recorded', text, false, { attendance: input })], tell: [] };
}

/** The buyer cancels a school that has not started, with a reason every invited bidder is told. */
export function cancelTenderSchool(school: TenderSchool, reason: string, actor: Actor, now: Date): TenderSchoolChange {
  mustBeOrganisersStaff(school, actor);
  mustBeOpen(school);
  mustBeUpcoming(school, now, 'reason', { sv: 'den kan inte ställas in i efterhand.', en: 'it cannot be cancelled afterwards.' });
  const at = now.toISOString();
  const state: TenderSchool = { ...school, cancelled: { at, reason, by: person(actor) } };
  const when = whenText(school.startsAt);
  const text = {
    sv: `Anbudsskolan "${school.title}" ${when.sv} är inställd. Skäl: ${reason}`,
    en: `The tender school "${school.title}" on ${when.en} is cancelled. Reason: ${reason}`,
  };
  return { state, timeline: [entry(actor, at, 'tender-school-cancelled', text, true)], tell: school.invitations.map((i) => i.orgId) };
}
