import { DemoIopCase, DemoIopChecklist, IopDemoUsers } from './seed/iop-seed.js';
import type { Actor } from '../shared/platform/auth/actor.js';

/**
 * `npm run demo`: one IOP from the first idea to its renewal five years later,
 * driven over the local HTTP API only, as a client would (tokens from
 * POST /dev/token, time from POST /dev/clock). Starts the local runtime in
 * memory, or talks to a running one when DEMO_URL is set.
 */
process.env.LOG_LEVEL ??= 'silent';

interface Answer {
  status: number;
  body: any;
}

const log = (line: string) => console.log(line);
const step = (line: string) => console.log(`  • ${line}`);

async function connect(): Promise<{ url: string; stop: () => Promise<void> }> {
  const given = process.env.DEMO_URL?.replace(/\/$/, '');
  if (given) return { url: given, stop: async () => undefined };
  const { startLocalRuntime } = await import('./runtime/local-runtime.js');
  const runtime = await startLocalRuntime({ port: 0, web: false, seed: false });
  return { url: runtime.url, stop: () => runtime.stop() };
}

function client(url: string) {
  const call = async (method: string, path: string, body?: unknown, token?: string, headers: Record<string, string> = {}): Promise<Answer> => {
    const res = await fetch(`${url}${path}`, {
      method,
      headers: {
        ...(body !== undefined && { 'content-type': 'application/json' }),
        ...(token && { authorization: `Bearer ${token}` }),
        ...headers,
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  };
  return {
    call,
    async token(user: Actor): Promise<string> {
      const answer = await call('POST', '/dev/token', { sub: user.sub, name: user.name, role: user.role, org: user.org });
      if (answer.status !== 200) throw new Error(`POST /dev/token answered ${answer.status}: ${JSON.stringify(answer.body)}`);
      return answer.body.token as string;
    },
  };
}

const checklist = DemoIopChecklist;

async function main(): Promise<void> {
  const started = Date.now();
  const { url, stop } = await connect();
  log(`IOP demo against ${url}`);
  const api = client(url);
  const [hc, rk, sm, ap] = await Promise.all([
    api.token(IopDemoUsers.healthcareAngered),
    api.token(IopDemoUsers.civilRodaKorset),
    api.token(IopDemoUsers.civilGoteborgsStadsmission),
    api.token(IopDemoUsers.approver),
  ]);
  const names = new Map<string, string>([
    [hc, IopDemoUsers.healthcareAngered.name],
    [rk, IopDemoUsers.civilRodaKorset.name],
    [sm, IopDemoUsers.civilGoteborgsStadsmission.name],
    [ap, IopDemoUsers.approver.name],
  ]);

  let caseId = '';
  let keys = 0;
  const must = (answer: Answer, what: string, expected = 200): Answer => {
    if (answer.status !== expected) throw new Error(`${what}: expected ${expected}, got ${answer.status}: ${JSON.stringify(answer.body)}`);
    return answer;
  };
  const act = async (token: string, body: Record<string, unknown>, id = caseId): Promise<any> => {
    const answer = await api.call('POST', `/iop/cases/${id}/actions`, body, token, { 'idempotency-key': `demo-${Date.now()}-${++keys}` });
    must(answer, `${names.get(token)}: ${String(body.type)}`);
    step(
      `${names.get(token)}: ${String(body.type)}${body.decision ? ` (${String(body.decision)})` : ''} → ${answer.body.stage}, version ${answer.body.version}`,
    );
    return answer.body;
  };
  const read = async (id = caseId) => must(await api.call('GET', `/iop/cases/${id}`, undefined, hc), `GET /iop/cases/${id}`).body;
  const now = async () => (await api.call('GET', '/dev/clock')).body.now as string;
  const advance = async (duration: string) => must(await api.call('POST', '/dev/clock', { advance: duration }), `advance ${duration}`).body;

  log('\n1. Initiation');
  const created = must(await api.call('POST', '/iop/cases', DemoIopCase, hc, { 'idempotency-key': `demo-create-${Date.now()}` }), 'POST /iop/cases', 201).body;
  caseId = created.id;
  step(`${names.get(hc)} starts ${created.reference} "${created.title}" → ${created.stage}`);
  step(`Status: ${created.status.headline.sv} (${created.status.next.sv})`);
  await act(rk, { type: 'accept-invitation' });
  await act(sm, { type: 'accept-invitation' });

  log('\n2. Dialogue');
  await act(hc, {
    type: 'record-meeting',
    date: (await now()).slice(0, 10),
    participants: [IopDemoUsers.healthcareAngered.name, IopDemoUsers.civilRodaKorset.name, IopDemoUsers.civilGoteborgsStadsmission.name],
    notes: 'Vi gick igenom målgruppen och kom överens om att lägga till hälsoinformation på tigrinja och en gemensam volontärutbildning per termin.',
  });
  const revised = await act(rk, {
    type: 'revise-draft',
    summary: 'Tigrinja tillagt och budgeten höjd för tolkstöd',
    changes: { activities: [...DemoIopCase.activities, 'Hälsoinformation på tigrinja'], budgetPerYearSek: 2_100_000 },
  });
  for (const token of [hc, rk, sm]) await act(token, { type: 'consent', draftVersion: revised.draft.version });
  await act(hc, { type: 'request-decision' });

  log('\n3. Approval');
  await act(ap, {
    type: 'decide',
    decision: 'approve',
    motivation: 'Alla punkter i checklistan är uppfyllda; samverkan stärker jämlik hälsa i nordöstra Göteborg.',
    diarienummer: 'RS 2026-04711',
    checklist,
  });

  log('\n4. Agreement');
  for (const token of [hc, rk, sm]) await act(token, { type: 'sign' });
  const active = await read();
  step(`In force ${active.agreementInForce.termStart.slice(0, 10)} – ${active.agreementInForce.termEnd.slice(0, 10)}; reviews scheduled`);

  log('\n5. Five years of reviews (moving the clock)');
  const report = (reach: number) => ({
    type: 'submit-review-report',
    activities: 'Gruppträffar på fyra språk, lotsning till vårdcentral och 1177, volontärutbildning',
    reach,
    outcomes: 'Fler i målgruppen söker vård i rätt tid och känner till 1177',
    moneyUsedSek: 1_050_000,
    inKindUsedSek: 950_000,
  });
  for (let review = 1; review <= 5; review++) {
    let state = await read();
    for (let months = 0; state.stage !== 'review'; months++) {
      if (months > 15) throw new Error(`Review ${review} did not open within 15 months`);
      await advance('P1M');
      state = await read();
    }
    const open = state.reviews.at(-1);
    step(`${(await now()).slice(0, 10)}: review ${open.number}${open.final ? ' (final)' : ''} is open`);
    await act(rk, report(250 + 60 * review));
    await act(sm, report(120 + 40 * review));
    for (const who of [hc, rk, sm]) await act(who, { type: 'record-review-position', position: 'continue', statement: `År ${review}: samarbetet fungerar.` });
    if (!open.final) {
      await act(hc, { type: 'review-decision', decision: 'continue', motivation: `År ${review}: målen nås och parterna fortsätter.` });
    } else {
      await act(hc, { type: 'review-decision', decision: 'renew', motivation: 'Behovet finns kvar och samarbetet fungerar; parterna förnyar.' });
    }
  }
  const renewedBy = (await read()).renewedBy as string;
  // The renewal is made by the review's workflow once the decision's effects have run (from the table's stream):
  // a moment after the answer, as in AWS.
  let renewal: any;
  for (let attempt = 0; attempt < 100 && !renewal; attempt++) {
    const answer = await api.call('GET', `/iop/cases/${renewedBy}`, undefined, hc);
    if (answer.status === 200) renewal = answer.body;
    else await new Promise((r) => setTimeout(r, 50));
  }
  if (!renewal) throw new Error(`The renewal ${renewedBy} did not appear`);
  step(`Renewal ${renewal.reference} starts in ${renewal.stage} (renews ${renewal.renews})`);
  // On to the day after the term ends, the parties meeting about the renewal every few weeks
  // (a dialogue with no activity for three weeks gets a reminder, as it should).
  const termEnd = Date.parse((await read()).agreementInForce.termEnd);
  for (let meeting = 1; Date.parse(await now()) <= termEnd; meeting++) {
    await act(
      meeting % 2 === 1 ? hc : rk,
      {
        type: 'record-meeting',
        date: (await now()).slice(0, 10),
        participants: [IopDemoUsers.healthcareAngered.name, IopDemoUsers.civilRodaKorset.name, IopDemoUsers.civilGoteborgsStadsmission.name],
        notes: `Förnyelsemöte ${meeting}: erfarenheter från fem år och mål för nästa period.`,
      },
      renewedBy,
    );
    const days = Math.min(20, Math.ceil((termEnd - Date.parse(await now())) / 86_400_000) + 1);
    await advance(`P${days}D`);
  }
  step(`${(await now()).slice(0, 10)}: the first agreement has run its term`);

  log('\nTimeline');
  const timeline = must(await api.call('GET', `/iop/cases/${caseId}/timeline`, undefined, hc), 'timeline').body.items as {
    at: string;
    actor: { name: string };
    text: { sv: string };
  }[];
  for (const e of timeline) log(`  ${e.at.slice(0, 10)}  ${e.actor.name.padEnd(20)}  ${e.text.sv}`);

  const renewalTimeline = must(await api.call('GET', `/iop/cases/${renewedBy}/timeline`, undefined, hc), 'renewal timeline').body.items as typeof timeline;
  log('\nTimeline of the renewal');
  for (const e of renewalTimeline) log(`  ${e.at.slice(0, 10)}  ${e.actor.name.padEnd(20)}  ${e.text.sv}`);

  const final = await read();
  const renewed = await read(renewedBy);
  log('\nFinal status');
  log(`  ${final.reference}: stage ${final.stage}`);
  log(`    sv: ${final.status.headline.sv}. ${final.status.next.sv}`);
  log(`    en: ${final.status.headline.en}. ${final.status.next.en}`);
  log(`  ${renewed.reference} (renewal): stage ${renewed.stage}`);
  log(`    sv: ${renewed.status.headline.sv}. ${renewed.status.next.sv}`);
  log(`    en: ${renewed.status.headline.en}. ${renewed.status.next.en}`);
  log(`\nDone in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  await stop();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
