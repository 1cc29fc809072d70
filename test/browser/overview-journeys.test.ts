import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { IopDemoUsers } from '../../local/seed/iop-seed.js';
import { parseCsv } from '../../shared/reporting/contract.js';
import { useJourneyApp } from './support/journey-app.js';

/**
 * The yearly follow-up and the public register in the browser, on the demo
 * seed: anyone searches and filters the register and downloads what they see;
 * the public overview and the approver's overview draw every chart with its
 * table, and the CSV download holds the rows of those tables. axe at both widths.
 */
const { approver: per } = IopDemoUsers;

const { app, newPage, checkPage, signIn } = useJourneyApp();

/** The page's figure tables as text rows (header row first), numbers without their thousands spaces, as the CSV writes them. */
async function pageTables(page: Page): Promise<{ caption: string; rows: string[][]; chartBefore: boolean }[]> {
  return page.$$eval('table.figures', (tables) =>
    tables.map((table) => {
      const part = table.closest('section');
      return {
        caption: table.querySelector('caption')?.textContent?.trim() ?? '',
        rows: Array.from(table.querySelectorAll('tr'))
          .filter((tr) => tr.querySelectorAll('td[colspan]').length === 0)
          .map((tr) =>
            Array.from(tr.querySelectorAll('th, td')).map((c) => (c.textContent ?? '').replace(/[\s\u00a0\u202f](?=\d{3}\b)/g, '').replace(/^–$/, '')),
          ),
        chartBefore: part?.querySelector('.chart[role="img"] svg') !== null && part?.querySelector('.chart[role="img"]') !== null,
      };
    }),
  );
}

/** Each table of the page must stand in the CSV under its caption, row for row. */
function expectCsvHoldsTables(csv: string, tables: { caption: string; rows: string[][] }[]): void {
  const rows = parseCsv(csv);
  for (const table of tables) {
    const at = rows.findIndex((r) => r[0] === table.caption);
    expect(at, table.caption).toBeGreaterThan(0);
    expect(rows.slice(at + 1, at + 1 + table.rows.length), table.caption).toEqual(table.rows);
  }
}

describe('the public register', () => {
  it('is searched and filtered; the CSV of what one sees has the same agreements; it links each body’s yearly follow-up', async () => {
    const page = await newPage();
    await page.goto(`${app.url}/register`);
    await page.getByRole('heading', { level: 1, name: 'Register över aktiva IOP-överenskommelser' }).waitFor();
    await page.locator('.register-list .card').first().waitFor();
    await checkPage(page, 'register-search');
    const all = await page.locator('.register-list .card h2').allTextContents();
    expect(all.length).toBeGreaterThan(0);

    // Filter on the first organisation offered: every card left names it.
    const organisation = page.getByLabel('Idéburen organisation');
    const option = (await organisation.locator('option').allTextContents())[1]!;
    await organisation.selectOption({ label: option });
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /av \d+ överenskommelser/ })
      .waitFor();
    await page.waitForFunction(() => document.querySelectorAll('[aria-busy="true"]').length === 0);
    const parties = await page.locator('.register-list .card').evaluateAll((cards) => cards.map((c) => c.textContent ?? ''));
    for (const text of parties) expect(text).toContain(option);
    const references = await page.locator('.register-list .card .meta').evaluateAll((m) => m.map((x) => (x.textContent ?? '').split(' · ')[0]));

    const href = await page.getByRole('link', { name: 'Det du ser nu som CSV' }).getAttribute('href');
    const csv = parseCsv(await (await fetch(new URL(href!, app.url))).text());
    expect(csv.slice(1).map((r) => r[0])).toEqual(references);
    // A search with no hits says so.
    await page.getByLabel('Sök', { exact: true }).fill('ingetsådantordfinns');
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await page.getByText('Inga överenskommelser passar filtren.').waitFor();

    await page.getByRole('link', { name: 'Västra Götalandsregionen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Årlig uppföljning: Västra Götalandsregionen' }).waitFor();
    await page.locator('.chart svg').first().waitFor();
    const tables = await pageTables(page);
    expect(tables.length).toBeGreaterThanOrEqual(5);
    expect(tables.filter((t) => t.chartBefore).length).toBeGreaterThanOrEqual(4);
    // Every chart is followed by its table in the same part of the page.
    const charts = await page.$$eval('.chart[role="img"]', (cs) =>
      cs.map((c) => c.closest('section')?.querySelector('table.figures caption')?.textContent ?? ''),
    );
    expect(charts.every((caption) => caption.length > 0)).toBe(true);
    await checkPage(page, 'public-overview');
    const publicCsv = await page.getByRole('link', { name: /Ladda ner siffrorna/ }).getAttribute('href');
    expectCsvHoldsTables(await (await fetch(new URL(publicCsv!, app.url))).text(), tables);
    await page.close();
  }, 120_000);
});

describe('the approver’s yearly follow-up', () => {
  it('draws every chart with its table, downloads the same rows as CSV and has a print layout', async () => {
    const page = await newPage();
    await signIn(page, per, 'Ärenden som väntar på beslut');
    await page.getByRole('link', { name: 'Årlig uppföljning' }).click();
    await page.getByRole('heading', { level: 1, name: 'Årlig uppföljning: Västra Götalandsregionen' }).waitFor();
    await page.locator('.chart svg').first().waitFor();
    await checkPage(page, 'overview');
    const tables = await pageTables(page);
    const chartCount = await page.locator('.chart[role="img"]').count();
    expect(chartCount).toBeGreaterThanOrEqual(4);
    expect(tables.filter((t) => t.chartBefore).length).toBe(chartCount);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Ladda ner siffrorna/ }).click()]);
    const file = readFileSync((await download.path())!, 'utf8');
    expect(file.charCodeAt(0)).toBe(0xfeff);
    expectCsvHoldsTables(file, tables);

    // Printed: no menu, no controls, the figures.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.overview-tools').isVisible()).toBe(false);
    expect(await page.locator('table.figures').first().isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    // Another year.
    await page.locator('#overview-year').selectOption(String(new Date().getFullYear() + 1));
    await page.getByRole('button', { name: 'Visa året' }).click();
    await page.getByRole('heading', { level: 2, name: new RegExp(`Årliga uppföljningar ${new Date().getFullYear() + 1}`) }).waitFor();
    await page.close();
  }, 120_000);
});
