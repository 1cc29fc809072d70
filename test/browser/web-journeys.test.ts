import { describe, expect, it } from 'vitest';
import type { Actor } from '../../shared/platform/auth/actor.js';
import { DemoIopCase, IopDemoUsers } from '../../local/seed/iop-seed.js';
import { useJourneyApp } from './support/journey-app.js';

/**
 * Each kind of user's main journey through the web app, against the whole
 * product running locally (seeded like `npm start`). Every page is checked with
 * axe-core for WCAG 2.1 A/AA at 1280 px and 360 px and photographed into
 * test-results/browser/.
 */
const { healthcareAngered: sara, civilRodaKorset: ahmed, civilGoteborgsStadsmission: karin, approver: per, procurement: anna } = IopDemoUsers;
const eva = { sub: 'demo-civil-anhorigcentrum', name: 'Eva Johansson', role: 'civil', org: 'org-anhorigcentrum-vast' } as const satisfies Actor;

const { app, newPage, checkPage, signIn } = useJourneyApp();

/** Waits until nothing on the page is loading, then checks it with axe and photographs it at both widths. */

async function createCase(title: string): Promise<string> {
  const created = await app.call<{ id: string }>(sara, 'POST', '/iop/cases', { ...DemoIopCase, title });
  return created.id;
}

async function act(actor: Actor, caseId: string, action: Record<string, unknown>): Promise<void> {
  await app.call(actor, 'POST', `/iop/cases/${caseId}/actions`, action);
}

describe('anyone', () => {
  it('gets the sign-in page in Swedish, the public register, and English at a switch', async () => {
    const page = await newPage();
    await page.goto(`${app.url}/`);
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    await checkPage(page, 'sign-in');

    // The skip link is the first thing a keyboard reaches, and it leads to the content.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hoppa till innehållet');

    await page.getByRole('link', { name: 'Offentligt register' }).click();
    await page.getByRole('heading', { level: 1, name: 'Register över aktiva IOP-överenskommelser' }).waitFor();
    await checkPage(page, 'register');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Register of active IOP agreements' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await checkPage(page, 'register-en');
    await page.getByRole('button', { name: 'Svenska' }).click();
    await page.close();
  });
});

describe('healthcare unit staff', () => {
  it('start an IOP with a form that explains the pre-check and shows the API’s errors at the fields', async () => {
    const page = await newPage();
    await signIn(page, sara, 'Mina ärenden');
    await checkPage(page, 'healthcare-cases');

    await page.getByRole('link', { name: 'Starta ett nytt IOP' }).click();
    await page.getByRole('heading', { level: 1, name: 'Starta ett IOP' }).waitFor();
    // The own unit is chosen already, by name; the organisation is picked by name from the registry.
    await page.waitForFunction(() => (document.querySelector('#f-healthcareUnit-orgId') as HTMLInputElement | null)?.value !== '');
    await expect(page.inputValue('#f-healthcareUnit-orgId')).resolves.toBe('Angereds Närsjukhus');
    await page.fill('#f-purpose', 'Minska ensamheten bland äldre patienter genom samtalsgrupper.');
    await page.fill('#f-targetGroup', 'Äldre patienter i Angered.');
    await page.fill('#f-activities', 'Samtalsgrupper\nHembesök');
    await page.fill('#f-healthcareUnit-contribution-moneySekPerYear', '500000');
    await page.fill('#f-civilParties-0-orgId', 'röda kors');
    await page.getByRole('option', { name: /Svenska Röda Korset/ }).click();
    // Its statutes come from the registry, checked and read-only.
    await page.getByText('Uppgifterna kommer från organisationsregistret').first().waitFor();
    await expect(page.isChecked('#f-civilParties-0-criteria-solePublicBenefitPurpose')).resolves.toBe(true);
    await page.fill('#f-civilParties-0-contribution-inKindSekPerYear', '200000');
    await page.fill('#f-plannedStart', '2027-09-01');
    await page.fill('#f-budgetPerYearSek', '700000');
    await page.fill('#f-durationMonths', '72');

    // The pre-check explains itself before anything is sent.
    const duration = page.locator('.precheck li', { hasText: 'Löptid' });
    await expect(duration.textContent()).resolves.toContain('längre än högst 60 månader');
    await expect(duration.locator('.badge').textContent()).resolves.toBe('Inte godkänt');

    // No title: the API's 400 names the field, and the form shows it there.
    await page.getByRole('button', { name: 'Starta partnerskapet' }).click();
    await expect(page.locator('#f-title-error').textContent()).resolves.toBe('Fyll i fältet.');
    expect(await page.getAttribute('#f-title', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('#f-title', 'aria-describedby')).toContain('f-title-error');
    await expect(page.locator('.error-summary').isVisible()).resolves.toBe(true);
    await checkPage(page, 'healthcare-new-case-errors');

    await page.fill('#f-title', 'Samtalsgrupper för äldre i Angered');
    await page.fill('#f-durationMonths', '36');
    await page.getByRole('button', { name: 'Starta partnerskapet' }).click();
    await page.getByRole('heading', { level: 1, name: 'Samtalsgrupper för äldre i Angered' }).waitFor();
    await expect(page.locator('.journey figcaption').textContent()).resolves.toBe('Nu: Initiering');
    await expect(page.locator('.journey desc').textContent()).resolves.toContain('steg 1: Initiering');
    await checkPage(page, 'healthcare-case-initiated');
    await page.close();
  });
});

describe('civil-society actors', () => {
  it('see where their case is, accept, consent to the draft and record a meeting', async () => {
    const id = await createCase('Hälsokommunikatörer – civil resa');
    const page = await newPage();
    await signIn(page, ahmed, 'Mina ärenden');
    const card = page.locator('.card', { hasText: 'Hälsokommunikatörer – civil resa' });
    await card.waitFor();
    await expect(card.locator('dt').allTextContents()).resolves.toEqual(['Var ärendet är', 'Vad händer nu', 'Vem gör nästa steg', 'Senast']);
    await expect(card.locator('dd').first().textContent()).resolves.toContain('väntar på svar på inbjudan');
    await checkPage(page, 'civil-cases');

    await card.getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: 'Hälsokommunikatörer – civil resa' }).waitFor();
    await checkPage(page, 'civil-case-invited');
    // A double click sends once (one submission, one Idempotency-Key): the timeline gets one entry.
    await page.getByRole('button', { name: 'Tacka ja', exact: true }).dblclick();
    await page.locator('li', { hasText: 'Svenska Röda Korset' }).filter({ hasText: 'har tackat ja' }).first().waitFor();
    await page.locator('.timeline-what', { hasText: 'Svenska Röda Korset har tackat ja' }).first().waitFor();
    await expect(page.locator('.timeline-what', { hasText: 'Svenska Röda Korset har tackat ja' }).count()).resolves.toBe(1);

    await act(karin, id, { type: 'accept-invitation' });
    await page.reload();
    await page.getByRole('button', { name: 'Godkänn utkastet' }).click();
    await page.locator('li', { hasText: 'Svenska Röda Korset' }).filter({ hasText: 'har godkänt version 1' }).first().waitFor();

    await page.locator('summary', { hasText: 'Anteckna ett möte' }).click();
    await page.fill('#f-record-meeting-date', '2026-12-01');
    await page.fill('#f-record-meeting-participants', 'Ahmed Hassan, Röda Korset\nSara Lindqvist, Angereds Närsjukhus');
    await page.fill('#f-record-meeting-notes', 'Vi kom överens om språken och om en gemensam utbildning.');
    await page.getByRole('button', { name: 'Spara mötet' }).click();
    await page.getByRole('heading', { level: 3, name: /^Möte 1/ }).waitFor();
    await expect(page.locator('.timeline li').count()).resolves.toBeGreaterThan(3);
    await checkPage(page, 'civil-case-dialogue');
    await page.close();
  });
});

describe('decision-makers', () => {
  it('see cases awaiting decision with deadlines, and decide with the legal checklist', async () => {
    const id = await createCase('Beslutsresa i Angered');
    for (const user of [ahmed, karin]) await act(user, id, { type: 'accept-invitation' });
    for (const user of [sara, ahmed, karin]) await act(user, id, { type: 'consent', draftVersion: 1 });
    await act(sara, id, { type: 'request-decision' });

    const page = await newPage();
    await signIn(page, per, 'Ärenden som väntar på beslut');
    const card = page.locator('.card', { hasText: 'Beslutsresa i Angered' });
    await card.waitFor();
    await expect(card.locator('.due').textContent()).resolves.toMatch(/^Beslut senast \d+ \w+ \d{4}$/);
    await checkPage(page, 'approver-queue');

    await card.getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: 'Beslutsresa i Angered' }).waitFor();
    await checkPage(page, 'approver-case');
    for (const item of [
      'localGovernmentActAndPriorities',
      'complementsPublicOffering',
      'stateAid',
      'notPublicContract',
      'coFinancingDocumented',
      'noOtherRegionalFunding',
    ]) {
      await page.check(`#f-decide-checklist-${item}-met`);
      await page.fill(`#f-decide-checklist-${item}-motivation`, 'Uppfyllt enligt underlaget.');
    }
    await page.selectOption('#f-decide-checklist-stateAid-basis', 'de-minimis');
    await page.fill('#f-decide-motivation', 'Partnerskapet kompletterar vården och är medfinansierat.');
    await page.fill('#f-decide-diarienummer', 'HSN 2026-00123');
    await page.getByRole('button', { name: 'Fatta beslut' }).click();
    await page.locator('.journey figcaption', { hasText: 'Nu: Överenskommelse' }).waitFor();
    // The agreement's term and review dates are drawn on a timeline with a text alternative.
    await page.locator('.date-list li', { hasText: 'Årlig uppföljning 1' }).waitFor();
    await checkPage(page, 'approver-decided');
    await page.close();
  });
});

describe('procurement staff', () => {
  it('see whom a notice and each lot reach, and a what-if before and after', async () => {
    const page = await newPage();
    await signIn(page, anna, 'Upphandlingar');
    await checkPage(page, 'procurement-notices');
    await page.getByRole('link', { name: 'Anhörigstöd och mötesplatser för äldre' }).click();
    await page.getByRole('heading', { level: 2, name: 'Vilka når upphandlingen?' }).waitFor();
    await page.locator('.lot').first().waitFor();
    await expect(page.locator('.lot h3').count()).resolves.toBe(3);
    await checkPage(page, 'procurement-notice');

    // Split the 4.8 MSEK notice into lots of 600 000 kr: the answer shows before and after at once.
    await page.fill('#f-whatif-lotValueSek', '600000');
    await page.getByRole('button', { name: 'Visa före och efter' }).click();
    const table = page.getByRole('table', { name: 'Räckvidd före och efter ändringen' });
    await table.waitFor();
    const lots = table.locator('tbody tr', { hasText: 'Delområden' }).locator('td');
    await expect(lots.allTextContents()).resolves.toEqual(['3', '8']);
    await expect(table.locator('tbody tr').first().locator('th').textContent()).resolves.toBe('Leverantörer som nås');
    await checkPage(page, 'procurement-what-if');

    await page.selectOption('#whatif-kind', 'reserve');
    await page.selectOption('#f-whatif-reservation', 'ideburna');
    await page.getByRole('button', { name: 'Visa före och efter' }).click();
    await table.waitFor();
    await expect(table.locator('tbody tr', { hasText: 'Delområden' }).locator('td').allTextContents()).resolves.toEqual(['3', '3']);
    await page.close();
  });
});

describe('procurement staff registering a notice', () => {
  it('get each field error at its field, then the reach of the saved notice and its lot', async () => {
    const page = await newPage();
    await signIn(page, anna, 'Upphandlingar');
    await page.getByRole('link', { name: 'Registrera upphandling' }).click();
    await page.getByRole('heading', { level: 1, name: 'Registrera en upphandling' }).waitFor();
    // The buyer is picked by name: their own region at first, or one of its procurement units.
    const buyer = page.locator('#f-buyer-orgId');
    await page.waitForFunction(() => (document.querySelector('#f-buyer-orgId') as HTMLInputElement | null)?.value === 'Västra Götalandsregionen');
    await buyer.fill('inköp');
    await page.getByRole('option', { name: /Koncernavdelning Inköp/ }).click();
    await expect(buyer.inputValue()).resolves.toBe('Koncernavdelning Inköp, Västra Götalandsregionen');
    await page.fill('#f-buyer-unit', 'Västra Götalandsregionen, Koncernkontoret inköp');
    await page.fill('#f-title', 'Samtalsstöd för anhöriga i Göteborg');
    await page.fill('#f-description', 'Samtalsgrupper och rådgivning för anhöriga till äldre, i samverkan med vårdcentraler.');
    await page.fill('#f-cpv-main', '853124');
    await page.fill('#f-estimatedValueSek', '900000');
    await page.fill('#f-durationMonths', '24');
    await page.selectOption('#f-procedure', 'simplified');
    await page.fill('#f-deadline', '2027-06-30');
    await page.getByRole('button', { name: 'Lägg till ett delområde' }).click();
    await page.fill('#f-lots-0-title', 'Göteborg');
    await page.fill('#f-lots-0-valueSek', '900000');
    await page.getByRole('button', { name: 'Registrera upphandlingen' }).click();
    await page.locator('#f-cpv-main-error').waitFor();
    await checkPage(page, 'procurement-new-notice-errors');

    await page.fill('#f-cpv-main', '85312400');
    await page.getByRole('button', { name: 'Registrera upphandlingen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Samtalsstöd för anhöriga i Göteborg' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Delområde 1: Göteborg' }).waitFor();
    await checkPage(page, 'procurement-new-notice-saved');
    const noticeId = decodeURIComponent(new URL(page.url()).pathname.split('/').at(-1) ?? '');
    const saved = await app.call<{ buyer: { orgId: string } }>(anna, 'GET', `/procurement/notices/${encodeURIComponent(noticeId)}`);
    expect(saved.buyer.orgId).toBe('vgr-upphandling');
    await page.close();
  });
});

describe('a civil bidder and procurement staff', () => {
  it('see matches with their reasons, start a match case and follow award and standstill on a timeline', async () => {
    const page = await newPage();
    await signIn(page, eva, 'Mina ärenden');
    await page.getByRole('link', { name: 'Anbudsprofil' }).click();
    await page.getByRole('heading', { level: 1, name: 'Anbudsprofil' }).waitFor();
    await page.locator('#f-profile-name').waitFor();
    await checkPage(page, 'bidder-profile');
    await page.getByRole('button', { name: 'Spara profilen' }).click();
    await page.locator('.confirmation', { hasText: 'Profilen är sparad' }).waitFor();

    await page.getByRole('link', { name: 'Upphandlingar som passar er', exact: true }).click();
    const first = page.locator('.card').first();
    await first.waitFor();
    await expect(first.locator('h4').first().textContent()).resolves.toBe('Därför passar den');
    await expect(first.locator('li').count()).resolves.toBeGreaterThan(0);
    await checkPage(page, 'bidder-matches');

    await first.getByRole('button', { name: 'Starta ett matchningsärende' }).click();
    await page.getByRole('heading', { level: 2, name: 'Tilldelning, avtalsspärr och överprövning' }).waitFor();
    const caseId = decodeURIComponent(new URL(page.url()).pathname.split('/').at(-1)!);
    await checkPage(page, 'bidder-match-case');

    // Procurement staff take the case to an award decision; the standstill follows from it.
    const step = (actor: Actor, action: Record<string, unknown>) =>
      app.call(actor, 'POST', `/procurement/matches/${encodeURIComponent(caseId)}/actions`, action);
    await step(anna, { type: 'acknowledge' });
    await step(eva, { type: 'submit-tender' });
    // The tenders are opened once the tender deadline has passed (the seed's deadlines are at most 45 days away).
    const moved = await fetch(`${app.url}/dev/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"advance":"P46D"}' });
    expect(moved.ok).toBe(true);
    await step(anna, { type: 'record-evaluation', note: 'Uppfyller kraven.' });
    await step(anna, { type: 'decide-award', outcome: 'awarded', sentElectronically: true });

    const staff = await newPage();
    await signIn(staff, anna, 'Upphandlingar');
    await staff.goto(`${app.url}/matchningar/${encodeURIComponent(caseId)}`);
    await staff.locator('.date-list li', { hasText: 'Avtalsspärren slutar' }).waitFor();
    await staff.getByRole('button', { name: 'Registrera överprövning' }).click();
    await staff.locator('.date-list li', { hasText: 'Överprövning begärd' }).waitFor();
    await checkPage(staff, 'procurement-match-case-appeal');
    await staff.close();
    await page.close();
  });
});
