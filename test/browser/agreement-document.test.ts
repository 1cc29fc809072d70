import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../shared/platform/auth/actor.js';
import { DemoIopCase, IopDemoUsers } from '../../local/seed/iop-seed.js';
import { approveBody } from '../integration/iop/iop-http.js';
import { pdfText } from '../support/pdf-text.js';
import { useJourneyApp } from './support/journey-app.js';

/**
 * The agreement as a document in the web app: a party reads it and its
 * plain-language summary before signing, and downloads the signed agreement's
 * PDF, which names the version. Every page is checked with axe at 1280 and 360 px.
 */
const { healthcareAngered: sara, civilRodaKorset: ahmed, civilGoteborgsStadsmission: karin, approver: per } = IopDemoUsers;

const { app, newPage, checkPage, signIn } = useJourneyApp();

const act = (actor: Actor, id: string, action: Record<string, unknown>) => app.call(actor, 'POST', `/iop/cases/${id}/actions`, action);

/** A case approved by the decision-maker: its agreement waits for the parties' signatures. */
async function approvedCase(title: string): Promise<string> {
  const { id } = await app.call<{ id: string }>(sara, 'POST', '/iop/cases', { ...DemoIopCase, title });
  for (const who of [ahmed, karin]) await act(who, id, { type: 'accept-invitation' });
  for (const who of [sara, ahmed, karin]) await act(who, id, { type: 'consent', draftVersion: 1 });
  await act(sara, id, { type: 'request-decision' });
  await act(per, id, approveBody);
  return id;
}

describe('a party of an IOP', () => {
  it('reads the agreement and its plain-language summary before signing, and downloads the signed PDF naming the version', async () => {
    const title = 'Hälsolotsar på eget språk';
    const id = await approvedCase(title);
    const page = await newPage();
    await signIn(page, ahmed, 'Mina ärenden');
    await page.goto(`${app.url}/arenden/${id}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();

    // The case page has the summary, in short sentences from the agreement, and a way to read it whole.
    const panel = page.getByRole('region', { name: 'Överenskommelsen i korthet' });
    await panel.getByText('Det här är en överenskommelse mellan', { exact: false }).waitFor();
    await expect(panel.getByText(/bidrar med .* om året/).count()).resolves.toBeGreaterThan(0);
    await checkPage(page, 'agreement-case-summary');

    await panel.getByRole('link', { name: 'Läs hela överenskommelsen (version 1)' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Sammanfattning på lätt svenska' }).waitFor();
    await page.getByText('Läs överenskommelsen innan ni skriver under.', { exact: false }).waitFor();
    for (const heading of ['1. Parter', '4. Parternas bidrag', '5. Budget per år', '6. Styrning och de sex principerna', '9. Uppsägning', '11. Tvister']) {
      await page.getByRole('heading', { level: 2, name: heading }).waitFor();
    }
    await expect(page.getByText('har ännu inte undertecknat version 1', { exact: false }).count()).resolves.toBe(3);
    await checkPage(page, 'agreement-before-signing');

    // In English too.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: 'Summary in plain language' }).waitFor();
    await checkPage(page, 'agreement-before-signing-en');
    await page.getByRole('button', { name: 'Svenska' }).click();
    await page.getByRole('heading', { level: 2, name: 'Sammanfattning på lätt svenska' }).waitFor();

    // Every party signs; the document then names each signature and the version.
    for (const who of [sara, ahmed, karin]) await act(who, id, { type: 'sign' });
    await page.reload();
    await page.getByText(`Undertecknad av ${ahmed.name}`, { exact: false }).waitFor();
    await expect(page.getByText(/Undertecknad av .* \(version 1\)\./).count()).resolves.toBe(3);
    await checkPage(page, 'agreement-signed');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ner PDF' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^IOP-.+-overenskommelse-version-1\.pdf$/);
    const text = pdfText(readFileSync((await download.path())!));
    expect(text).toContain('Version 1');
    expect(text).toContain(`Undertecknad av ${karin.name}`);
    expect(text).toContain(title);
    await page.close();
  }, 180_000);

  it('reads a review’s report after it was submitted and decided, with each party’s position', async () => {
    const title = 'Uppföljning att läsa';
    const id = await approvedCase(title);
    for (const who of [sara, ahmed, karin]) await act(who, id, { type: 'sign' });
    // A year on, the first review opens: the organisations report, a party takes a position, the parties decide.
    const clock = await fetch(`${app.url}/dev/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ advance: 'P400D' }),
    });
    expect(clock.status).toBe(200);
    await expect
      .poll(async () => (await app.call<{ stage: string }>(sara, 'GET', `/iop/cases/${id}`)).stage, { timeout: 30_000, interval: 250 })
      .toBe('review');
    const report = {
      type: 'submit-review-report',
      activities: 'Gruppträffar och lotsning',
      reach: 320,
      outcomes: 'Målen för året är nådda',
      moneyUsedSek: 1_000_000,
      inKindUsedSek: 900_000,
    };
    for (const who of [ahmed, karin]) await act(who, id, report);
    await act(karin, id, { type: 'record-review-position', position: 'continue', statement: 'Arbetet fungerar väl.' });
    // The decision is recorded only after every party was heard.
    await act(ahmed, id, { type: 'record-review-position', position: 'continue', statement: 'Vi vill fortsätta.' });
    await act(sara, id, { type: 'record-review-position', position: 'continue', statement: 'Vi fortsätter gärna.' });
    await act(sara, id, { type: 'review-decision', decision: 'continue', motivation: 'Målen är nådda.' });

    const { parties } = await app.call<{ parties: { orgId: string; name: string }[] }>(sara, 'GET', `/iop/cases/${id}`);
    const redCross = parties.find((p) => p.orgId === ahmed.org)!.name;

    const page = await newPage();
    await signIn(page, karin, 'Mina ärenden');
    await page.goto(`${app.url}/arenden/${id}`);
    await page.getByRole('link', { name: 'Läs rapporten för Uppföljning 1' }).click();
    await page.getByRole('heading', { level: 1, name: `Uppföljning 1 · ${title}` }).waitFor();
    await page.getByRole('heading', { level: 3, name: new RegExp(`^${redCross}, `) }).waitFor();
    await page.getByText('Fortsätta som förut. Arbetet fungerar väl.', { exact: false }).waitFor();
    await page.getByText('Fortsätta som förut. Motivering: Målen är nådda.').waitFor();
    await checkPage(page, 'review-report');
    await page.close();
  }, 180_000);
});
