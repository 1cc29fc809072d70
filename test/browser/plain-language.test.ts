import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Actor } from '../../shared/platform/auth/actor.js';
import { DemoIopCase, IopDemoUserProfiles, IopDemoUsers } from '../../local/seed/iop-seed.js';
import { ProcurementDemoUsers } from '../../local/seed/procurement-seed-store.js';
import { Viewports } from './support/browser.js';
import { useJourneyApp } from './support/journey-app.js';
import { englishInSwedish, rawIds, schemaMessages } from './support/plain-language-checks.js';

/**
 * Every page as each demo user sees it, in Swedish and in English, at 1280 and
 * 360 px: no page may show a raw id where a name belongs, the validation
 * engine's own wording, or (in Swedish) English. Forms are sent with bad input
 * too, so the error texts are read as well.
 */
const findings: string[] = [];

interface DemoUser extends Actor {
  readonly orgName?: string;
}

const eva = { sub: 'demo-civil-anhorigcentrum', name: 'Eva Johansson', role: 'civil', org: 'org-anhorigcentrum-vast' } as const satisfies Actor;
const { healthcareAngered: sara, civilRodaKorset: ahmed, civilGoteborgsStadsmission: karin, approver: per, procurement: anna } = IopDemoUsers;

// Its own page steps (read in both languages, sign in past any start page), so only the app and the browser are taken.
const { app, browser } = useJourneyApp({
  // Cases at each stage, and a match case through award and appeal, so their pages have something to show.
  seed: async (app) => {
    const inApproval = await app.call<{ id: string }>(sara, 'POST', '/iop/cases', { ...DemoIopCase, title: 'Klarspråk i beslut' });
    for (const user of [ahmed, karin]) await app.call(user, 'POST', `/iop/cases/${inApproval.id}/actions`, { type: 'accept-invitation' });
    for (const user of [sara, ahmed, karin]) await app.call(user, 'POST', `/iop/cases/${inApproval.id}/actions`, { type: 'consent', draftVersion: 1 });
    await app.call(sara, 'POST', `/iop/cases/${inApproval.id}/actions`, { type: 'request-decision' });
    const match = await app.call<{ id: string }>(eva, 'POST', '/procurement/matches', { noticeId: 'VGR-2026-001', lotId: '1', orgId: eva.org });
    const step = (actor: Actor, action: Record<string, unknown>) =>
      app.call(actor, 'POST', `/procurement/matches/${encodeURIComponent(match.id)}/actions`, action);
    await step(anna, { type: 'acknowledge' });
  },
});

/** Everything a reader (or a screen reader) gets of the page: visible text, the title, text alternatives and labels. */
async function pageText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const alternatives = Array.from(document.querySelectorAll('svg title, svg desc')).map((e) => e.textContent ?? '');
    const labels = Array.from(document.querySelectorAll('[aria-label], [title]')).map(
      (e) => `${e.getAttribute('aria-label') ?? ''} ${e.getAttribute('title') ?? ''}`,
    );
    return [document.title, document.body.innerText, ...alternatives, ...labels].join('\n');
  });
}

async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('[aria-busy="true"], .loading').length === 0);
}

async function setLanguage(page: Page, lang: 'sv' | 'en'): Promise<void> {
  const current = await page.getAttribute('html', 'lang');
  if (current === lang) return;
  await page.getByRole('button', { name: lang === 'en' ? 'English' : 'Svenska', exact: true }).click();
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
  await settled(page);
}

/** Reads the page in both languages at both widths and notes what it should not show. */
async function readPage(page: Page, name: string): Promise<void> {
  await settled(page);
  for (const lang of ['sv', 'en'] as const) {
    await setLanguage(page, lang);
    for (const viewport of Object.values(Viewports)) {
      await page.setViewportSize(viewport);
      const text = await pageText(page);
      const where = `${name} (${lang}, ${viewport.width} px)`;
      const problems = [...rawIds(text), ...schemaMessages(text), ...(lang === 'sv' ? englishInSwedish(text) : [])];
      for (const p of new Set(problems)) findings.push(`${where}: ${p}`);
    }
  }
  await setLanguage(page, 'sv');
  await page.setViewportSize(Viewports.desktop);
}

async function signIn(page: Page, user: DemoUser): Promise<void> {
  await page.goto(`${app.url}/logga-in`);
  await setLanguage(page, 'sv');
  await page.getByRole('button', { name: new RegExp(`Logga in som ${user.name}`) }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/logga-in'));
  await settled(page);
}

/** The menu's pages, and the first few cases, notices and match cases each list links to. */
async function walk(page: Page, user: DemoUser): Promise<void> {
  const menu = await page.locator('nav a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  // The inbox is reached from the header, not the menu.
  for (const path of [...new Set([...menu, '/inkorg'])]) {
    await page.goto(`${app.url}${path}`);
    await readPage(page, `${user.name} ${path}`);
    const details = await page.locator('.card h2 a, .card h3 a').evaluateAll((links) => links.slice(0, 4).map((a) => (a as HTMLAnchorElement).pathname));
    for (const detail of details) {
      await page.goto(`${app.url}${detail}`);
      await readPage(page, `${user.name} ${decodeURIComponent(detail)}`);
    }
  }
}

// Every demo user of the sign-in page, the administrator with the /admin pages too.
const DemoUsers: readonly DemoUser[] = [...IopDemoUserProfiles, ...ProcurementDemoUsers];

function report(found: readonly string[]): void {
  if (found.length) console.log(found.join('\n'));
}

describe('plain language on every page', () => {
  it('the pages open to anyone', async () => {
    findings.length = 0;
    const page = await browser().newPage({ viewport: Viewports.desktop });
    await page.goto(`${app.url}/logga-in`);
    await readPage(page, 'sign-in');
    await page.goto(`${app.url}/register`);
    await readPage(page, 'register');
    await page.close();
    report(findings);
    expect(findings).toEqual([]);
  });

  it.each(DemoUsers.map((u) => [u.name, u] as const))('every page %s sees', { timeout: 300_000 }, async (_, user) => {
    findings.length = 0;
    const page = await browser().newPage({ viewport: Viewports.desktop });
    await signIn(page, user);
    await walk(page, user);
    await page.close();
    report(findings);
    expect(findings).toEqual([]);
  });

  it('says field errors of forms sent with bad input in plain words, naming each field', async () => {
    findings.length = 0;
    const page = await browser().newPage({ viewport: Viewports.desktop });

    // Starting an IOP with nothing filled in: every required field is named in the summary.
    await signIn(page, sara);
    await page.goto(`${app.url}/arenden/nytt`);
    await page.fill('#f-durationMonths', '0');
    await page.fill('#f-budgetPerYearSek', '-5');
    await page.getByRole('button', { name: 'Starta partnerskapet' }).click();
    await page.locator('.error-summary li').first().waitFor();
    await readPage(page, 'new case with bad input');
    const summary = await page.locator('.error-summary li').allTextContents();
    expect(new Set(summary).size, `each error says which field it is about: ${summary.join(' | ')}`).toBe(summary.length);
    expect(summary.join(' ')).toContain('Namn på partnerskapet: Fyll i fältet.');

    // A bidder profile with codes that are not codes.
    await signIn(page, eva);
    await page.goto(`${app.url}/anbudsprofil`);
    await page.locator('#f-profile-name').waitFor();
    await page.fill('#f-profile-name', 'A');
    await page.fill('#f-profile-cpv', '123, abc');
    await page.fill('#f-profile-staff', '');
    await page.fill('#f-profile-disadvantagedShare', '250');
    await page.getByRole('button', { name: 'Spara profilen' }).click();
    await page.locator('.error-summary li').first().waitFor();
    await readPage(page, 'bidder profile with bad input');

    // A notice with a short CPV code, no title and a deadline in the past.
    await signIn(page, anna);
    await page.goto(`${app.url}/upphandlingar/ny`);
    await page.fill('#f-cpv-main', '853124');
    await page.fill('#f-deadline', '2020-01-01');
    await page.getByRole('button', { name: 'Registrera upphandlingen' }).click();
    await page.locator('.error-summary li').first().waitFor();
    await readPage(page, 'new notice with bad input');

    // A decision with nothing filled in.
    await signIn(page, per);
    const cases = await app.call<{ items: { id: string; stage: string }[] }>(per, 'GET', '/iop/cases?stage=approval');
    await page.goto(`${app.url}/arenden/${encodeURIComponent(cases.items[0]!.id)}`);
    await page.getByRole('button', { name: 'Fatta beslut' }).click();
    await page.locator('.error-summary li').first().waitFor();
    await readPage(page, 'decision with bad input');

    report(findings);
    expect(findings).toEqual([]);
    await page.close();
  });
});
