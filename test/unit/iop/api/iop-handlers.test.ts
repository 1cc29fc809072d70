import { describe, expect, it } from 'vitest';
import { iopHandlers, type IopApiDependencies } from '../../../../shared/iop/api/iop-handlers.js';
import { IopContract } from '../../../../shared/iop/contract/operations.js';
import { IopCaseView } from '../../../../shared/iop/contract/views.js';
import { DefaultIopConfig } from '../../../../shared/iop/domain/config.js';
import type { IopCase } from '../../../../shared/iop/domain/case-model.js';
import { IopCollections } from '../../../../shared/iop/store/iop-store.js';
import { CaseStore, type StoredCase } from '../../../../shared/platform/dynamodb/index.js';
import { implement } from '../../../../shared/platform/http/contract/implement.js';
import { httpLambdaWith } from '../../../../shared/platform/http/http-lambda-core.js';
import { actorPublicBody } from '../../../../shared/platform/http/middleware/actor-public-body.js';
import { DemoIopCase, IopDemoUsers } from '../../../../local/seed/iop-seed.js';
import { DemoOrganisations } from '../../../../local/seed/organisations-seed.js';
import { httpEvent } from '../../../support/http-events.js';
import { aidPeriodsOf } from '../../../../shared/iop/domain/state-aid/index.js';
import { active, checklist, inApproval, users } from '../fixtures.js';

process.env.LOG_LEVEL ??= 'silent';

/**
 * The IOP routes with their dependencies passed in: an in-memory store and a
 * fixed clock, no engine. The HTTP chain around them is the real one.
 */
function inMemory() {
  const cases = new Map<string, StoredCase<IopCase>>();
  const commits: string[] = [];
  const projection = new CaseStore<IopCase>('IOP', Object.values(IopCollections));
  const deps: IopApiDependencies = {
    store: {
      get: async (id) => cases.get(id),
      listForOrg: async (org) => [...cases.values()].filter((c) => c.state.parties.some((p) => p.orgId === org)),
      listByStage: async (stage) => [...cases.values()].filter((c) => c.state.stage === stage),
      collectionPage: async () => ({ items: [] }),
      timelinePage: async () => ({ items: [] }),
      project: (id, state, previous) => projection.project(id, state, previous),
    },
    commit: async (previous, t) => {
      commits.push(t.state.id);
      const version = (previous?.version ?? 0) + 1;
      cases.set(t.state.id, { state: t.state, version, index: { orgs: [], stage: t.state.stage, stageSortKey: '' } } as StoredCase<IopCase>);
    },
    clock: { now: () => new Date('2026-03-02T09:00:00Z') },
    config: DefaultIopConfig,
    organisations: { get: async (id) => DemoOrganisations.find((o) => o.id === id) },
    stateAid: {
      aidElsewhere: async (orgIds, except) =>
        [...cases.values()].filter((c) => c.state.id !== except).flatMap((c) => orgIds.flatMap((org) => aidPeriodsOf(c.state, org))),
    },
  };
  const handler = httpLambdaWith(implement(IopContract, iopHandlers(deps)), [actorPublicBody(deps.organisations)]);
  const call = (
    routeKey: string,
    actor: (typeof IopDemoUsers)[keyof typeof IopDemoUsers],
    options: { body?: unknown; id?: string; query?: Record<string, string> } = {},
  ) =>
    handler(
      httpEvent({
        routeKey,
        actor,
        path: routeKey.split(' ')[1]!.replace('{id}', options.id ?? ''),
        pathParameters: options.id ? { id: options.id } : undefined,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        query: options.query,
      }),
      {} as never,
    );
  return { cases, commits, call };
}

describe('the IOP routes with dependencies passed in', () => {
  it('initiates a case: one commit, a view of the contract with what the initiator may do next', async () => {
    const { call, commits } = inMemory();
    const answer = await call('POST /iop/cases', IopDemoUsers.healthcareAngered, { body: DemoIopCase });
    expect(answer.statusCode).toBe(201);
    const view = IopCaseView.parse(JSON.parse(answer.body as string));
    expect(commits).toEqual([view.id]);
    expect(view).toMatchObject({ stage: 'initiation', version: 1 });
    expect(view.allowedActions).toEqual(['withdraw']);
    expect(view).not.toHaveProperty('stageRuns');
  });

  it('shows each reader the actions that are theirs: the invited organisation may accept or decline', async () => {
    const { call } = inMemory();
    const created = JSON.parse((await call('POST /iop/cases', IopDemoUsers.healthcareAngered, { body: DemoIopCase })).body as string);
    const asInvited = JSON.parse((await call('GET /iop/cases/{id}', IopDemoUsers.civilRodaKorset, { id: created.id })).body as string);
    expect(asInvited.allowedActions).toEqual(['accept-invitation', 'decline-invitation', 'withdraw']);
  });

  it('refuses a healthcare unit the organisation registry does not know, naming the field, and writes nothing', async () => {
    const { call, commits } = inMemory();
    const unknownUnit = { ...DemoIopCase, healthcareUnit: { ...DemoIopCase.healthcareUnit, orgId: 'okand-enhet' } };
    const answer = await call('POST /iop/cases', { ...IopDemoUsers.healthcareAngered, org: 'okand-enhet' } as never, { body: unknownUnit });
    expect(answer.statusCode).toBe(422);
    expect(JSON.parse(answer.body as string).errors.map((e: { path: string }) => e.path)).toEqual(['healthcareUnit.orgId']);
    expect(commits).toEqual([]);
  });

  it('gives the case the public body of its healthcare unit', async () => {
    const { call } = inMemory();
    const answer = await call('POST /iop/cases', IopDemoUsers.healthcareAngered, { body: DemoIopCase });
    expect(JSON.parse(answer.body as string).publicBody).toBe('vgr');
  });

  it('refuses a role the contract does not name before reading the body, and writes nothing', async () => {
    const { call, commits } = inMemory();
    const answer = await call('POST /iop/cases', IopDemoUsers.procurement, { body: { not: 'a case' } });
    expect(answer.statusCode).toBe(403);
    expect(JSON.parse(answer.body as string).detail).toMatch(/healthcare or civil/);
    expect(commits).toEqual([]);
  });

  it('answers a stale expectedVersion with 409 and the current version, committing nothing', async () => {
    const { call, commits } = inMemory();
    const created = JSON.parse((await call('POST /iop/cases', IopDemoUsers.healthcareAngered, { body: DemoIopCase })).body as string);
    const answer = await call('POST /iop/cases/{id}/actions', IopDemoUsers.civilRodaKorset, {
      id: created.id,
      body: { type: 'accept-invitation', expectedVersion: 7 },
    });
    expect(answer.statusCode).toBe(409);
    expect(JSON.parse(answer.body as string)).toMatchObject({ currentVersion: 1, expectedVersion: 7 });
    expect(commits).toHaveLength(1);
  });

  it('to an organisation that is no party, a case is unknown: the same 404 as a case that does not exist', async () => {
    const { call } = inMemory();
    const created = JSON.parse((await call('POST /iop/cases', IopDemoUsers.healthcareAngered, { body: DemoIopCase })).body as string);
    const existing = await call('GET /iop/cases/{id}', IopDemoUsers.civilRsmh, { id: created.id });
    const missing = await call('GET /iop/cases/{id}', IopDemoUsers.civilRsmh, { id: 'iop-000000000000' });
    expect([existing.statusCode, missing.statusCode]).toEqual([404, 404]);
    const stale = { type: 'accept-invitation', expectedVersion: 9 };
    const acting = await call('POST /iop/cases/{id}/actions', IopDemoUsers.civilRsmh, { id: created.id, body: stale });
    expect(acting.statusCode).toBe(404);
    expect(JSON.parse(acting.body as string)).not.toHaveProperty('currentVersion');
  });

  it("checks the caller's right before the version: a party that may not take the action hears 403, not the current version", async () => {
    const { call } = inMemory();
    const created = JSON.parse((await call('POST /iop/cases', IopDemoUsers.healthcareAngered, { body: DemoIopCase })).body as string);
    const answer = await call('POST /iop/cases/{id}/actions', IopDemoUsers.civilRodaKorset, {
      id: created.id,
      body: { type: 'request-decision', expectedVersion: 9 },
    });
    expect(answer.statusCode).toBe(403);
    expect(JSON.parse(answer.body as string)).not.toHaveProperty('currentVersion');
  });
});

describe('an organisation that declined', () => {
  it('sees the case as it was when it declined, nothing later', async () => {
    const { call } = inMemory();
    const created = JSON.parse((await call('POST /iop/cases', IopDemoUsers.healthcareAngered, { body: DemoIopCase })).body as string);
    const declined = await call('POST /iop/cases/{id}/actions', IopDemoUsers.civilGoteborgsStadsmission, {
      id: created.id,
      body: { type: 'decline-invitation', reason: 'Vi har inte resurser i år' },
    });
    expect(declined.statusCode).toBe(200);
    await call('POST /iop/cases/{id}/actions', IopDemoUsers.civilRodaKorset, { id: created.id, body: { type: 'accept-invitation' } });

    const asStaying = IopCaseView.parse(JSON.parse((await call('GET /iop/cases/{id}', IopDemoUsers.civilRodaKorset, { id: created.id })).body as string));
    expect(asStaying.stage).toBe('dialogue');
    const asLeft = IopCaseView.parse(
      JSON.parse((await call('GET /iop/cases/{id}', IopDemoUsers.civilGoteborgsStadsmission, { id: created.id })).body as string),
    );
    expect(asLeft).toMatchObject({ stage: 'initiation', allowedActions: [], meetings: [], decisions: [], deadlines: {} });
    expect(asLeft.status.headline.en).toMatch(/^You declined/);
    expect(asLeft.draft.version).toBe(1);
  });
});

describe('lists are bounded', () => {
  it('answers at most `limit` cases and says whether more follow', async () => {
    const { call } = inMemory();
    for (const title of ['Ett', 'Två', 'Tre']) await call('POST /iop/cases', IopDemoUsers.healthcareAngered, { body: { ...DemoIopCase, title } });
    const page = await call('GET /iop/cases', IopDemoUsers.healthcareAngered, { query: { limit: '2' } });
    expect(JSON.parse(page.body as string)).toMatchObject({ more: true, items: [{}, {}] });
    const all = await call('GET /iop/cases', IopDemoUsers.healthcareAngered, { query: { limit: '3' } });
    expect(JSON.parse(all.body as string)).toMatchObject({ more: false });
    expect(JSON.parse(all.body as string).items).toHaveLength(3);
  });
});

describe('state aid across cases at the approval gate', () => {
  /** A signed agreement elsewhere giving both organisations 1,000,000 SEK a year each, and this case awaiting a decision. */
  function withAidElsewhere() {
    const h = inMemory();
    const signed = active();
    const agreement = {
      ...signed.agreement!,
      contributions: { ...signed.agreement!.contributions, 'angereds-narsjukhus': { moneySekPerYear: 2_000_000, inKindSekPerYear: 0 } },
    };
    const other = { ...signed, id: 'iop-other0000001', reference: 'IOP-2026-OTHER1', title: 'Läxhjälp i Bergsjön', agreement, agreementInForce: agreement };
    h.cases.set(other.id, { state: other, version: 9, index: { orgs: [], stage: other.stage, stageSortKey: '' } });
    const pending = inApproval();
    h.cases.set(pending.id, { state: pending, version: 7, index: { orgs: [], stage: pending.stage, stageSortKey: '' } });
    return { ...h, id: pending.id };
  }

  it("shows the decision-maker each organisation's sum over its cases, the ceiling and that it is passed", async () => {
    const { call, id } = withAidElsewhere();
    const view = IopCaseView.parse(JSON.parse((await call('GET /iop/cases/{id}', users.approver, { id })).body as string));
    const redCross = view.stateAid!.find((p) => p.orgId === 'svenska-roda-korset')!;
    expect(redCross.name).toBe('Svenska Röda Korset');
    expect(redCross.lines.map((l) => [l.reference, l.thisCase])).toEqual([
      ['IOP-2026-TEST01', true],
      ['IOP-2026-OTHER1', false],
    ]);
    expect(redCross.totalSek).toBe(redCross.lines.reduce((sum, l) => sum + l.sek, 0));
    expect(redCross.deMinimis).toMatchObject({ ceilingEur: 300_000, level: 'over' });
  });

  it('refuses the approval with a 422 naming the field, in Swedish and English, and writes nothing', async () => {
    const { call, id, commits } = withAidElsewhere();
    const answer = await call('POST /iop/cases/{id}/actions', users.approver, {
      id,
      body: { type: 'decide', decision: 'approve', motivation: 'Uppfyller kraven', diarienummer: 'RS 2026-00042', checklist },
    });
    expect(answer.statusCode).toBe(422);
    const errors = JSON.parse(answer.body as string).errors as { path: string; text?: { sv: string; en: string } }[];
    expect(errors.map((e) => e.path)).toContain('checklist.stateAid.basis');
    expect(errors.find((e) => e.text?.sv.startsWith('Svenska Röda Korset får'))?.text?.en).toMatch(/de minimis ceiling/);
    expect(commits).toEqual([]);
  });
});
