import { describe, expect, it } from 'vitest';
import { DemoIopCase } from '../../../local/seed/iop-seed.js';
import { act, advance, approveBody, idle, useIopRuntime, must, timelineOf, toActive, toDialogue } from '../iop/iop-http.js';

/**
 * One test per fault point of a change and of its effects. The request path
 * is broken at the DynamoDB boundary (a request that never arrives, or an
 * answer lost after the engine committed: what a crashed Lambda looks like
 * from outside); the effects path by failing the Effects function before or
 * after it ran. After the fault and a retry nothing acknowledged is lost,
 * nothing is doubled, every list holds the case, and the case goes on.
 */
const t = useIopRuntime();

const transactions = { operation: 'TransactWriteItems' } as const;
const executionsOf = (workflow: string, caseId: string) =>
  (
    t.api.runtime.aws.stepFunctions.listExecutions({ stateMachineArn: `${process.env.STATE_MACHINE_ARN_PREFIX}${workflow}` } as never) as {
      executions: { name: string; status: string }[];
    }
  ).executions.filter((e) => e.name.startsWith(caseId));
const myCases = async (title: string) => ((await t.c.rk.get('/iop/cases')).body.items as { id: string; title: string }[]).filter((x) => x.title === title);
const outbox = async () => (await t.api.anonymous().get('/dev/outbox')).body.events as { detail: { eventId: string; caseId: string } }[];

describe('the request path', () => {
  it('fault before the transaction: 5xx, nothing written, the retry with the same key creates the case once', async () => {
    const title = 'Fel före transaktionen';
    const cure = t.api.runtime.dynamo.injectFault({ ...transactions, when: 'before' });
    const failed = await t.c.hc.post('/iop/cases', { ...DemoIopCase, title }, { 'idempotency-key': 'before-1' });
    cure();
    expect(failed.status).toBe(500);
    expect(await myCases(title)).toEqual([]);
    const retried = await t.c.hc.post('/iop/cases', { ...DemoIopCase, title }, { 'idempotency-key': 'before-1' });
    expect(retried.status).toBe(201);
    await idle(t.api);
    expect((await myCases(title)).map((x) => x.id)).toEqual([retried.body.id]);
    expect(executionsOf('iop-initiation', retried.body.id)).toHaveLength(1);
  });

  it('fault after the transaction (answer lost, the function dies): the retry returns the first answer, one case, in every list', async () => {
    const title = 'Svaret försvann';
    const cure = t.api.runtime.dynamo.injectFault({ ...transactions, when: 'after' });
    const failed = await t.c.hc.post('/iop/cases', { ...DemoIopCase, title }, { 'idempotency-key': 'after-1' });
    cure();
    expect(failed.status).toBe(500);
    const retried = await t.c.hc.post('/iop/cases', { ...DemoIopCase, title }, { 'idempotency-key': 'after-1' });
    expect(retried.status).toBe(201);
    expect(retried.headers.get('idempotent-replayed')).toBe('true');
    await idle(t.api);
    const listed = await myCases(title);
    expect(listed.map((x) => x.id)).toEqual([retried.body.id]);
    expect(((await t.c.hc.get('/iop/cases')).body.items as { id: string }[]).map((x) => x.id)).toContain(retried.body.id);
    expect(executionsOf('iop-initiation', retried.body.id)).toHaveLength(1);
  });

  it('answer lost once and the SDK retries the transaction: the caller hears the first answer, not a conflict', async () => {
    const id = await toDialogue(t.api, t.c, 'En förlorad omgång');
    const cure = t.api.runtime.dynamo.injectFault({ ...transactions, when: 'after', times: 1 });
    const meeting = { type: 'record-meeting', date: '2027-01-10', participants: ['Anna', 'Bo'], notes: 'Första mötet' };
    const answer = await act(t.api, t.c.hc, id, meeting, { 'idempotency-key': 'meeting-sdk-retry' });
    cure();
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect((await timelineOf(t.c, id)).filter((e) => e.type === 'meeting-recorded')).toHaveLength(1);
  });

  it('a meeting retried with the same key across a lost answer is recorded once', async () => {
    const id = await toDialogue(t.api, t.c, 'Mötet som sparades en gång');
    const meeting = { type: 'record-meeting', date: '2027-01-11', participants: ['Anna'], notes: 'Anteckningar' };
    const cure = t.api.runtime.dynamo.injectFault({ ...transactions, when: 'after' });
    expect((await act(t.api, t.c.hc, id, meeting, { 'idempotency-key': 'meeting-1' })).status).toBe(500);
    cure();
    for (let i = 0; i < 3; i++) expect((await act(t.api, t.c.hc, id, meeting, { 'idempotency-key': 'meeting-1' })).status).toBe(200);
    const detail = (await t.c.hc.get(`/iop/cases/${id}`)).body;
    expect(detail.meetings).toHaveLength(1);
    expect((await timelineOf(t.c, id)).filter((e) => e.type === 'meeting-recorded')).toHaveLength(1);
  });

  it('a refused change writes nothing and its refusal is the answer to every retry', async () => {
    const id = await toDialogue(t.api, t.c, 'Nej är nej');
    const before = (await t.c.hc.get(`/iop/cases/${id}`)).body.version;
    const stale = await act(t.api, t.c.rk, id, { type: 'consent', draftVersion: 1, expectedVersion: before - 1 }, { 'idempotency-key': 'stale-1' });
    expect(stale.status).toBe(409);
    const again = await act(t.api, t.c.rk, id, { type: 'consent', draftVersion: 1, expectedVersion: before - 1 }, { 'idempotency-key': 'stale-1' });
    expect(again.status).toBe(409);
    expect((await t.c.hc.get(`/iop/cases/${id}`)).body.version).toBe(before);
  });

  it('an Idempotency-Key past its day is absent, though DynamoDB Local never deletes it', async () => {
    const title = 'Gammal nyckel';
    const first = await t.c.hc.post('/iop/cases', { ...DemoIopCase, title }, { 'idempotency-key': 'ttl-1' });
    expect(first.status).toBe(201);
    await advance(t.api, 'P2D');
    const later = await t.c.hc.post('/iop/cases', { ...DemoIopCase, title }, { 'idempotency-key': 'ttl-1' });
    expect(later.status).toBe(201);
    expect(later.body.id).not.toBe(first.body.id);
  });
});

describe('the effects path (the table stream)', () => {
  it('the consumer fails before running the effects: the record comes again and the stage starts once', async () => {
    const id = await toDialogue(t.api, t.c, 'Effekten kom igen');
    let failures = 0;
    const cure = t.api.runtime.invoker.failWhen('Effects', (event) => JSON.stringify(event).includes(id) && failures++ < 2);
    for (const who of [t.c.hc, t.c.rk, t.c.sm]) await must(t.api, who, id, { type: 'consent', draftVersion: 1 });
    await must(t.api, t.c.hc, id, { type: 'request-decision' });
    cure();
    expect(failures).toBeGreaterThanOrEqual(2);
    expect(executionsOf('iop-approval', id).map((e) => e.status)).toEqual(['RUNNING']);
    expect(((await t.c.ap.get('/iop/cases?stage=approval')).body.items as { id: string }[]).map((x) => x.id)).toContain(id);
  });

  it('the consumer dies after running the effects: they run again, nothing doubles (one execution, same event ids)', async () => {
    const id = await toDialogue(t.api, t.c, 'Effekten kördes två gånger');
    const cure = t.api.runtime.invoker.failWhen('Effects', (event) => JSON.stringify(event).includes(id), { after: true });
    for (const who of [t.c.hc, t.c.rk, t.c.sm]) await must(t.api, who, id, { type: 'consent', draftVersion: 1 });
    await must(t.api, t.c.hc, id, { type: 'request-decision' });
    await idle(t.api);
    cure();
    expect(executionsOf('iop-approval', id).map((e) => e.status)).toEqual(['RUNNING']);
    const ids = (await outbox()).filter((e) => e.detail.caseId === id).map((e) => e.detail.eventId);
    const distinct = new Set(ids);
    expect(ids.length).toBeGreaterThan(distinct.size); // delivered more than once...
    for (const eventId of distinct) expect(eventId).toMatch(new RegExp(`^IOP#${id}#\\d+#\\d+$`)); // ...each time with the same id
  });

  it('the consumer fails for the signing record a few times: the agreement still gets every review schedule', async () => {
    const id = await toActive(t.api, t.c, 'Scheman trots fel');
    expect(t.api.runtime.aws.scheduler.listSchedules({ NamePrefix: `${id}-review-` }).Schedules.length).toBeGreaterThanOrEqual(1);
    const id2 = await toDialogue(t.api, t.c, 'Scheman trots fel 2');
    for (const who of [t.c.hc, t.c.rk, t.c.sm]) await must(t.api, who, id2, { type: 'consent', draftVersion: 1 });
    await must(t.api, t.c.hc, id2, { type: 'request-decision' });
    // Approved on a basis other than de minimis: the demo organisations' cases together pass its ceiling.
    await must(t.api, t.c.ap, id2, approveBody);
    let failures = 0;
    const cure = t.api.runtime.invoker.failWhen('Effects', (event) => JSON.stringify(event).includes(id2) && failures++ < 3);
    for (const who of [t.c.hc, t.c.rk, t.c.sm]) await must(t.api, who, id2, { type: 'sign' });
    await idle(t.api);
    cure();
    expect(failures).toBeGreaterThanOrEqual(3);
    expect(t.api.runtime.aws.scheduler.listSchedules({ NamePrefix: `${id2}-review-` }).Schedules.length).toBe(
      t.api.runtime.aws.scheduler.listSchedules({ NamePrefix: `${id}-review-` }).Schedules.length,
    );
  });

  it('a record that fails every retry is parked as a dead letter, and other cases go on', async () => {
    const stuck = await toDialogue(t.api, t.c, 'Fast i kön');
    const before = t.api.runtime.effects.deadLetters().length;
    const cure = t.api.runtime.invoker.failWhen('Effects', (event) => JSON.stringify(event).includes(stuck));
    await must(t.api, t.c.rk, stuck, { type: 'consent', draftVersion: 1 });
    const other = await toDialogue(t.api, t.c, 'Går vidare');
    cure();
    expect(t.api.runtime.effects.deadLetters().length).toBeGreaterThan(before);
    expect(executionsOf('iop-dialogue', other).map((e) => e.status)).toEqual(['RUNNING']);
  });
});
