import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DemoIopCase, IopDemoUsers } from '../../local/seed/iop-seed.js';
import { AdminContract } from '../../shared/admin/contract/operations.js';
import { DemoOrganisations } from '../../local/seed/organisations-seed.js';
import { IopContract } from '../../shared/iop/contract/operations.js';
import { IopDocumentsContract } from '../../shared/iop/contract/document-operations.js';
import { IopActions } from '../../shared/iop/domain/actions.js';
import type { IopStage } from '../../shared/iop/domain/case-model.js';
import type { IopActionType } from '../../shared/iop/domain/schemas.js';
import type { Role } from '../../shared/platform/auth/actor.js';
import type { AnyOperation } from '../../shared/platform/http/contract/operation.js';
import { AllOperations, routeKeyOf } from '../../shared/platform/http/routes.js';
import { publicBodyOf } from '../../shared/platform/organisations/organisation.js';
import { SystemContract } from '../../shared/platform/system/contract.js';
import { ProcurementContract } from '../../shared/procurement/contract/operations.js';
import { NotificationsContract } from '../../shared/notifications/contract/operations.js';
import { MatchActions } from '../../shared/procurement/domain/match-case/match-case-actions.js';
import { ReportingContract } from '../../shared/reporting/contract/operations.js';
import type { MatchActionType, MatchStage } from '../../shared/procurement/domain/match-case/match-case-model.js';
import { advance, approveBody, idle } from '../integration/iop/iop-http.js';
import { startTestRuntime, type ApiAnswer, type ApiClient, type Caller } from '../support/local-runtime.js';
import { iopBodies, later, matchBodies } from './action-bodies.js';
import { clockNow, Eva, inPool, mustPost, noticeInput, profileInput } from './security-support.js';

/**
 * Every route of AllOperations × every role × own and other organisation,
 * against the real API. What each cell should answer is derived here from the
 * declarations — the route's auth and roles (403 to other roles before
 * anything), the IOP and match-case action tables (stages, who) — and from the
 * product rule that a case the caller may not read is unknown to them (404,
 * word for word the answer for a missing case), while a reader who may not
 * take an action gets 403. "Own" organisation is a party's for healthcare
 * and civil users, and the case's public body (VGR) for approvers,
 * administrators and procurement staff; "other" is another organisation or
 * body. Probes carry a stale expectedVersion wherever the answer can still be
 * told apart, so no cell ever changes a case.
 */
type Subject = Role | 'anonymous';
interface Who {
  readonly label: string;
  readonly role: Subject;
  readonly org: string;
  readonly caller: Caller;
}
/** A status, or for a 409 which conflict: the stage, a stale version, or "passes authorization" (any domain answer after it). */
type Outcome = number | 'stage' | 'version' | 'pass';
interface Cell {
  readonly op: AnyOperation;
  readonly who: Who;
  readonly path: string;
  readonly body?: unknown;
  readonly expected: Outcome;
  /** Which case it is about, for the failure message. */
  readonly on?: string;
  /** The detail a missing resource at this path gets: a hidden one must get the same. */
  readonly missing?: string;
}

const STALE = 9_999;
const Roles: readonly Role[] = ['healthcare', 'civil', 'approver', 'procurement', 'admin'];
const bodyOf = (org: string) => publicBodyOf(DemoOrganisations.find((o) => o.id === org));
const IopParties: Readonly<Record<string, Role>> = { 'angereds-narsjukhus': 'healthcare', 'svenska-roda-korset': 'civil', 'goteborgs-stadsmission': 'civil' };
const CaseBody = bodyOf('angereds-narsjukhus');
const Responder = 'stockholms-stadsmission';

let api: ApiClient;
let cells = 0;
const routesSeen = new Set<string>();
const iop = {} as Record<'initiation' | 'dialogue' | 'approval' | 'agreement' | 'review', { id: string; version: number }>;
const match = {} as Record<'initiation' | 'dialogue' | 'approval' | 'agreement' | 'review', { id: string; version: number }>;
let noticeId = '';
let questionId = '';
let schoolId = '';
let iopWho: Who[] = [];
let procWho: Who[] = [];

async function whoAll(orgs: Record<Role, readonly [string, string]>, extra: readonly { label: string; role: Role; org: string }[] = []): Promise<Who[]> {
  const list: Who[] = [{ label: 'anonymous', role: 'anonymous', org: '', caller: api.anonymous() }];
  const people = [...Roles.flatMap((role) => orgs[role].map((org, i) => ({ label: `${role}/${i === 0 ? 'own' : 'other'}:${org}`, role, org }))), ...extra];
  for (const p of people) list.push({ ...p, caller: await api.as({ sub: `matrix-${p.role}-${p.org}`, name: `Matris ${p.role}`, role: p.role, org: p.org }) });
  return list;
}

/** The answer as an outcome: 409s told apart by their extensions (IOP) or detail (match cases). */
function outcomeOf(answer: ApiAnswer, missing: string | undefined): string {
  const { status, body } = answer;
  if (status === 404 && missing !== undefined && body?.detail !== missing) return `404 with another detail (${body?.detail})`;
  if (status !== 409) return String(status);
  if (body?.allowedStages !== undefined || /cannot be done when the case is in stage/.test(body?.detail ?? '')) return 'stage';
  if (body?.expectedVersion === STALE) return 'version';
  return '409';
}

async function check(cell: Cell): Promise<string | undefined> {
  cells++;
  routesSeen.add(routeKeyOf(cell.op));
  const { caller } = cell.who;
  const answer =
    cell.op.method === 'GET'
      ? await caller.get(cell.path)
      : cell.op.method === 'PUT'
        ? await caller.put(cell.path, cell.body)
        : await caller.post(cell.path, cell.body);
  const got = outcomeOf(answer, cell.expected === 404 ? cell.missing : undefined);
  const passes = cell.expected === 'pass' ? ['version', '409', '410', '422'].includes(got) : got === String(cell.expected);
  if (passes) return undefined;
  const what = `${cell.op.method} ${cell.path}${cell.on ? ` (${cell.on})` : ''} ${JSON.stringify(cell.body ?? '').slice(0, 40)}`;
  return `${what} as ${cell.who.label}: expected ${cell.expected}, got ${got}: ${JSON.stringify(answer.body?.detail ?? answer.body).slice(0, 160)}`;
}

const run = async (list: readonly Cell[]) => (await inPool(list.map((c) => () => check(c)))).filter((m): m is string => m !== undefined);

/** 401 without a token, 403 to a role the route does not name, else what the domain decides. */
function gate(op: AnyOperation, who: Who): Outcome | undefined {
  if (op.auth === 'none') return undefined;
  if (who.role === 'anonymous') return 401;
  if (op.roles && !op.roles.includes(who.role)) return 403;
  return undefined;
}

/** Procurement staff of the buyer's public body (the notices' buyer is VGR): staff of another body are outsiders to its notices' work and match cases. */
const buyersStaff = (who: Who) => who.role === 'procurement' && bodyOf(who.org) === bodyOf('vgr');

// --- IOP: who reads a case, who takes an action (from the action table's `who`) ---
const stageOf = (key: keyof typeof iop): IopStage => key;
function iopReader(stage: IopStage, who: Who): boolean {
  if (who.role === 'admin') return bodyOf(who.org) === CaseBody;
  if (who.role === 'approver') return bodyOf(who.org) === CaseBody && ['approval', 'agreement', 'review'].includes(stage);
  if (who.role !== 'healthcare' && who.role !== 'civil') return false;
  return who.org in IopParties || (stage === 'dialogue' && who.org === Responder);
}
function iopMay(type: IopActionType, stage: IopStage, who: Who): boolean {
  const party = IopParties[who.org] === who.role;
  switch (IopActions[type].who) {
    case 'party':
      return party;
    case 'public-party':
      return party && who.role === 'healthcare';
    case 'civil-party':
      return party && who.role === 'civil';
    case 'approver':
      return who.role === 'approver' && bodyOf(who.org) === CaseBody;
    case 'responder':
      return (who.role === 'civil' || who.role === 'healthcare') && stage === 'dialogue' && who.org === Responder;
  }
}

let now = new Date();

beforeAll(async () => {
  api = await startTestRuntime({ seed: false });
  const orgs = { approver: ['vgr', 'region-stockholm'], admin: ['vgr', 'region-stockholm'], procurement: ['vgr', 'region-stockholm'] } as const;
  iopWho = await whoAll({ healthcare: ['angereds-narsjukhus', 'narhalsan-alingsas-vc'], civil: ['svenska-roda-korset', 'rsmh'], ...orgs }, [
    { label: `civil/responder:${Responder}`, role: 'civil', org: Responder },
  ]);
  procWho = await whoAll({ healthcare: ['angereds-narsjukhus', 'sodersjukhuset'], civil: [Eva.org, 'org-seniorernas-hus'], ...orgs });
  const by = (label: string) => iopWho.find((w) => w.label.startsWith(label))!.caller;
  const [hc, rk, ap] = [by('healthcare/own'), by('civil/own'), by('approver/own')];
  const sm = await api.as({ sub: 'matrix-gbg', role: 'civil', org: 'goteborgs-stadsmission' });

  const iopTo = async (stage: keyof typeof iop): Promise<string> => {
    const plannedStart = later(30, await clockNow(api)).slice(0, 10);
    const id = (await mustPost(api, hc, '/iop/cases', { ...DemoIopCase, title: `Matris ${stage}`, plannedStart })).body.id as string;
    const act = (who: Caller, body: Record<string, unknown>) => mustPost(api, who, `/iop/cases/${id}/actions`, body);
    if (stage === 'initiation') return id;
    for (const who of [rk, sm]) await act(who, { type: 'accept-invitation' });
    if (stage === 'dialogue') {
      await act(hc, {
        type: 'start-consultation',
        responders: [{ orgId: Responder, name: 'Stockholms Stadsmission' }],
        question: 'Synpunkter?',
        deadline: later(20, await clockNow(api)),
      });
      return id;
    }
    for (const who of [hc, rk, sm]) await act(who, { type: 'consent', draftVersion: 1 });
    await act(hc, { type: 'request-decision' });
    if (stage === 'approval') return id;
    await act(ap, approveBody);
    if (stage === 'agreement') return id;
    for (const who of [hc, rk, sm]) await act(who, { type: 'sign' });
    const termStart = Date.parse((await hc.get(`/iop/cases/${id}`)).body.agreementInForce.termStart);
    const days = Math.ceil((termStart + 367 * 86_400_000 - (await clockNow(api)).getTime()) / 86_400_000);
    await advance(api, `P${days}D`);
    return id;
  };
  // The review case first: it moves the clock by a year, and every other case starts after that.
  for (const stage of ['review', 'initiation', 'dialogue', 'approval', 'agreement'] as const) iop[stage] = { id: await iopTo(stage), version: 0 };
  now = await clockNow(api);

  const staff = procWho.find((w) => w.label.startsWith('procurement/own'))!.caller;
  const eva = procWho.find((w) => w.label.startsWith('civil/own'))!.caller;
  noticeId = (await mustPost(api, staff, '/procurement/notices', noticeInput(now))).body.id;
  // The direct award's tender deadline is two hours away: no award before it, and the other notice stays open past it.
  const directDeadline = new Date(now.getTime() + 2 * 3_600_000).toISOString();
  const direct = (
    await mustPost(api, staff, '/procurement/notices', noticeInput(now, { procedure: 'direct-award', estimatedValueSek: 500_000, deadline: directDeadline }))
  ).body.id;
  expect((await eva.put(`/bidders/${Eva.org}`, profileInput())).status).toBeLessThan(300);
  const matchTo = async (stage: keyof typeof match): Promise<string> => {
    const late = stage === 'agreement' || stage === 'review';
    const id = (await mustPost(api, eva, '/procurement/matches', { noticeId: late ? direct : noticeId, orgId: Eva.org })).body.id as string;
    const act = (who: Caller, body: Record<string, unknown>) => mustPost(api, who, `/procurement/matches/${id}/actions`, body);
    if (stage === 'initiation') return id;
    await act(staff, { type: 'acknowledge' });
    if (stage === 'dialogue') return id;
    await act(eva, { type: 'submit-tender' });
    return id;
  };
  for (const stage of ['initiation', 'dialogue', 'approval', 'agreement', 'review'] as const) match[stage] = { id: await matchTo(stage), version: 0 };
  questionId = (await mustPost(api, eva, `/procurement/notices/${noticeId}/questions`, { text: 'Får vi lämna anbud som konsortium?' })).body.id;
  const school = { title: 'Matrisskola', startsAt: later(10, now), place: 'Borås', noticeIds: [noticeId], orgIds: [Eva.org] };
  schoolId = (await mustPost(api, staff, '/procurement/tender-schools', school)).body.id;
  expect((await api.anonymous().post('/dev/clock', { advance: 'PT3H' })).status).toBe(200);
  for (const stage of ['agreement', 'review'] as const) {
    const act = (who: Caller, body: Record<string, unknown>) => mustPost(api, who, `/procurement/matches/${match[stage].id}/actions`, body);
    await act(staff, { type: 'decide-award', outcome: 'awarded' });
    if (stage === 'review') {
      await act(staff, { type: 'conclude-contract', startDate: now.toISOString().slice(0, 10), termMonths: 24 });
      await act(staff, { type: 'open-review' });
    }
  }
  await idle(api);

  const admin = iopWho.find((w) => w.label.startsWith('admin/own'))!.caller;
  for (const [stage, c] of Object.entries(iop)) {
    const seen = (await admin.get(`/iop/cases/${c.id}`)).body;
    expect(seen.stage, `the IOP case for ${stage}`).toBe(stage);
    c.version = seen.version;
  }
  for (const [stage, c] of Object.entries(match)) {
    const seen = (await staff.get(`/procurement/matches/${c.id}`)).body;
    expect(seen.stage, `the match case for ${stage}`).toBe(stage);
    c.version = seen.version;
  }
}, 180_000);

afterAll(async () => api?.runtime.stop());

describe('the authorization matrix', () => {
  it('IOP reads: a reader gets the case, anyone else the answer for a missing case', async () => {
    const list: Cell[] = [];
    const reads = [IopContract.get, IopContract.timeline, IopContract.meetings, IopContract.drafts];
    for (const who of iopWho) {
      for (const [key, c] of [...Object.entries(iop), ['missing', { id: 'iop-000000000000', version: 0 }] as const]) {
        for (const op of reads) {
          const path = op.path.replace('{id}', c.id);
          const visible = key !== 'missing' && iopReader(stageOf(key as keyof typeof iop), who);
          list.push({ op, who, path, expected: gate(op, who) ?? (visible ? 200 : 404), missing: `No IOP case ${c.id}.` });
        }
      }
    }
    expect(await run(list)).toEqual([]);
  });

  it('IOP documents: the agreement, its PDF and the review report go to the parties and the body’s staff, once they exist', async () => {
    const list: Cell[] = [];
    // Consultation responders read the case, not its agreement: the documents are the parties' and the staff's.
    const documentReader = (stage: IopStage, who: Who) => iopReader(stage, who) && who.org !== Responder;
    const documents = [
      { op: IopDocumentsContract.agreement, path: '/agreement', exists: ['agreement', 'review'] },
      { op: IopDocumentsContract.agreementPdf, path: '/agreement.pdf', exists: ['agreement', 'review'] },
      { op: IopDocumentsContract.review, path: '/reviews/1', exists: ['review'] },
    ];
    for (const who of iopWho) {
      for (const [key, c] of [...Object.entries(iop), ['missing', { id: 'iop-000000000000', version: 0 }] as const]) {
        for (const d of documents) {
          const reader = key !== 'missing' && documentReader(stageOf(key as keyof typeof iop), who);
          const expected = gate(d.op, who) ?? (reader && d.exists.includes(key) ? 200 : 404);
          // A reader of a case without the document learns only that; anyone else, that there is no such case.
          list.push({ op: d.op, who, path: `/iop/cases/${c.id}${d.path}`, expected, on: `${key} case`, ...(!reader && { missing: `No IOP case ${c.id}.` }) });
        }
      }
    }
    expect(await run(list)).toEqual([]);
  });

  it('IOP lists: each case is listed exactly to its readers (to its decision-maker while it awaits decision)', async () => {
    const wrong: string[] = [];
    for (const who of iopWho) {
      const answer = await who.caller.get('/iop/cases');
      cells++;
      routesSeen.add(routeKeyOf(IopContract.list));
      if (answer.status !== (gate(IopContract.list, who) ?? 200)) wrong.push(`${who.label}: list answered ${answer.status}`);
      if (answer.status !== 200) continue;
      const ids = (answer.body.items as { id: string }[]).map((i) => i.id);
      for (const [stage, c] of Object.entries(iop)) {
        cells++;
        const reader = iopReader(stageOf(stage as keyof typeof iop), who);
        // The decision-maker's list is the queue (stage approval); everyone else's list is every case they may read.
        const expected = reader && (who.role !== 'approver' || stage === 'approval');
        if (ids.includes(c.id) !== expected) wrong.push(`${who.label}: case in ${stage} ${expected ? 'missing from' : 'leaked into'} the list`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('IOP actions: every action × every stage × every caller, as the action table says', async () => {
    const list: Cell[] = [];
    const bodies = iopBodies(now);
    for (const who of iopWho) {
      for (const [key, c] of Object.entries(iop)) {
        const stage = stageOf(key as keyof typeof iop);
        for (const type of Object.keys(IopActions) as IopActionType[]) {
          const expected: Outcome =
            gate(IopContract.act, who) ??
            (!iopReader(stage, who)
              ? 404
              : !iopMay(type, stage, who)
                ? 403
                : (IopActions[type].stages as readonly IopStage[]).includes(stage)
                  ? 'version'
                  : 'stage');
          // A stale version would hide the stage conflict (the version is checked first); every other probe carries one.
          const body = { type, ...bodies[type], ...(expected === 'stage' ? {} : { expectedVersion: STALE }) };
          list.push({ op: IopContract.act, who, path: `/iop/cases/${c.id}/actions`, body, expected, on: `${stage} case`, missing: `No IOP case ${c.id}.` });
        }
      }
    }
    expect(await run(list)).toEqual([]);
  });

  it('IOP initiation: healthcare and civil users for their own organisation only', async () => {
    const list: Cell[] = iopWho.map((who) => {
      const own = who.role === 'healthcare' ? who.org === 'angereds-narsjukhus' : who.org === 'svenska-roda-korset';
      return {
        op: IopContract.initiate,
        who,
        path: '/iop/cases',
        body: { ...DemoIopCase, title: 'Matris start' },
        expected: gate(IopContract.initiate, who) ?? (own ? 201 : 403),
      };
    });
    expect(await run(list)).toEqual([]);
  });

  it('public routes answer everyone, signed in or not', async () => {
    const list: Cell[] = [...iopWho, ...procWho].flatMap((who) =>
      [SystemContract.health, SystemContract.openApi, IopContract.register, ProcurementContract.ocdsRelease].map((op) => ({
        op,
        who,
        path: op.path.replace('{noticeId}', noticeId),
        expected: 200,
      })),
    );
    expect(await run(list)).toEqual([]);
  });

  it('notifications: every signed-in caller reaches their own inbox and choice, and nobody another person’s item', async () => {
    const N = NotificationsContract;
    // A real item of a party's person (the cases above told them): to every matrix caller it is no item of theirs.
    const owner = await api.as(IopDemoUsers.healthcareAngered);
    const [theirs] = (await owner.get('/me/notifications')).body.items as { id: string }[];
    expect(theirs, 'a party’s person has an inbox item').toBeDefined();
    const list: Cell[] = [...iopWho, ...procWho].flatMap((who) => [
      { op: N.inbox, who, path: '/me/notifications', expected: gate(N.inbox, who) ?? 200 },
      { op: N.preferences, who, path: '/me/notification-preferences', expected: gate(N.preferences, who) ?? 200 },
      {
        op: N.setPreferences,
        who,
        path: '/me/notification-preferences',
        body: { emailDelivery: 'both', language: 'sv' },
        expected: gate(N.setPreferences, who) ?? 200,
      },
      { op: N.markRead, who, path: `/me/notifications/${theirs!.id}/read`, body: {}, expected: gate(N.markRead, who) ?? 404 },
    ]);
    expect(await run(list)).toEqual([]);
    expect((await owner.get('/me/notifications')).body.items.find((i: { id: string }) => i.id === theirs!.id).read).toBe(false);
  });

  it('notices and bidder profiles: by the route roles, the buyer’s own staff, and a civil user only for their own organisation', async () => {
    const P = ProcurementContract;
    const list: Cell[] = procWho.flatMap((who): Cell[] => {
      const own = who.role === 'civil' && who.org === Eva.org;
      const staff = who.role === 'procurement';
      // A notice is open data; working on it (registering, reach, what-if, inviting a bidder) is for its buyer's staff.
      const buyers = buyersStaff(who) ? undefined : 403;
      const cell = (op: AnyOperation, path: string, ok: number, body?: unknown, domain?: number): Cell => ({
        op,
        who,
        path,
        body,
        expected: gate(op, who) ?? domain ?? ok,
      });
      return [
        cell(P.createNotice, '/procurement/notices', 201, noticeInput(now, { title: 'Matrisannons' }), buyers),
        cell(P.listNotices, '/procurement/notices', 200),
        cell(P.getNotice, `/procurement/notices/${noticeId}`, 200),
        cell(P.noticeReach, `/procurement/notices/${noticeId}/matches`, 200, undefined, buyers),
        cell(P.whatIf, `/procurement/notices/${noticeId}/what-if`, 200, { kind: 'reserve', reservation: 'ideburna' }, buyers),
        cell(P.putProfile, `/bidders/${Eva.org}`, 200, profileInput(), own ? undefined : 403),
        cell(P.getProfile, `/bidders/${Eva.org}`, 200, undefined, own || staff ? undefined : 403),
        cell(P.bidderMatches, `/bidders/${Eva.org}/matches`, 200, undefined, own || staff ? undefined : 403),
        cell(P.startMatchCase, '/procurement/matches', 201, { noticeId, orgId: Eva.org }, own || buyersStaff(who) ? undefined : 403),
        // Questions and answers are the same for every bidder: any bidder asks, only the buyer's staff answer (once: the probe's answer stands).
        cell(P.listNoticeQuestions, `/procurement/notices/${noticeId}/questions`, 200),
        cell(P.askNoticeQuestion, `/procurement/notices/${noticeId}/questions`, 201, { text: 'En fråga till alla' }),
        cell(P.answerNoticeQuestion, `/procurement/notices/${noticeId}/questions/${questionId}/answer`, 200, { text: 'Ett svar till alla' }, buyers),
      ];
    });
    expect(await run(list)).toEqual([]);
  });

  it('match cases: read by the buyer’s procurement staff and the bidder, unknown to anyone else', async () => {
    const P = ProcurementContract;
    const list: Cell[] = [];
    const wrong: string[] = [];
    for (const who of procWho) {
      const sees = buyersStaff(who) || (who.role === 'civil' && who.org === Eva.org);
      for (const c of [...Object.values(match), { id: '00000000-0000-4000-8000-000000000000', version: 0 }]) {
        const real = c.id.startsWith('0000') ? false : sees;
        for (const op of [P.getMatchCase, P.matchCaseTimeline]) {
          list.push({ op, who, path: op.path.replace('{id}', c.id), expected: gate(op, who) ?? (real ? 200 : 404), missing: `No match case ${c.id}.` });
        }
      }
      const answer = await who.caller.get('/procurement/matches');
      cells++;
      routesSeen.add(routeKeyOf(P.listMatchCases));
      if (answer.status !== (gate(P.listMatchCases, who) ?? 200)) wrong.push(`${who.label}: list answered ${answer.status}`);
      if (answer.status !== 200) continue;
      const ids = (answer.body.items as { id: string }[]).map((i) => i.id);
      for (const [stage, c] of Object.entries(match)) {
        cells++;
        if (ids.includes(c.id) !== sees) wrong.push(`${who.label}: match case in ${stage} ${sees ? 'missing from' : 'leaked into'} the list`);
      }
    }
    expect([...wrong, ...(await run(list))]).toEqual([]);
  });

  it('match-case actions: every action × every stage × every caller, as the match-case table says', async () => {
    const list: Cell[] = [];
    const bodies = matchBodies(now);
    const op = ProcurementContract.actOnMatchCase;
    for (const who of procWho) {
      const bidder = who.role === 'civil' && who.org === Eva.org;
      const staff = buyersStaff(who);
      for (const [stage, c] of Object.entries(match)) {
        for (const type of Object.keys(MatchActions) as MatchActionType[]) {
          const rule = MatchActions[type];
          // No caller here was named for a consortium, so none may join one.
          const may = { bidder, procurement: staff, system: staff, either: staff || bidder, 'consortium-invitee': false }[rule.who];
          const fits = (rule.stages as readonly MatchStage[]).includes(stage as MatchStage);
          const expected: Outcome = gate(op, who) ?? (!(staff || bidder) ? 404 : !fits ? 'stage' : !may ? 403 : 'pass');
          const body = { type, ...bodies[type], expectedVersion: STALE };
          list.push({ op, who, path: `/procurement/matches/${c.id}/actions`, body, expected, on: `${stage} case`, missing: `No match case ${c.id}.` });
        }
      }
    }
    expect(await run(list)).toEqual([]);
  });

  it('tender schools: run by the buyer’s own staff, read and answered by the invited bidder, unknown to anyone else', async () => {
    const P = ProcurementContract;
    const list: Cell[] = [];
    const missingId = '00000000-0000-4000-8000-000000000000';
    for (const who of procWho) {
      const staff = buyersStaff(who);
      const invited = who.role === 'civil' && who.org === Eva.org;
      const cell = (op: AnyOperation, path: string, domain: Outcome, body?: unknown, id?: string): Cell => ({
        op,
        who,
        path,
        body,
        expected: gate(op, who) ?? domain,
        ...(id ? { missing: `No tender school ${id}.` } : {}),
      });
      // A school in the past is refused after the gate, so probing creates nothing; every change carries a stale version.
      list.push(cell(P.createTenderSchool, '/procurement/tender-schools', 422, { title: 'X', startsAt: later(-1, now), place: 'Y', noticeIds: [noticeId] }));
      list.push(cell(P.listTenderSchools, '/procurement/tender-schools', 200));
      list.push(cell(P.bidderTenderSchools, `/bidders/${Eva.org}/tender-schools`, invited ? 200 : 403));
      for (const id of [schoolId, missingId]) {
        const real = id === schoolId;
        const base = `/procurement/tender-schools/${id}`;
        list.push(cell(P.getTenderSchool, base, real && (staff || invited) ? 200 : 404, undefined, id));
        list.push(cell(P.tenderSchoolTimeline, `${base}/timeline`, real && staff ? 200 : 404, undefined, id));
        const run = real && staff ? 'pass' : 404;
        list.push(cell(P.inviteToTenderSchool, `${base}/invitations`, run, { orgIds: [Eva.org], expectedVersion: STALE }, id));
        list.push(cell(P.cancelTenderSchool, `${base}/cancel`, run, { reason: 'Matris', expectedVersion: STALE }, id));
        list.push(
          cell(P.recordTenderSchoolAttendance, `${base}/attendance`, run, { attendance: [{ orgId: Eva.org, attended: true }], expectedVersion: STALE }, id),
        );
        list.push(cell(P.answerTenderSchool, `${base}/answer`, real && invited ? 'pass' : 404, { coming: true, expectedVersion: STALE }, id));
      }
    }
    const wrong = await run(list);
    // The body's own staff list the school; another body's staff do not.
    for (const who of procWho.filter((w) => w.role === 'procurement')) {
      const ids = ((await who.caller.get('/procurement/tender-schools')).body.items as { id: string }[]).map((i) => i.id);
      if (ids.includes(schoolId) !== buyersStaff(who)) wrong.push(`${who.label}: tender school ${buyersStaff(who) ? 'missing from' : 'leaked into'} the list`);
    }
    const seen = (await procWho.find((w) => w.label.startsWith('procurement/own'))!.caller.get(`/procurement/tender-schools/${schoolId}`)).body;
    expect(seen).toMatchObject({ version: 1, cancelled: null, counts: { unanswered: 1, attended: 0 } });
    expect(wrong).toEqual([]);
  });

  it('registry, administration and the way in: read by every signed-in user, written by administrators within their own body', async () => {
    const A = AdminContract;
    const member = IopDemoUsers.healthcareAlingsas.sub;
    const interest = { unitId: 'angereds-narsjukhus', organisationName: 'Matris', contactName: 'Matris', email: 'matris@example.org', idea: 'En idé' };
    const list: Cell[] = iopWho.flatMap((who): Cell[] => {
      const admin = who.role === 'admin';
      const own = admin && bodyOf(who.org) === CaseBody;
      const cell = (op: AnyOperation, path: string, ok: Outcome, body?: unknown, domain?: Outcome): Cell => ({
        op,
        who,
        path,
        body,
        expected: gate(op, who) ?? domain ?? ok,
      });
      // Every write here breaks a rule after the gate (a stale version, a unit of another body, a role a body does not give), so nothing changes;
      // the way in is public, so everyone, signed in or not, gets the same rule.
      return [
        cell(A.listOrganisations, '/organisations?q=angered', 200),
        cell(A.getOrganisation, '/organisations/angereds-narsjukhus', 200),
        cell(A.createOrganisation, '/admin/organisations', 422, { kind: 'unit', name: 'Matris enhet' }),
        cell(A.updateOrganisation, '/admin/organisations/angereds-narsjukhus', 'version', { expectedVersion: STALE, name: 'Matris' }, own ? undefined : 403),
        cell(A.listUsers, '/admin/users', 200),
        cell(A.inviteUser, '/admin/users', 422, { email: 'matris@example.org', name: 'Matris', role: 'civil', org: 'angereds-narsjukhus' }),
        cell(A.updateUser, `/admin/users/${member}`, 200, { role: 'healthcare' }, own ? undefined : 404),
        cell(A.auditLog, '/admin/audit', 200),
        cell(A.wayInIndex, '/public/bodies', 200),
        cell(A.wayIn, '/public/bodies/vgr', 200),
        cell(A.sendInterest, '/public/bodies/region-stockholm/interest', 422, interest),
        cell(A.listInterest, '/interest', 200),
      ];
    });
    expect(await run(list)).toEqual([]);
  });

  it('the yearly follow-up: the body’s own staff and approvers only (others 404); its public version and the register for anyone', async () => {
    const R = ReportingContract;
    const body = CaseBody ?? '';
    const list: Cell[] = iopWho.flatMap((who): Cell[] => {
      const own = who.role !== 'anonymous' && who.role !== 'civil' && bodyOf(who.org) === body;
      const staff = (op: AnyOperation, path: string): Cell => ({
        op,
        who,
        path,
        expected: gate(op, who) ?? (own ? 200 : 404),
        missing: `No overview ${body} for this caller.`,
      });
      const open = (op: AnyOperation, path: string): Cell => ({ op, who, path, expected: 200 });
      return [
        staff(R.overview, `/overview/${body}`),
        staff(R.overviewCsv, `/overview/${body}/overview.csv`),
        open(R.publicOverview, `/public/overview/${body}`),
        open(R.publicOverviewCsv, `/public/overview/${body}/overview.csv`),
        open(R.registerJson, '/public/register.json'),
        open(R.registerCsv, '/public/register.csv?area=vardcentral'),
      ];
    });
    expect(await run(list)).toEqual([]);
  });

  it('changed no case, and reached every route of AllOperations', async () => {
    const admin = iopWho.find((w) => w.label.startsWith('admin/own'))!.caller;
    const staff = procWho.find((w) => w.label.startsWith('procurement/own'))!.caller;
    await idle(api);
    for (const [stage, c] of Object.entries(iop)) expect((await admin.get(`/iop/cases/${c.id}`)).body.version, `IOP case in ${stage}`).toBe(c.version);
    for (const [stage, c] of Object.entries(match))
      expect((await staff.get(`/procurement/matches/${c.id}`)).body.version, `match case in ${stage}`).toBe(c.version);
    expect(AllOperations.map(routeKeyOf).filter((key) => !routesSeen.has(key))).toEqual([]);
    console.log(`authorization matrix: ${cells} cells checked over ${routesSeen.size} routes`);
  });
});
