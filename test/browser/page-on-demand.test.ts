import { describe, expect, it } from 'vitest';
import { IopDemoUsers } from '../../local/seed/iop-seed.js';
import { useJourneyApp } from './support/journey-app.js';

/**
 * Pages loaded on demand (web/src/router/page-on-demand.tsx): their chunk is
 * fetched when the page is first opened, not before; when the fetch fails the
 * reader is told so plainly and can try again.
 */
const { admin: omar } = IopDemoUsers;

const { app, newPage, checkPage, signIn } = useJourneyApp();

describe('a page loaded on demand', () => {
  it('is fetched on first use; a failed fetch says so and a retry loads it', async () => {
    const page = await newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await signIn(page, omar, 'Mina ärenden');
    expect(scripts).toContain('/app.js');
    expect(scripts.filter((path) => path.includes('admin-users-page'))).toEqual([]);

    // The chunk cannot be fetched (offline, or replaced by a deployment).
    const chunk = '**/chunks/admin-users-page-*.js';
    await page.route(chunk, (route) => route.abort('internetdisconnected'));
    await page.getByRole('link', { name: 'Användare' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sidan kunde inte laddas' }).waitFor();
    await page.getByRole('alert').filter({ hasText: 'Kontrollera anslutningen och försök igen' }).waitFor();
    await checkPage(page, 'page-on-demand-failed');

    await page.unroute(chunk);
    await page.getByRole('button', { name: 'Försök igen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Användare' }).waitFor();
    expect(scripts.filter((path) => path.includes('admin-users-page')).length).toBeGreaterThan(0);
  }, 60_000);
});
