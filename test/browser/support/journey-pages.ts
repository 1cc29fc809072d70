import { expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Actor } from '../../../shared/platform/auth/actor.js';
import type { AppUnderTest } from './app-under-test.js';
import { axeViolations, screenshot, Viewports } from './browser.js';

/**
 * The page steps every browser journey shares: open a page that records its
 * script errors, check a page (axe at both widths, a screenshot each, no script
 * error so far), and sign in as a demo user. The browser and the app start in a
 * file's beforeAll (useJourneyApp in journey-app.ts), so they are read when a step runs.
 */
export function journeyPages(browser: () => Browser, app: () => AppUnderTest) {
  const pageErrors: string[] = [];

  async function newPage(): Promise<Page> {
    const page = await browser().newPage({ viewport: Viewports.desktop });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    return page;
  }

  async function checkPage(page: Page, name: string): Promise<void> {
    await page.waitForFunction(() => document.querySelectorAll('[aria-busy="true"]').length === 0);
    for (const [label, viewport] of Object.entries(Viewports)) {
      await page.setViewportSize(viewport);
      expect(await axeViolations(page), `axe on ${name} at ${viewport.width} px`).toEqual([]);
      await screenshot(page, `${name}-${label}`);
    }
    await page.setViewportSize(Viewports.desktop);
    expect(pageErrors).toEqual([]);
  }

  async function signIn(page: Page, user: Pick<Actor, 'name'>, startHeading: string): Promise<void> {
    await page.goto(`${app().url}/logga-in`);
    await page.getByRole('button', { name: new RegExp(`Logga in som ${user.name}`) }).click();
    await page.getByRole('heading', { level: 1, name: startHeading }).waitFor();
  }

  return { pageErrors, newPage, checkPage, signIn };
}
