import { describe, expect, it } from 'vitest';
import { DemoIopCase, IopDemoUsers } from '../../../local/seed/iop-seed.js';
import { demoEmail } from '../../../local/engines/auth/local-sign-in-users.js';
import type { LocalMail } from '../../../local/engines/ses/local-ses.js';
import { advance, createCase, must, useIopRuntime } from '../iop/iop-http.js';

/**
 * Notifications that reach people, through the local runtime: a material
 * change gives every person of each party an inbox item and an e-mail at
 * once (kept by the local SES engine, read at /dev/mail); a non-material one
 * waits for the 07:00 digest, by each person's choice.
 */
const t = useIopRuntime();

const healthcare = IopDemoUsers.healthcareAngered;
const redCross = IopDemoUsers.civilRodaKorset;
const cityMission = IopDemoUsers.civilGoteborgsStadsmission;
const outsider = IopDemoUsers.civilRsmh;
const addressOf = (user: { sub: string }) => demoEmail(user.sub);

async function mailTo(user: { sub: string }): Promise<LocalMail[]> {
  const answer = await t.api.anonymous().get(`/dev/mail?to=${encodeURIComponent(addressOf(user))}`);
  expect(answer.status).toBe(200);
  return answer.body.messages as LocalMail[];
}

describe('notifications that reach people', () => {
  let caseId = '';

  it('e-mails the invitation at once to every person of each party, in Swedish, naming the case, the step and the link', async () => {
    caseId = await createCase(t.api, t.c, 'Notiser: läxhjälp i Angered');
    for (const invited of [redCross, cityMission]) {
      const mail = await mailTo(invited);
      expect(mail).toHaveLength(1);
      const [message] = mail;
      expect(message!.to[0]).toContain(addressOf(invited));
      expect(message!.subject).toMatch(/^Notiser: läxhjälp i Angered: /);
      expect(message!.text).toContain(`Hej ${invited.name}!`);
      expect(message!.text).toContain('Ni behöver göra något:');
      expect(message!.text).toMatch(/Senast \d{1,2} \p{L}+ \d{4}\./u);
      expect(message!.text).toContain(`${t.api.runtime.url}/arenden/${encodeURIComponent(caseId)}`);
      expect(message!.html).toContain('<html lang="sv">');
      expect(message!.html).toContain(`href="${t.api.runtime.url}/arenden/${encodeURIComponent(caseId)}"`);
      // Named by its title and reference; the id appears only inside the link.
      expect(message!.text.replaceAll(`/arenden/${encodeURIComponent(caseId)}`, '')).not.toContain(caseId);
    }
    // Nobody is told of their own change, and nobody outside the case of anything.
    expect(await mailTo(healthcare)).toEqual([]);
    expect((await t.c.hc.get('/me/notifications')).body.items).toEqual([]);
    expect(await mailTo(outsider)).toEqual([]);
  }, 60_000);

  it('puts the same notification in each person’s inbox, unread, and marks it read once', async () => {
    const inbox = await t.c.rk.get('/me/notifications');
    expect(inbox.status).toBe(200);
    expect(inbox.body.unread).toBe(1);
    const [item] = inbox.body.items;
    expect(item).toMatchObject({ kind: 'iop', caseId, title: 'Notiser: läxhjälp i Angered', type: 'case-initiated', youAct: true, read: false });
    expect(item.dueAt).not.toBeNull();

    const read = await t.c.rk.post(`/me/notifications/${item.id}/read`, {});
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id: item.id, read: true });
    const again = await t.c.rk.post(`/me/notifications/${item.id}/read`, {});
    expect(again.body.readAt).toBe(read.body.readAt);
    expect((await t.c.rk.get('/me/notifications')).body.unread).toBe(0);

    // Another person's item is no item of mine, and nobody outside the case has one.
    expect((await t.c.outsider.post(`/me/notifications/${item.id}/read`, {})).status).toBe(404);
    expect((await t.c.outsider.post('/me/notifications/not-an-id/read', {})).status).toBe(404);
    expect((await t.c.outsider.get('/me/notifications')).body).toEqual({ items: [], unread: 0 });
    expect((await t.c.sm.get('/me/notifications')).body.unread).toBe(1);
  }, 30_000);

  it('gives one inbox item and one e-mail per event, however often the event is delivered', async () => {
    const event = t.api.runtime.aws.eventBridge
      .outbox()
      .find((e) => e.event.source === 'iop-workflows.iop' && (e.event.detail as { caseId?: string }).caseId === caseId);
    expect(event).toBeDefined();
    const result = (await t.api.runtime.invoker.invoke('Notifier', event!.event)) as { recipients: number; inboxItems: number; emails: number };
    expect(result.recipients).toBe(2);
    expect(result).toMatchObject({ inboxItems: 0, emails: 0 });
    expect(await mailTo(redCross)).toHaveLength(1);
    expect((await t.c.sm.get('/me/notifications')).body.items).toHaveLength(1);
  }, 30_000);

  it('keeps each person’s choice: the default until changed, bad input refused naming the field', async () => {
    expect((await t.c.sm.get('/me/notification-preferences')).body).toEqual({ emailDelivery: 'both', language: 'sv', emailStatus: 'ok' });
    const bad = await t.c.sm.put('/me/notification-preferences', { emailDelivery: 'sometimes', language: 'sv' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toContain('emailDelivery');
    const saved = await t.c.sm.put('/me/notification-preferences', { emailDelivery: 'digest-only', language: 'en' });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ emailDelivery: 'digest-only', language: 'en', emailStatus: 'ok' });
    expect((await t.c.sm.get('/me/notification-preferences')).body.emailDelivery).toBe('digest-only');
  }, 30_000);

  it('sends nothing at once for a non-material change, then the digest the next morning, by each person’s choice', async () => {
    await must(t.api, t.c.rk, caseId, { type: 'accept-invitation' });
    await must(t.api, t.c.sm, caseId, { type: 'accept-invitation' });
    // Both answers and the dialogue starting are material: e-mailed at once to those who chose so, not to the digest-only reader.
    // (The bus promises no order between events, so neither does the mailbox.)
    const redCrossBefore = await mailTo(redCross);
    const subjects = redCrossBefore.map((m) => m.subject.slice('Notiser: läxhjälp i Angered: '.length));
    expect(subjects).toHaveLength(3);
    expect(subjects).toEqual(
      expect.arrayContaining([
        expect.stringContaining('är inbjudna'),
        'Göteborgs Stadsmission har tackat ja till att delta.',
        'Ärendet har gått vidare till steget dialog.',
      ]),
    );
    // Its own answer is not news to the Red Cross person who gave it.
    expect(subjects).not.toContain('Svenska Röda Korset har tackat ja till att delta.');
    expect(await mailTo(cityMission)).toHaveLength(1);
    const cityMissionInbox = (await t.c.sm.get('/me/notifications')).body;
    const told = cityMissionInbox.items.map((i: { happened: { sv: string } }) => i.happened.sv);
    expect(told).toContain('Svenska Röda Korset har tackat ja till att delta.');
    expect(told).not.toContain('Göteborgs Stadsmission har tackat ja till att delta.');
    expect(cityMissionInbox.unread).toBe(told.length);

    await must(t.api, t.c.hc, caseId, { type: 'consent', draftVersion: 1 });
    expect(await mailTo(redCross)).toHaveLength(redCrossBefore.length);

    await advance(t.api, 'P1D');
    const digest = (await mailTo(redCross)).filter((m) => m.subject.startsWith('Dagens sammanfattning'));
    expect(digest).toHaveLength(1);
    expect(digest[0]!.text).toContain('Notiser: läxhjälp i Angered');
    expect(digest[0]!.text).toContain('Angereds Närsjukhus samtycker till utkast version 1.');
    expect(digest[0]!.text).toContain(`/arenden/${encodeURIComponent(caseId)}`);
    // Sent at 07:00 Swedish time.
    expect(new Intl.DateTimeFormat('sv-SE', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Stockholm' }).format(new Date(digest[0]!.at))).toBe(
      '07:00',
    );

    // The digest-only reader gets one, in English, with the material changes too.
    const english = (await mailTo(cityMission)).filter((m) => m.subject.startsWith('Daily summary'));
    expect(english).toHaveLength(1);
    expect(english[0]!.html).toContain('<html lang="en">');
    const redCrossLines = digest[0]!.text.split('\n').filter((l) => l.startsWith('- ')).length;
    const cityMissionLines = english[0]!.text.split('\n').filter((l) => l.startsWith('- ')).length;
    expect(cityMissionLines).toBeGreaterThan(redCrossLines);
    expect(await mailTo(outsider)).toEqual([]);
  }, 120_000);

  it('shows the mailbox as a page for people, every value escaped', async () => {
    const page = await t.api.anonymous().raw('/dev/mail', { method: 'GET', headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(String(page.body)).toContain('Notiser: läxhjälp i Angered');
    const [first] = await mailTo(redCross);
    const one = await t.api.anonymous().raw(`/dev/mail/${first!.messageId}`, { method: 'GET' });
    expect(String(one.body)).toBe(first!.html);
  }, 30_000);
});
