import { describe, expect, it } from 'vitest';
import { seedNotices } from '../../../../local/seed/procurement-seed.js';
import type { Actor } from '../../../../shared/platform/auth/actor.js';
import {
  ConflictError,
  type DomainError,
  ForbiddenError,
  NotFoundError,
  RuleViolationError,
  ValidationError,
} from '../../../../shared/platform/errors/domain-errors.js';
import type { Notice } from '../../../../shared/procurement/domain/notice.js';
import { toTenderSchoolView } from '../../../../shared/procurement/api/tender-school-views.js';
import { TenderSchoolView } from '../../../../shared/procurement/contract/tender-schools.js';
import { reachedBidders } from '../../../../shared/procurement/domain/tender-school/reached-bidders.js';
import { isHeld, phaseOf, type TenderSchool } from '../../../../shared/procurement/domain/tender-school/tender-school.js';
import { CreateTenderSchoolSchema } from '../../../../shared/procurement/domain/tender-school/tender-school-input.js';
import {
  answerInvitation,
  canReadTenderSchool,
  cancelTenderSchool,
  createTenderSchool,
  inviteToTenderSchool,
  recordAttendance,
} from '../../../../shared/procurement/domain/tender-school/tender-school-rules.js';
import { tenderSchoolStatus } from '../../../../shared/procurement/domain/tender-school/tender-school-status.js';
import { whenText } from '../../../../shared/procurement/domain/tender-school/tender-school-texts.js';

const t0 = new Date('2027-04-01T08:00:00Z');
const [first, second] = seedNotices(t0);
const notice: Notice = { ...first!, id: 'N-1', title: 'Anhörigstöd i Borås', deadline: '2027-04-20T12:00:00+02:00', publicBody: 'vgr' };
const other: Notice = { ...second!, id: 'N-2', title: 'Daglig verksamhet', deadline: '2027-05-20T12:00:00+02:00', publicBody: 'vgr' };
const elsewhere: Notice = { ...second!, id: 'N-3', title: 'Stockholms upphandling', deadline: '2027-05-20T12:00:00+02:00', publicBody: 'region-stockholm' };
const buyer: Actor = { sub: 'u-buyer', name: 'Per Inköp', role: 'procurement', org: 'vgr', publicBody: 'vgr' };
const otherBuyer: Actor = { sub: 'u-sthlm', name: 'Sten Inköp', role: 'procurement', org: 'region-stockholm', publicBody: 'region-stockholm' };
const eva: Actor = { sub: 'u-eva', name: 'Eva Andersson', role: 'civil', org: 'org-eva' };
const lars: Actor = { sub: 'u-lars', name: 'Lars Berg', role: 'civil', org: 'org-lars' };
const stranger: Actor = { sub: 'u-x', name: 'Xena', role: 'civil', org: 'org-stranger' };

const reached = reachedBidders([
  {
    noticeId: 'N-1',
    lines: [
      { orgId: 'org-eva', bidderName: 'Evas förening', kind: 'near-miss' },
      { orgId: 'org-lars', bidderName: 'Lars kooperativ', kind: 'match' },
    ],
  },
  { noticeId: 'N-2', lines: [{ orgId: 'org-eva', bidderName: 'Evas förening', kind: 'match' }] },
]);

const input = (overrides: Record<string, unknown> = {}) =>
  CreateTenderSchoolSchema.parse({
    title: 'Anbudsskola om anhörigstöd',
    startsAt: '2027-04-08T09:00:00+02:00',
    place: 'Borås stadshus, sal 2',
    noticeIds: ['N-1'],
    orgIds: ['org-eva'],
    ...overrides,
  });
const notices = (ids: readonly string[]) => ids.map((id) => [notice, other, elsewhere].find((n) => n.id === id));
const create = (overrides: Record<string, unknown> = {}, actor = buyer, now = t0) => {
  const i = input(overrides);
  return createTenderSchool(
    i,
    { id: 'TS-1', reference: 'AS-2027-ABC', notices: notices(i.noticeIds), reached, organiserName: 'Västra Götalandsregionen' },
    actor,
    now,
  );
};
const thrown = (f: () => unknown): DomainError => {
  try {
    f();
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('expected a refusal');
};
const paths = (e: DomainError) => ((e as RuleViolationError).errors ?? []).map((x) => x.path);
const at = (iso: string) => new Date(iso);
const school = (): TenderSchool => create().state;

describe('a tender school is arranged', () => {
  it('by the buyer’s staff, about its own open notices, with the reach view’s bidders invited and told', () => {
    const change = create({ noticeIds: ['N-1', 'N-2'], orgIds: ['org-eva', 'org-lars'] });
    expect(change.state).toMatchObject({
      publicBody: 'vgr',
      startsAt: '2027-04-08T07:00:00.000Z',
      place: 'Borås stadshus, sal 2',
      onlineLink: null,
      notices: [
        { id: 'N-1', title: 'Anhörigstöd i Borås' },
        { id: 'N-2', title: 'Daglig verksamhet' },
      ],
      cancelled: null,
    });
    // Matched by one notice and nearly by the other: matched.
    expect(change.state.invitations.map((i) => [i.orgId, i.name, i.reach, i.noticeIds])).toEqual([
      ['org-eva', 'Evas förening', 'match', ['N-1', 'N-2']],
      ['org-lars', 'Lars kooperativ', 'match', ['N-1']],
    ]);
    expect(change.tell).toEqual(['org-eva', 'org-lars']);
    const invited = change.timeline.find((e) => e.type === 'tender-school-invited')!;
    expect(invited.material).toBe(true);
    expect(invited.actor).toMatchObject({ sub: 'u-buyer', name: 'Per Inköp' });
    // The invitation names the school, the Swedish time, the place, the notices and by when to answer.
    expect(invited.text.sv).toContain('"Anbudsskola om anhörigstöd" 8 april 2027 kl. 09:00, på Borås stadshus, sal 2');
    expect(invited.text.sv).toContain('"Anhörigstöd i Borås" och "Daglig verksamhet"');
    expect(invited.text.sv).toMatch(/Svara om ni kommer senast 8 april 2027 kl\. 09:00/);
    expect(invited.text.en).toContain('on 8 April 2027 at 09:00, at Borås stadshus, sal 2');
  });

  it('without invitations, telling nobody yet', () => {
    const change = create({ orgIds: [] });
    expect(change.state.invitations).toEqual([]);
    expect(change.tell).toEqual([]);
    expect(change.timeline.map((e) => [e.type, e.material])).toEqual([['tender-school-created', false]]);
  });

  it('needs a place or an https link, and takes a link alone', () => {
    expect(thrown(() => create({ place: undefined }))).toBeInstanceOf(ValidationError);
    expect(paths(thrown(() => create({ place: '  ' })))).toEqual(['place', 'onlineLink']);
    expect(CreateTenderSchoolSchema.safeParse({ ...input(), onlineLink: 'http://meet.example.org/x' }).success).toBe(false);
    expect(CreateTenderSchoolSchema.safeParse({ ...input(), onlineLink: 'javascript:alert(1)' }).success).toBe(false);
    const online = create({ place: undefined, onlineLink: 'https://meet.example.org/anbudsskola' });
    expect(online.state).toMatchObject({ place: null, onlineLink: 'https://meet.example.org/anbudsskola' });
    expect(online.timeline[1]!.text.sv).toContain('digitalt via https://meet.example.org/anbudsskola');
  });

  it('refuses a time in the past, and a time after a notice’s tender deadline', () => {
    const past = thrown(() => create({ startsAt: '2027-03-31T09:00:00+02:00' }));
    expect(past).toBeInstanceOf(RuleViolationError);
    expect(paths(past)).toEqual(['startsAt']);
    expect(past.text?.sv).toMatch(/redan varit/);
    const late = thrown(() => create({ startsAt: '2027-04-25T09:00:00+02:00' }));
    expect(paths(late)).toEqual(['startsAt']);
    expect(late.message).toContain('"Anhörigstöd i Borås"');
  });

  it('refuses another body’s notice, a closed notice and an unknown one, each by its place in the list', () => {
    const e = thrown(() => create({ noticeIds: ['N-1', 'N-3', 'N-9'], orgIds: [] }));
    expect(e).toBeInstanceOf(RuleViolationError);
    expect(paths(e)).toEqual(['noticeIds.1', 'noticeIds.2']);
    const closed = thrown(() => create({ startsAt: '2027-04-25T09:00:00+02:00', noticeIds: ['N-1'] }, buyer, at('2027-04-21T08:00:00Z')));
    expect(paths(closed)).toEqual(['noticeIds.0']);
    expect(closed.text?.sv).toMatch(/stängd/);
  });

  it('refuses a bidder the notices neither reach nor nearly reach, with a clear reason', () => {
    const e = thrown(() => create({ orgIds: ['org-eva', 'org-stranger'] }));
    expect(e).toBeInstanceOf(RuleViolationError);
    expect(paths(e)).toEqual(['orgIds.1']);
    expect(e.text?.sv).toMatch(/matchas inte/);
    expect(e.text?.en).toMatch(/neither matched nor nearly matched/);
  });

  it('is arranged by procurement staff only', () => {
    expect(thrown(() => create({}, eva))).toBeInstanceOf(ForbiddenError);
  });
});

describe('inviting more bidders', () => {
  it('adds only new ones and tells only them', () => {
    const change = inviteToTenderSchool(school(), ['org-eva', 'org-lars'], reached, buyer, at('2027-04-02T08:00:00Z'));
    expect(change.state.invitations.map((i) => i.orgId)).toEqual(['org-eva', 'org-lars']);
    expect(change.tell).toEqual(['org-lars']);
    expect(change.timeline[0]!.data).toEqual({ orgIds: ['org-lars'] });
  });

  it('refuses when all are invited already, to a school that started, and to a cancelled one', () => {
    expect(paths(thrown(() => inviteToTenderSchool(school(), ['org-eva'], reached, buyer, t0)))).toEqual(['orgIds']);
    expect(thrown(() => inviteToTenderSchool(school(), ['org-lars'], reached, buyer, at('2027-04-08T07:00:00Z')))).toBeInstanceOf(RuleViolationError);
    const cancelled = cancelTenderSchool(school(), 'Lokalen är inte tillgänglig.', buyer, t0).state;
    expect(thrown(() => inviteToTenderSchool(cancelled, ['org-lars'], reached, buyer, t0))).toBeInstanceOf(ConflictError);
  });

  it('is unknown to another body’s staff and to bidders not invited; an invited bidder may read but not invite', () => {
    expect(thrown(() => inviteToTenderSchool(school(), ['org-lars'], reached, otherBuyer, t0))).toBeInstanceOf(NotFoundError);
    expect(thrown(() => inviteToTenderSchool(school(), ['org-lars'], reached, stranger, t0))).toBeInstanceOf(NotFoundError);
    expect(thrown(() => inviteToTenderSchool(school(), ['org-lars'], reached, eva, t0))).toBeInstanceOf(ForbiddenError);
    expect([buyer, otherBuyer, eva, lars, stranger].map((a) => canReadTenderSchool(school(), a))).toEqual([true, false, true, false, false]);
  });
});

describe('answers and attendance', () => {
  it('the invited bidder answers, and may change its mind until the start', () => {
    const yes = answerInvitation(school(), true, eva, at('2027-04-02T08:00:00Z'));
    expect(yes.state.invitations[0]!.answer).toEqual({ coming: true, at: '2027-04-02T08:00:00.000Z', by: { sub: 'u-eva', name: 'Eva Andersson' } });
    expect(yes.tell).toEqual([]);
    expect(yes.timeline[0]).toMatchObject({ type: 'tender-school-answered', material: false, actor: { org: 'org-eva' } });
    const no = answerInvitation(yes.state, false, eva, at('2027-04-03T08:00:00Z'));
    expect(no.state.invitations[0]!.answer?.coming).toBe(false);
    expect(paths(thrown(() => answerInvitation(no.state, true, eva, at('2027-04-08T07:00:00Z'))))).toEqual(['coming']);
  });

  it('nobody else answers for the bidder', () => {
    expect(thrown(() => answerInvitation(school(), true, lars, t0))).toBeInstanceOf(NotFoundError);
    expect(thrown(() => answerInvitation(school(), true, buyer, t0))).toBeInstanceOf(ForbiddenError);
  });

  it('cannot be recorded before the school is held; after it, per invited bidder', () => {
    const before = thrown(() => recordAttendance(school(), [{ orgId: 'org-eva', attended: true }], buyer, at('2027-04-08T06:59:00Z')));
    expect(before).toBeInstanceOf(RuleViolationError);
    expect(paths(before)).toEqual(['attendance']);
    expect(before.text?.sv).toMatch(/först när den har börjat/);
    const after = at('2027-04-08T10:00:00Z');
    const change = recordAttendance(school(), [{ orgId: 'org-eva', attended: true }], buyer, after);
    expect(change.state.invitations[0]!.attendance).toMatchObject({ attended: true, by: { name: 'Per Inköp' } });
    expect(change.timeline[0]!.text.sv).toContain('Deltog: Evas förening');
    expect(paths(thrown(() => recordAttendance(school(), [{ orgId: 'org-lars', attended: false }], buyer, after)))).toEqual(['attendance.0.orgId']);
  });

  it('is recorded by the buyer’s staff only', () => {
    const after = at('2027-04-08T10:00:00Z');
    expect(thrown(() => recordAttendance(school(), [{ orgId: 'org-eva', attended: true }], eva, after))).toBeInstanceOf(ForbiddenError);
    expect(thrown(() => recordAttendance(school(), [{ orgId: 'org-eva', attended: true }], otherBuyer, after))).toBeInstanceOf(NotFoundError);
  });
});

describe('cancelling, phases and status', () => {
  it('cancels with a reason told to every invited bidder, once and only before the start', () => {
    const change = cancelTenderSchool(school(), 'Lokalen är inte tillgänglig.', buyer, t0);
    expect(change.state.cancelled).toMatchObject({ reason: 'Lokalen är inte tillgänglig.' });
    expect(change.tell).toEqual(['org-eva']);
    expect(change.timeline[0]!.text.sv).toContain('är inställd. Skäl: Lokalen är inte tillgänglig.');
    expect(thrown(() => cancelTenderSchool(change.state, 'Igen', buyer, t0))).toBeInstanceOf(ConflictError);
    expect(thrown(() => cancelTenderSchool(school(), 'För sent', buyer, at('2027-04-08T08:00:00Z')))).toBeInstanceOf(RuleViolationError);
    expect(phaseOf(change.state, at('2027-05-01T00:00:00Z'))).toBe('cancelled');
    expect(isHeld(change.state, at('2027-05-01T00:00:00Z'))).toBe(false);
  });

  it('says who acts next: the invited who have not answered, then the buyer, then nobody', () => {
    const s = school();
    expect(tenderSchoolStatus(s, t0)).toMatchObject({ whoActs: { orgs: ['org-eva'], roles: ['civil'] }, dueAt: '2027-04-08T07:00:00.000Z' });
    const answered = answerInvitation(s, true, eva, t0).state;
    expect(tenderSchoolStatus(answered, t0).whoActs.orgs).toEqual([]);
    const held = at('2027-04-08T10:00:00Z');
    expect(isHeld(answered, held)).toBe(true);
    expect(tenderSchoolStatus(answered, held).whoActs).toMatchObject({ orgs: [], roles: ['procurement'] });
    const recorded = recordAttendance(answered, [{ orgId: 'org-eva', attended: false }], buyer, held).state;
    expect(tenderSchoolStatus(recorded, held).whoActs.roles).toEqual([]);
  });

  it('writes times in Swedish time, summer and winter', () => {
    expect(whenText('2027-04-08T07:00:00Z')).toEqual({ sv: '8 april 2027 kl. 09:00', en: '8 April 2027 at 09:00' });
    expect(whenText('2027-01-15T13:30:00Z').sv).toBe('15 januari 2027 kl. 14:30');
  });
});

describe('the view of a school', () => {
  const both = () => create({ orgIds: ['org-eva', 'org-lars'] }).state;

  it('shows the buyer every invitation, and a bidder only its own (not who else is invited or has not answered)', () => {
    const forBuyer = TenderSchoolView.parse(toTenderSchoolView(both(), 1, buyer, t0));
    expect(forBuyer.invitations.map((i) => i.name)).toEqual(['Evas förening', 'Lars kooperativ']);
    expect(forBuyer).toMatchObject({ yourInvitation: null, allowedActions: ['invite', 'cancel'], counts: { invited: 2, unanswered: 2 } });
    const forEva = TenderSchoolView.parse(toTenderSchoolView(both(), 1, eva, t0));
    expect(forEva.invitations.map((i) => i.orgId)).toEqual(['org-eva']);
    expect(forEva.status.whoActs.orgs).toEqual(['org-eva']);
    expect(forEva).toMatchObject({ yourInvitation: { orgId: 'org-eva', answer: null }, allowedActions: ['answer'], counts: { invited: 1 } });
    expect(JSON.stringify(forEva)).not.toMatch(/org-lars|Lars kooperativ|u-buyer/);
  });

  it('offers attendance after the start, and nothing once cancelled', () => {
    const held = TenderSchoolView.parse(toTenderSchoolView(both(), 3, buyer, at('2027-04-08T10:00:00Z')));
    expect(held).toMatchObject({ phase: 'held', allowedActions: ['record-attendance'], endsAt: '2027-04-08T09:00:00.000Z' });
    expect(TenderSchoolView.parse(toTenderSchoolView(both(), 3, eva, at('2027-04-08T10:00:00Z'))).allowedActions).toEqual([]);
    const cancelled = cancelTenderSchool(both(), 'Sjuk föreläsare', buyer, t0).state;
    expect(TenderSchoolView.parse(toTenderSchoolView(cancelled, 2, buyer, t0))).toMatchObject({ phase: 'cancelled', allowedActions: [] });
  });
});
