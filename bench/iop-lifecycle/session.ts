import { DefaultIopConfig, reviewSlots } from '../../shared/iop/domain/index.js';
import { DemoIopCase, DemoIopChecklist } from '../../local/seed/iop-seed.js';
import type { LocalRuntime } from '../../local/runtime/local-runtime.js';
import { delta, newUsage, sum, withoutStreamPolling, type Usage } from './dynamo-usage.js';
import { claimNewCase, type Probe } from './probe.js';

/** The IOP lifecycle driven over HTTP as its users would, each action measured. */

export interface ActionSample {
  readonly action: string;
  /** DynamoDB requests made by the API handler for this request. */
  readonly api: number;
  /** All DynamoDB requests until the workflows it woke are idle again (requestCounts delta, stream polling left out). */
  readonly total: number;
  /** DynamoDB use of the API handler, and of everything until idle. */
  readonly apiUsage: Usage;
  readonly totalUsage: Usage;
  /** Invocations of the Effects function (the table stream's consumer) until idle. */
  readonly effects: number;
}

/**
 * The benchmark runs many cases with the same two organisations: under de minimis their public support adds up across
 * cases and the decision is refused past the ceiling, as the rule says. It measures the workflow, not that rule, so its
 * activity is one that is not economic (no state aid).
 */
const checklist = {
  ...DemoIopChecklist,
  stateAid: { met: true, basis: 'no-aid', motivation: 'Verksamheten är inte ekonomisk: stödet riktar sig till enskilda utan ersättning.' },
};
/** Each party's position at a review: the decision is recorded only after every party was heard. */
const position = { type: 'record-review-position', position: 'continue', statement: 'Samarbetet fungerar' };
const report = {
  type: 'submit-review-report',
  activities: 'Gruppträffar',
  reach: 300,
  outcomes: 'Målen nådda',
  moneyUsedSek: 1_000_000,
  inKindUsedSek: 900_000,
};

export interface Session {
  readonly probe: Probe;
  readonly tokens: Record<'hc' | 'rk' | 'sm' | 'ap', string>;
  readonly samples: ActionSample[];
  idle(): Promise<void>;
}

export async function http(session: Session, method: string, path: string, token?: string, body?: unknown): Promise<{ status: number; body: any }> {
  const res = await fetch(`${session.probe.runtime.url}${path}`, {
    method,
    headers: { ...(token && { authorization: `Bearer ${token}` }), ...(body !== undefined && { 'content-type': 'application/json' }) },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

/** One API action, measured: the handler's own DynamoDB requests and everything until the workflows settle. */
export async function measuredAction(
  session: Session,
  who: keyof Session['tokens'],
  path: string,
  body: Record<string, unknown>,
  expected = 200,
): Promise<any> {
  const { runtime, watch } = session.probe;
  await session.idle();
  const before = runtime.dynamo.requestCounts();
  const effectsBefore = runtime.effects.invocations();
  const apiUsage = newUsage();
  const totalUsage = newUsage();
  const stopWatching = [watch(apiUsage, 'IopApi'), watch(totalUsage)];
  let answer: Awaited<ReturnType<typeof http>>;
  try {
    answer = await http(session, 'POST', path, session.tokens[who], body);
    await session.idle();
  } finally {
    for (const stop of stopWatching) stop();
  }
  const d = withoutStreamPolling(delta(runtime.dynamo.requestCounts(), before));
  if (answer.status !== expected) throw new Error(`${String(body.type ?? path)}: ${answer.status} ${JSON.stringify(answer.body)}`);
  session.samples.push({
    action: String(body.type ?? 'initiate'),
    api: apiUsage.requests,
    total: sum(d),
    apiUsage,
    totalUsage,
    effects: runtime.effects.invocations() - effectsBefore,
  });
  return answer.body;
}

async function advanceTo(session: Session, at: Date): Promise<void> {
  const { runtime } = session.probe;
  const now = runtime.aws.clock.now().getTime();
  const minutes = Math.ceil((at.getTime() - now) / 60_000);
  if (minutes <= 0) return;
  const answer = await http(session, 'POST', '/dev/clock', undefined, { advance: `PT${minutes}M` });
  if (answer.status !== 200) throw new Error(`clock: ${answer.status}`);
  await session.idle();
}

/** The first day of the month after the local clock's now: a term that starts in the future. */
function nextMonth(runtime: LocalRuntime): string {
  const now = runtime.aws.clock.now();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)).toISOString().slice(0, 10);
}

/** Initiation → dialogue → approval → agreement in force, over HTTP. Returns the case id. */
export async function toActive(session: Session, act: typeof measuredAction): Promise<string> {
  const created = await act(session, 'hc', '/iop/cases', { ...DemoIopCase, plannedStart: nextMonth(session.probe.runtime) }, 201);
  const id: string = created.id;
  if (act === measuredAction) claimNewCase(session.probe, id);
  const path = `/iop/cases/${id}/actions`;
  await act(session, 'rk', path, { type: 'accept-invitation' });
  await act(session, 'sm', path, { type: 'accept-invitation' });
  await act(session, 'hc', path, {
    type: 'record-meeting',
    date: created.createdAt.slice(0, 10),
    participants: ['Sara Lindqvist', 'Ahmed Hassan'],
    notes: 'Första dialogmötet',
  });
  const revised = await act(session, 'rk', path, { type: 'revise-draft', changes: { budgetPerYearSek: 2_100_000 } });
  for (const who of ['hc', 'rk', 'sm'] as const) await act(session, who, path, { type: 'consent', draftVersion: revised.draft.version });
  await act(session, 'hc', path, { type: 'request-decision' });
  await act(session, 'ap', path, { type: 'decide', decision: 'approve', motivation: 'Uppfyller kraven', diarienummer: 'RS 2026-1', checklist });
  for (const who of ['hc', 'rk', 'sm'] as const) await act(session, who, path, { type: 'sign' });
  return id;
}

/** One full lifecycle: to an active agreement, five reviews on the clock, renewal; the term runs out. */
export async function lifecycle(session: Session): Promise<{ caseId: string; renewalId: string }> {
  const caseId = await toActive(session, measuredAction);
  const path = `/iop/cases/${caseId}/actions`;
  const state = (await http(session, 'GET', `/iop/cases/${caseId}`, session.tokens.hc)).body;
  const slots = reviewSlots(state.agreementInForce, DefaultIopConfig);
  for (const slot of slots) {
    await advanceTo(session, new Date(Date.parse(slot.at) + 86_400_000));
    await measuredAction(session, 'rk', path, report);
    await measuredAction(session, 'sm', path, report);
    for (const who of ['hc', 'rk', 'sm'] as const) await measuredAction(session, who, path, position);
    await measuredAction(session, 'hc', path, {
      type: 'review-decision',
      decision: slot.final ? 'renew' : 'continue',
      motivation: 'Beslut vid uppföljningen',
    });
  }
  await advanceTo(session, new Date(Date.parse(state.agreementInForce.termEnd) + 86_400_000));
  const end = (await http(session, 'GET', `/iop/cases/${caseId}`, session.tokens.hc)).body;
  if (end.stage !== 'closed' || !end.renewedBy) throw new Error(`lifecycle ended in ${end.stage}`);
  return { caseId, renewalId: end.renewedBy };
}
