import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoEmail } from '../../../local/engines/auth/local-sign-in-users.js';
import { waitUntilIdle } from '../../../local/engines/clock/wait-until-idle.js';
import type { LocalMail } from '../../../local/engines/ses/local-ses.js';
import { IopDemoUsers } from '../../../local/seed/iop-seed.js';
import { Eva, Lars, noticeInput, profileInput } from '../../security/security-support.js';
import { startTestRuntime, type ApiClient, type Caller } from '../../support/local-runtime.js';

/**
 * A tender school through the local runtime: the buyer arranges it from the
 * reach view of a notice and invites a bidder; the invitation reaches the
 * bidder's inbox and mail (from the table's stream through the bus); the
 * bidder answers; after the date, on the local virtual clock, the buyer
 * records attendance and the bidder's own list shows it.
 */
let api: ApiClient;
let buyer: Caller, eva: Caller, lars: Caller, otherBuyer: Caller;

const idle = () => waitUntilIdle(() => api.runtime.isIdle(), 20_000);
const clockNow = async () => new Date((await api.anonymous().get('/dev/clock')).body.now);
const advanceTo = async (iso: string) => {
  const minutes = Math.ceil((Date.parse(iso) - (await clockNow()).getTime()) / 60_000);
  expect(minutes, `the clock is already past ${iso}`).toBeGreaterThan(0);
  expect((await api.anonymous().post('/dev/clock', { advance: `PT${minutes}M` })).status).toBe(200);
  await idle();
};
const mailTo = async (sub: string): Promise<LocalMail[]> =>
  (await api.anonymous().get(`/dev/mail?to=${encodeURIComponent(demoEmail(sub))}`)).body.messages as LocalMail[];

let noticeId = '';
let schoolId = '';
const school = (input: Record<string, unknown> = {}) => ({
  title: 'Anbudsskola: anhörigstöd i Borås',
  startsAt: '2027-04-08T09:00:00+02:00',
  place: 'Borås stadshus, sal 2',
  noticeIds: [noticeId],
  orgIds: [Eva.org],
  ...input,
});

beforeAll(async () => {
  api = await startTestRuntime({ seed: false });
  buyer = await api.as(IopDemoUsers.procurement);
  eva = await api.as(Eva);
  lars = await api.as(Lars);
  otherBuyer = await api.as({ sub: 'ts-sthlm', name: 'Sten Inköp', role: 'procurement', org: 'region-stockholm' });
  await advanceTo('2027-04-01T08:00:00Z');
  expect((await eva.put(`/bidders/${Eva.org}`, profileInput(Eva.org))).status).toBeLessThan(300);
  const created = await buyer.post('/procurement/notices', noticeInput(await clockNow(), { deadline: '2027-04-20T12:00:00+02:00' }));
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  noticeId = created.body.id;
  await idle();
}, 120_000);
afterAll(async () => api?.runtime.stop());

describe('a tender school from the reach view', () => {
  it('invites a bidder the notice reaches, refuses one it does not, and answers a retry with the first answer', async () => {
    const reach = (await buyer.get(`/procurement/notices/${noticeId}/matches`)).body;
    const reached = reach.lots.flatMap((l: { reached: { orgId: string }[]; nearMissed: { orgId: string }[] }) => [...l.reached, ...l.nearMissed]);
    expect(reached.map((r: { orgId: string }) => r.orgId)).toContain(Eva.org);

    const refused = await buyer.post('/procurement/tender-schools', school({ orgIds: [Eva.org, 'svenska-roda-korset'] }));
    expect(refused.status).toBe(422);
    expect(refused.body.errors.map((e: { path: string }) => e.path)).toEqual(['orgIds.1']);
    expect(refused.body.errors[0].message).toMatch(/Svenska Röda Korset|svenska-roda-korset/);
    expect((await buyer.post('/procurement/tender-schools', school({ place: undefined }))).status).toBe(400);
    expect((await buyer.post('/procurement/tender-schools', school({ startsAt: '2027-03-30T09:00:00+02:00' }))).status).toBe(422);
    expect((await otherBuyer.post('/procurement/tender-schools', school({ orgIds: [] }))).status).toBe(422);
    expect((await eva.post('/procurement/tender-schools', school())).status).toBe(403);

    const key = { 'idempotency-key': 'tender-school-create-1' };
    const created = await buyer.post('/procurement/tender-schools', school(), key);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const again = await buyer.post('/procurement/tender-schools', school(), key);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(created.body);
    schoolId = created.body.id;
    expect(created.body).toMatchObject({
      version: 1,
      phase: 'upcoming',
      startsAt: '2027-04-08T07:00:00.000Z',
      notices: [{ id: noticeId, title: 'Anhörigstöd i Borås' }],
      counts: { invited: 1, unanswered: 1 },
      allowedActions: ['invite', 'cancel'],
    });
    expect(created.body.invitations.map((i: { orgId: string }) => i.orgId)).toEqual([Eva.org]);
    expect((await buyer.get('/procurement/tender-schools')).body.items.map((s: { id: string }) => s.id)).toEqual([schoolId]);
  }, 60_000);

  it('reaches the invited bidder’s inbox and mail, naming the school, the time, the place and what to do by when', async () => {
    await idle();
    const inbox = (await eva.get('/me/notifications')).body.items as { kind: string; caseId: string; title: string; youAct: boolean; dueAt: string }[];
    const item = inbox.find((i) => i.caseId === schoolId);
    expect(item).toMatchObject({ kind: 'tender-school', title: 'Anbudsskola: anhörigstöd i Borås', youAct: true, dueAt: '2027-04-08T07:00:00.000Z' });
    const mail = (await mailTo(Eva.sub)).filter((m) => m.subject.startsWith('Anbudsskola: anhörigstöd i Borås'));
    expect(mail).toHaveLength(1);
    const text = mail[0]!.text;
    expect(text).toContain('8 april 2027 kl. 09:00');
    expect(text).toContain('Borås stadshus, sal 2');
    expect(text).toContain('"Anhörigstöd i Borås"');
    expect(text).toContain('Ni behöver göra något: Svara om ni kommer');
    expect(text).toContain(`${api.runtime.url}/anbudsskolor/${encodeURIComponent(schoolId)}`);
    // Nobody is told of their own change, and a bidder not invited hears nothing.
    expect((await mailTo(IopDemoUsers.procurement.sub)).filter((m) => m.subject.startsWith('Anbudsskola'))).toEqual([]);
    expect(((await lars.get('/me/notifications')).body.items as { caseId: string }[]).some((i) => i.caseId === schoolId)).toBe(false);
  }, 60_000);

  it('is read by the invited bidder (its own invitation only) and unknown to everyone else', async () => {
    const seen = await eva.get(`/procurement/tender-schools/${schoolId}`);
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ yourInvitation: { orgId: Eva.org, answer: null }, allowedActions: ['answer'] });
    expect(seen.body.invitations).toHaveLength(1);
    const missing = `No tender school ${schoolId}.`;
    for (const who of [lars, otherBuyer]) {
      const hidden = await who.get(`/procurement/tender-schools/${schoolId}`);
      expect(hidden.status).toBe(404);
      expect(hidden.body.detail).toBe(missing);
    }
    expect((await otherBuyer.get('/procurement/tender-schools')).body.items).toEqual([]);
    expect((await otherBuyer.post(`/procurement/tender-schools/${schoolId}/cancel`, { reason: 'Nej' })).status).toBe(404);
    expect((await lars.post(`/procurement/tender-schools/${schoolId}/answer`, { coming: true })).status).toBe(404);
    expect((await lars.get(`/bidders/${Eva.org}/tender-schools`)).status).toBe(403);
  });

  it('takes the bidder’s answer at the version read, and no attendance before the school is held', async () => {
    expect((await eva.post(`/procurement/tender-schools/${schoolId}/answer`, { coming: true, expectedVersion: 7 })).status).toBe(409);
    const answered = await eva.post(`/procurement/tender-schools/${schoolId}/answer`, { coming: true, expectedVersion: 1 });
    expect(answered.status, JSON.stringify(answered.body)).toBe(200);
    expect(answered.body).toMatchObject({ version: 2, yourInvitation: { answer: { coming: true } } });
    expect((await buyer.get(`/procurement/tender-schools/${schoolId}`)).body.counts).toMatchObject({ coming: 1, unanswered: 0 });
    const early = await buyer.post(`/procurement/tender-schools/${schoolId}/attendance`, { attendance: [{ orgId: Eva.org, attended: true }] });
    expect(early.status).toBe(422);
    expect(early.body.errors.map((e: { path: string }) => e.path)).toEqual(['attendance']);
    expect((await eva.post(`/procurement/tender-schools/${schoolId}/attendance`, { attendance: [{ orgId: Eva.org, attended: true }] })).status).toBe(403);
  });

  it('after the date: the buyer records attendance, and the bidder’s list shows it', async () => {
    await advanceTo('2027-04-08T09:30:00Z');
    expect((await eva.post(`/procurement/tender-schools/${schoolId}/answer`, { coming: false })).status).toBe(422);
    expect((await buyer.post(`/procurement/tender-schools/${schoolId}/invitations`, { orgIds: [Eva.org] })).status).toBe(422);
    const recorded = await buyer.post(`/procurement/tender-schools/${schoolId}/attendance`, { attendance: [{ orgId: Eva.org, attended: true }] });
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(200);
    expect(recorded.body).toMatchObject({ phase: 'held', counts: { attended: 1, absent: 0 }, allowedActions: ['record-attendance'] });

    const mine = await eva.get(`/bidders/${Eva.org}/tender-schools`);
    expect(mine.status).toBe(200);
    expect(mine.body.items).toHaveLength(1);
    expect(mine.body.items[0]).toMatchObject({ id: schoolId, phase: 'held', yourInvitation: { attendance: 'attended' }, allowedActions: [] });

    const timeline = (await buyer.get(`/procurement/tender-schools/${schoolId}/timeline`)).body.items as { type: string; actor: { name: string } }[];
    expect(timeline.map((e) => e.type)).toEqual([
      'tender-school-created',
      'tender-school-invited',
      'tender-school-answered',
      'tender-school-attendance-recorded',
    ]);
    expect(timeline.map((e) => e.actor.name)).toEqual([IopDemoUsers.procurement.name, IopDemoUsers.procurement.name, Eva.name, IopDemoUsers.procurement.name]);
  }, 60_000);

  it('cancels a school with a reason every invited bidder is told', async () => {
    const next = await buyer.post(
      '/procurement/tender-schools',
      school({ title: 'Anbudsskola två', startsAt: '2027-04-15T13:00:00+02:00', place: undefined, onlineLink: 'https://meet.example.org/as2' }),
    );
    expect(next.status, JSON.stringify(next.body)).toBe(201);
    const cancelled = await buyer.post(`/procurement/tender-schools/${next.body.id}/cancel`, { reason: 'Föreläsaren är sjuk.', expectedVersion: 1 });
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
    expect(cancelled.body).toMatchObject({ phase: 'cancelled', cancelled: { reason: 'Föreläsaren är sjuk.' }, allowedActions: [] });
    await idle();
    const mail = (await mailTo(Eva.sub)).filter((m) => m.subject.startsWith('Anbudsskola två'));
    expect(mail.map((m) => m.subject)).toHaveLength(2);
    expect(mail.some((m) => m.text.includes('Föreläsaren är sjuk.'))).toBe(true);
    expect(mail.some((m) => m.text.includes('https://meet.example.org/as2'))).toBe(true);
  }, 60_000);
});
