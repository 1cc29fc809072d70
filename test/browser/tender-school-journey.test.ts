import { describe, expect, it } from 'vitest';
import { IopDemoUsers } from '../../local/seed/iop-seed.js';
import { ProcurementDemoUsers } from '../../local/seed/procurement-seed-store.js';
import { useJourneyApp } from './support/journey-app.js';

/**
 * A tender school in the web app, against the seeded product: the buyer
 * invites the bidders of a notice's reach view, the bidder answers from its
 * matches, and after the date the buyer records who attended, which the
 * bidder then reads. Every page is checked with axe at both widths.
 */
const anna = IopDemoUsers.procurement;
const eva = ProcurementDemoUsers[0];
const noticeTitle = 'Anhörigstöd och mötesplatser för äldre';
const title = 'Anbudsskola för anhörigstöd';

const { app, newPage, checkPage, signIn } = useJourneyApp({ timeout: 180_000 });
const clockNow = async () => new Date(((await (await fetch(`${app.url}/dev/clock`)).json()) as { now: string }).now);

describe('a tender school', () => {
  it('is arranged from the reach view, answered by the bidder, and its attendance recorded after the date', async () => {
    const staff = await newPage();
    await signIn(staff, anna, 'Upphandlingar');
    await staff.getByRole('link', { name: noticeTitle }).click();
    await staff.locator('.lot').first().waitFor();
    await staff.locator('summary', { hasText: 'Bjud in till anbudsskola' }).click();
    // A week ahead at 09:00 Swedish time, as the date-time field takes it.
    const day = new Date((await clockNow()).getTime() + 7 * 86_400_000).toISOString().slice(0, 10);
    await staff.fill('#f-school-invite-title', title);
    await staff.fill('#f-school-invite-startsAt', `${day}T09:00`);
    await staff.fill('#f-school-invite-place', 'Regionens hus, Vänersborg');
    await expect(staff.locator(`input[name="orgIds:${eva.org}"]`).isChecked()).resolves.toBe(true);
    await checkPage(staff, 'school-invite-form');
    await staff.getByRole('button', { name: 'Skicka inbjudan' }).click();
    await staff.getByRole('heading', { level: 1, name: title }).waitFor();
    const schoolPath = new URL(staff.url()).pathname;
    expect(schoolPath).toMatch(/^\/anbudsskolor\//);
    await staff.getByRole('row', { name: /Anhörigcentrum Väst/ }).waitFor();
    // Who did what: the buyer arranged it and invited the bidders.
    await staff.locator('.timeline li', { hasText: `ordnade anbudsskolan "${title}"` }).waitFor();
    await checkPage(staff, 'school-page-staff');
    // The notice lists the schools about it.
    await staff.goBack();
    await staff.getByRole('link', { name: title }).waitFor();
    await staff.goForward();

    const bidder = await newPage();
    await signIn(bidder, eva, 'Mina ärenden');
    await bidder.goto(`${app.url}/anbudsprofil/matchningar`);
    const card = bidder.locator('.card', { hasText: title });
    await card.getByRole('button', { name: 'Vi kommer', exact: true }).click();
    await card.getByText('Ert svar: Kommer').waitFor();
    await checkPage(bidder, 'school-bidder-answered');

    // After the date the buyer records attendance; the bidder reads it on its matches.
    const moved = await fetch(`${app.url}/dev/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"advance":"P8D"}' });
    expect(moved.ok).toBe(true);
    await staff.goto(`${app.url}${schoolPath}`);
    await staff.getByRole('heading', { level: 3, name: 'För in vilka som deltog' }).waitFor();
    await staff.check(`input[name="attendance:${eva.org}"]`);
    await staff.getByRole('button', { name: 'Spara närvaron' }).click();
    await staff.getByRole('row', { name: /Anhörigcentrum Väst.*Kommer.*Deltog/ }).waitFor();
    await checkPage(staff, 'school-page-attendance');

    await bidder.reload();
    await bidder.locator('.card', { hasText: title }).getByText('Närvaro: Deltog').waitFor();
    await staff.close();
    await bidder.close();
  });
});
