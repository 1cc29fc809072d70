import { describe, expect, it } from 'vitest';
import { DemoIopCaseRsmh, IopDemoUsers } from '../../local/seed/iop-seed.js';
import { RegistryDemoUsers } from '../../local/seed/organisations-seed.js';
import { useJourneyApp } from './support/journey-app.js';

/**
 * The registry's journeys through the web app, against the whole product
 * running locally: an administrator invites a person who then signs in; a
 * civil-society organisation starts an IOP picking the unit by name; an
 * umbrella organisation acts for a member; anyone finds the way in and sends
 * an intresseanmälan. Each page is checked with axe-core at both widths.
 */
const { admin: omar, civilRsmh: lina, healthcareLerum: maria } = IopDemoUsers;
const nora = RegistryDemoUsers.civilFunktionsratt;

const { app, newPage, checkPage, signIn } = useJourneyApp();

describe('administrators', () => {
  it('invite a person, who then signs in and sees their organisation’s cases', async () => {
    const title = 'Stödsamtal i Lerum – inbjudan';
    await app.call(maria, 'POST', '/iop/cases', { ...DemoIopCaseRsmh, title });

    const page = await newPage();
    await signIn(page, omar, 'Mina ärenden');
    await page.getByRole('link', { name: 'Användare' }).click();
    await page.getByRole('heading', { level: 1, name: 'Användare' }).waitFor();
    await page.fill('#f-email', 'hanna.wall@vgregion.example');
    await page.fill('#f-name', 'Hanna Wall');
    await page.selectOption('#f-role', 'healthcare');
    await page.fill('#f-invitee-orgId', 'lerum');
    await page.getByRole('option', { name: /Närhälsan Lerum vårdcentral/ }).click();
    await page.getByRole('button', { name: 'Bjud in' }).click();
    await page.getByRole('status').filter({ hasText: 'Hanna Wall är inbjuden som' }).waitFor();
    await page.getByRole('row', { name: /Hanna Wall/ }).waitFor();
    await checkPage(page, 'admin-users');

    await page.getByRole('link', { name: 'Ändringslogg' }).click();
    await page.getByRole('row', { name: /Bjöd in Hanna Wall/ }).waitFor();
    await checkPage(page, 'admin-audit');

    // The new person is on the sign-in page at once, and sees the cases of their vårdcentral.
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await signIn(page, { name: 'Hanna Wall' }, 'Mina ärenden');
    await page.locator('.card', { hasText: title }).waitFor();
    await page.close();
  });
});

describe('administrators change the registry', () => {
  it('edit an organisation’s name and statutes, see it in the registry and the change log, and are told when someone else saved first', async () => {
    const page = await newPage();
    await signIn(page, omar, 'Mina ärenden');
    await page.getByRole('link', { name: 'Organisationer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Organisationer' }).waitFor();
    await page.fill('#org-search', 'stockholms stadsmission');
    await page.getByRole('button', { name: 'Ändra Stockholms Stadsmission' }).click();
    await page.getByRole('heading', { level: 2, name: 'Ändra Stockholms Stadsmission' }).waitFor();
    await checkPage(page, 'admin-organisation-edit');

    await page.fill('#f-name', 'Stockholms Stadsmission, ideell förening');
    await page.fill('#f-criteria-checkedOn', '2026-11-30');
    await page.getByRole('button', { name: 'Spara ändringarna' }).click();
    await page.getByRole('status').filter({ hasText: 'Ändringarna av Stockholms Stadsmission, ideell förening är sparade.' }).waitFor();
    await page.fill('#org-search', 'ideell förening');
    await page.getByRole('row', { name: /Stockholms Stadsmission, ideell förening/ }).waitFor();
    const stored = await app.call<{ name: string; version: number; criteria: { checkedOn: string } }>(omar, 'GET', '/organisations/stockholms-stadsmission');
    expect(stored).toMatchObject({ name: 'Stockholms Stadsmission, ideell förening', criteria: { checkedOn: '2026-11-30' } });

    // Another administrator saves while this one has the form open: the save is refused and says why.
    await page.getByRole('button', { name: 'Ändra Stockholms Stadsmission, ideell förening' }).click();
    await page.locator('#f-name').waitFor();
    await app.call(RegistryDemoUsers.adminStockholm, 'PUT', '/admin/organisations/stockholms-stadsmission', {
      expectedVersion: stored.version,
      name: 'Stockholms Stadsmission',
    });
    await page.fill('#f-name', 'Stadsmissionen i Stockholm');
    await page.getByRole('button', { name: 'Spara ändringarna' }).click();
    await page.getByRole('alert').filter({ hasText: 'En annan administratör ändrade' }).waitFor();
    await checkPage(page, 'admin-organisation-conflict');
    await page.getByRole('button', { name: 'Läs in den nya versionen' }).click();
    // The form is filled again from the version the other administrator saved.
    await page.waitForFunction(() => (document.querySelector('#f-name') as HTMLInputElement | null)?.value === 'Stockholms Stadsmission');
    await expect(page.getByRole('alert').filter({ hasText: 'En annan administratör ändrade' }).count()).resolves.toBe(0);

    await page.getByRole('link', { name: 'Ändringslogg' }).click();
    await page.getByRole('row', { name: /Ändrade Stockholms Stadsmission, ideell förening.*checkedOn/ }).waitFor();
    await checkPage(page, 'admin-audit-organisation');
    await page.close();
  });
});

describe('administrators inviting civil-society accounts', () => {
  it('invite a person of an idéburen organisation their body works with, with the civil role', async () => {
    const page = await newPage();
    await signIn(page, omar, 'Mina ärenden');
    await page.getByRole('link', { name: 'Användare' }).click();
    await page.getByRole('heading', { level: 1, name: 'Användare' }).waitFor();
    await page.fill('#f-email', 'kim.ek@rsmh.example');
    await page.fill('#f-name', 'Kim Ek');
    await page.selectOption('#f-role', 'civil');
    // The picker now offers the idéburna organisations VGR works with, and not its own units.
    await page.fill('#f-invitee-orgId', 'r');
    await page.getByRole('option', { name: /RSMH/ }).waitFor();
    await expect(page.getByRole('option', { name: /vårdcentral/ }).count()).resolves.toBe(0);
    await expect(page.getByRole('option', { name: /Forum/ }).count()).resolves.toBe(0);
    await page.getByRole('option', { name: /RSMH/ }).click();
    await checkPage(page, 'admin-invite-civil');
    await page.getByRole('button', { name: 'Bjud in' }).click();
    await page.getByRole('status').filter({ hasText: 'Kim Ek är inbjuden som' }).waitFor();
    await page.getByRole('row', { name: /Kim Ek.*RSMH/ }).waitFor();
    await page.close();
  });
});

describe('civil-society organisations', () => {
  it('start an IOP by picking the unit by name', async () => {
    const page = await newPage();
    await signIn(page, lina, 'Mina ärenden');
    await page.getByRole('link', { name: 'Starta ett nytt IOP' }).click();
    await page.getByRole('heading', { level: 1, name: 'Starta ett IOP' }).waitFor();
    // Their own organisation is the first party, by name, with its statutes from the registry.
    await page.waitForFunction(() => (document.querySelector('#f-civilParties-0-orgId') as HTMLInputElement | null)?.value !== '');
    await expect(page.inputValue('#f-civilParties-0-orgId')).resolves.toBe('RSMH – Riksförbundet för Social och Mental Hälsa');

    const unit = page.locator('#f-healthcareUnit-orgId');
    await unit.fill('alings');
    await page.getByRole('option', { name: /Närhälsan Alingsås vårdcentral/ }).waitFor();
    await expect(unit.getAttribute('aria-expanded')).resolves.toBe('true');
    await checkPage(page, 'civil-unit-picker');
    await unit.press('Enter');
    await expect(unit.inputValue()).resolves.toBe('Närhälsan Alingsås vårdcentral');

    await page.fill('#f-title', 'Peer support i Alingsås');
    await page.fill('#f-purpose', 'Stöd av någon med egen erfarenhet, som komplement till vården.');
    await page.fill('#f-targetGroup', 'Vuxna med psykisk ohälsa i Alingsås.');
    await page.fill('#f-activities', 'Samtal med peer supporter');
    await page.fill('#f-healthcareUnit-contribution-moneySekPerYear', '300000');
    await page.fill('#f-civilParties-0-contribution-inKindSekPerYear', '150000');
    await page.fill('#f-plannedStart', '2027-09-01');
    await page.fill('#f-durationMonths', '24');
    await page.fill('#f-budgetPerYearSek', '450000');
    await page.getByRole('button', { name: 'Starta partnerskapet' }).click();
    await page.getByRole('heading', { level: 1, name: 'Peer support i Alingsås' }).waitFor();
    await page.getByText('Närhälsan Alingsås vårdcentral').first().waitFor();
    await checkPage(page, 'civil-case-started-by-name');
    await page.close();
  });

  it('act through their umbrella organisation, shown as “Funktionsrätt Sverige för RSMH”', async () => {
    const title = 'Stödsamtal i Lerum – paraply';
    const { id } = await app.call<{ id: string }>(maria, 'POST', '/iop/cases', { ...DemoIopCaseRsmh, title });

    const page = await newPage();
    await signIn(page, nora, 'Mina ärenden');
    await expect(page.locator('.card', { hasText: title }).count()).resolves.toBe(0);
    await page.selectOption('#acting-for', 'rsmh');
    await page.getByRole('heading', { level: 1, name: 'Mina ärenden' }).waitFor();
    const card = page.locator('.card', { hasText: title });
    await card.waitFor();
    await checkPage(page, 'umbrella-acting-for-member');

    await card.getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('button', { name: 'Tacka ja', exact: true }).click();
    await page.locator('.timeline-who', { hasText: 'Nora Berglund, Funktionsrätt Sverige för RSMH' }).first().waitFor();
    await checkPage(page, 'umbrella-accepted-for-member');

    // The unit sees who answered, and for whom.
    const timeline = await app.call<{ items: { actor: { actingFor?: { umbrellaName: string } } }[] }>(maria, 'GET', `/iop/cases/${id}/timeline`);
    expect(timeline.items.at(-1)?.actor.actingFor?.umbrellaName).toBe('Funktionsrätt Sverige');
    await page.close();
  });
});

describe('anyone', () => {
  it('finds whom to contact at a public body and sends an intresseanmälan that its staff can read', async () => {
    const page = await newPage();
    await page.goto(`${app.url}/vag-in`);
    await page.getByRole('link', { name: 'Region Stockholm' }).click();
    await page.getByRole('heading', { level: 1, name: 'Så startar ni ett IOP med Region Stockholm' }).waitFor();
    await page.getByText('Jonas Wiklund').waitFor();
    await checkPage(page, 'way-in');

    await page.fill('#f-organisationName', 'Läxhjälpen Söder');
    await page.fill('#f-organisationNumber', '802013-4708');
    await page.fill('#f-contactName', 'Sanna Ek');
    await page.fill('#f-email', 'sanna@example.org');
    await page.fill('#f-idea', 'Läxhjälp för barn som vårdas länge på sjukhuset.');
    await page.getByRole('button', { name: 'Skicka intresseanmälan' }).click();
    // A mistyped organisation number is named at its field.
    await page.locator('#f-organisationNumber-error').waitFor();
    await page.fill('#f-organisationNumber', '802013-4709');
    await page.getByRole('button', { name: 'Skicka intresseanmälan' }).click();
    await page.getByRole('status').filter({ hasText: 'har kommit fram till Jonas Wiklund' }).waitFor();
    await checkPage(page, 'way-in-sent');

    const notes = await app.call<{ items: { organisationName: string }[] }>(RegistryDemoUsers.adminStockholm, 'GET', '/interest');
    expect(notes.items.map((n) => n.organisationName)).toContain('Läxhjälpen Söder');
    await page.close();
  });
});
