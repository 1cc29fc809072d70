import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Actor } from '../../shared/platform/auth/actor.js';
import { DemoIopCase, IopDemoUsers } from '../../local/seed/iop-seed.js';
import { demoEmail } from '../../local/engines/auth/local-sign-in-users.js';
import { screenshot } from './support/browser.js';
import { useJourneyApp } from './support/journey-app.js';

/**
 * People are told: each invited party reads the invitation in the mail the
 * local SES engine kept (/dev/mail, as they would receive it) and in the
 * inbox of the web app, follows the link to the case, marks it read and
 * chooses how to be told; the digest arrives the next morning.
 */
const { healthcareAngered: sara, civilRodaKorset: ahmed, civilGoteborgsStadsmission: karin } = IopDemoUsers;
const title = 'Läxhjälp och föräldrastöd i Hjällbo';

let caseId = '';
const { app, newPage, checkPage, signIn } = useJourneyApp({
  timeout: 180_000,
  seed: async (app) => {
    caseId = (await app.call<{ id: string }>(sara, 'POST', '/iop/cases', { ...DemoIopCase, title })).id;
  },
});

/** Opens the person's mailbox page and the message about the case, as sent (its HTML part). */
async function openMail(page: Page, user: Actor, subjectStart: string): Promise<void> {
  await page.goto(`${app.url}/dev/mail?to=${encodeURIComponent(demoEmail(user.sub))}`);
  const message = page.locator('article', { hasText: subjectStart }).first();
  await message.getByRole('link', { name: 'Visa som HTML / Show as HTML' }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

describe('each invited party', () => {
  it.each([
    ['Svenska Röda Korset', ahmed],
    ['Göteborgs Stadsmission', karin],
  ] as const)('%s reads the invitation by e-mail, follows its link, and finds it in the inbox', async (_, user) => {
    const page = await newPage();
    await signIn(page, user, 'Mina ärenden');

    await openMail(page, user, `${title}: Sara Lindqvist startade IOP-ärendet`);
    await expect(page.locator('body').textContent()).resolves.toContain(`Hej ${user.name}!`);
    await expect(page.locator('body').textContent()).resolves.toContain('Ni behöver göra något');
    await screenshot(page, `mail-invitation-${user.org}`);
    await page.getByRole('link', { name: 'Öppna ärendet' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/arenden/${caseId}`);

    // The header counts the unread messages (the seeded cases told them too) and leads to the inbox.
    const inboxLink = page.getByRole('link', { name: /^Inkorg \(\d+ olästa?\)$/ });
    const before = Number(/\((\d+) olästa?\)/.exec((await inboxLink.textContent()) ?? '')?.[1]);
    await inboxLink.click();
    await page.getByRole('heading', { level: 1, name: 'Inkorg' }).waitFor();
    const card = page.locator('.inbox-item', { hasText: `Sara Lindqvist startade IOP-ärendet "${title}"` });
    await expect(card.locator('.badge.deadline').textContent()).resolves.toBe('Ni behöver göra något');
    await expect(card.locator('.badge').first().textContent()).resolves.toBe('Oläst');
    await checkPage(page, `inbox-${user.org}`);

    await card.getByRole('button', { name: `Markera som läst: ${title}` }).click();
    await card.locator('.badge', { hasText: /^Läst$/ }).waitFor();
    await page.waitForFunction(
      (expected) => document.querySelector('.inbox-link')?.textContent === expected,
      before - 1 === 0 ? 'Inkorg' : before - 1 === 1 ? 'Inkorg (1 oläst)' : `Inkorg (${before - 1} olästa)`,
    );
    await page.close();
  });
});

describe('a party’s choice of how to be told', () => {
  it('is kept, and the digest arrives the next morning with the day’s other changes', async () => {
    const page = await newPage();
    await signIn(page, ahmed, 'Mina ärenden');
    await page.goto(`${app.url}/inkorg`);
    await page.getByRole('heading', { level: 2, name: 'Så får ni meddelanden' }).waitFor();
    expect(await page.inputValue('#f-prefs-emailDelivery')).toBe('both');
    await page.selectOption('#f-prefs-language', 'en');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Ditt val är sparat.').waitFor();
    await checkPage(page, 'inbox-preferences-saved');

    // Into the dialogue, then a change that is not material: nothing at once, the digest at 07:00.
    await app.call(ahmed, 'POST', `/iop/cases/${caseId}/actions`, { type: 'accept-invitation' });
    await app.call(karin, 'POST', `/iop/cases/${caseId}/actions`, { type: 'accept-invitation' });
    await app.call(sara, 'POST', `/iop/cases/${caseId}/actions`, { type: 'consent', draftVersion: 1 });
    const clock = await fetch(`${app.url}/dev/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"advance":"P1D"}' });
    expect(clock.status).toBe(200);

    await page.goto(`${app.url}/dev/mail?to=${encodeURIComponent(demoEmail(ahmed.sub))}`);
    const digest = page.locator('article', { hasText: 'Daily summary' }).first();
    await expect(digest.textContent()).resolves.toContain(title);
    await expect(digest.textContent()).resolves.toContain('Angereds Närsjukhus consents to draft version 1.');
    const other = await newPage();
    await other.goto(`${app.url}/dev/mail?to=${encodeURIComponent(demoEmail(karin.sub))}`);
    await expect(other.locator('article', { hasText: 'Dagens sammanfattning' }).first().textContent()).resolves.toContain(title);
    await other.close();
    await page.close();
  });
});
