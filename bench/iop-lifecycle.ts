import { AsyncLocalStorage } from 'node:async_hooks';
import { DemoIopCase, DemoIopChecklist, DefaultIopConfig, IopDemoUsers, reviewSlots } from '../shared/iop/index.js';
import type { Actor } from '../shared/auth/actor.js';
import { waitUntilIdle } from '../shared/local/clock/wait-until-idle.js';
import { startLocalRuntime, type LocalRuntime } from '../shared/local/runtime/local-runtime.js';
import { dynamoClient } from '../shared/platform/aws-clients.js';
import { FunctionCatalog, functionSpec, type FunctionId } from '../shared/platform/function-catalog.js';
import { round } from './percentiles.js';

/**
 * The IOP lifecycle on the local runtime, over HTTP: machine time per full
 * lifecycle (initiation to the renewal after five years of reviews), cases per
 * second with 20 in flight, DynamoDB requests per action, state transitions
 * per case, and from them the AWS cost of one case over five years.
 */

/** eu-north-1 list prices used by the cost model (USD). */
export const AwsPrices = {
  stepFunctionsPerTransition: 0.025 / 1000,
  lambdaPerGbSecondArm64: 0.0000133334,
  lambdaPerRequest: 0.2 / 1_000_000,
  dynamoPerWriteUnit: 1.4846 / 1_000_000,
  dynamoPerReadUnit: 0.297 / 1_000_000,
  eventBridgePerEvent: 1 / 1_000_000,
} as const;

/** Why an action needs more than four DynamoDB requests in its request path (read from the handlers). */
const WhyOverTarget: Record<string, string> = {
  initiate: 'event item + case item + one membership item per party (3) + the execution pointer of the first stage',
  'accept-invitation': 'when the last invitation is accepted the stage changes: case read + event + case item, then the wait\'s task token is read and deleted to complete the callback',
  'request-decision': 'stage change: case read + event + case item + task token read + task token delete',
  decide: 'stage change: case read + event + case item + task token read + task token delete',
  sign: 'the last signature completes the wait: case read + event + case item + task token read + task token delete',
  'review-decision': 'completes the review wait: case read + event + case item + task token read + task token delete',
};

const WriteOperations = new Set(['PutItem', 'DeleteItem', 'UpdateItem', 'BatchWriteItem', 'TransactWriteItems']);
const LIFECYCLES = 3;
const IN_FLIGHT = 20;

type Counts = Record<string, number>;
interface ActionSample {
  readonly action: string;
  /** DynamoDB requests made by the API handler for this request. */
  readonly api: number;
  /** All DynamoDB requests until the workflows it woke are idle again (requestCounts delta). */
  readonly total: number;
}

interface Probe {
  readonly runtime: LocalRuntime;
  /** DynamoDB requests by the function that made them (API handler or workflow task). */
  readonly dynamoByFunction: Map<string, number>;
  /** DynamoDB requests by case (operation → count), from the case id in the invocation. */
  readonly dynamoByCase: Map<string, Counts>;
  /** Invocation durations by case and function, in milliseconds. */
  readonly lambdaByCase: Map<string, Map<FunctionId, number[]>>;
}

interface Invocation {
  readonly fn: FunctionId;
  readonly caseId: string;
}

/** The case an invocation works on: a task's input, or the path of an API request. */
function caseOf(fn: FunctionId, payload: unknown): string {
  const p = payload as { caseId?: string; rawPath?: string } | undefined;
  if (fn === 'IopTasks' && p?.caseId) return p.caseId;
  const match = /^\/iop\/cases\/([^/]+)/.exec(p?.rawPath ?? '');
  return match ? decodeURIComponent(match[1]!) : p?.rawPath === '/iop/cases' ? NEW_CASE : 'none';
}
const NEW_CASE = '(new case)';

/** Tags every function invocation so each DynamoDB request can be put down to its function and its case. */
function attachProbe(runtime: LocalRuntime): Probe {
  const current = new AsyncLocalStorage<Invocation>();
  const dynamoByFunction = new Map<string, number>();
  const dynamoByCase = new Map<string, Counts>();
  const lambdaByCase = new Map<string, Map<FunctionId, number[]>>();
  const invoker = runtime.invoker as { invoke: LocalRuntime['invoker']['invoke'] };
  const invoke = invoker.invoke;
  invoker.invoke = (fn, payload) => {
    const caseId = caseOf(fn, payload);
    return current.run({ fn, caseId }, async () => {
      const started = performance.now();
      try {
        return await invoke(fn, payload);
      } finally {
        const byFn = lambdaByCase.get(caseId) ?? new Map<FunctionId, number[]>();
        byFn.set(fn, [...(byFn.get(fn) ?? []), performance.now() - started]);
        lambdaByCase.set(caseId, byFn);
      }
    });
  };
  dynamoClient().middlewareStack.add(
    (next, context) => async (args) => {
      const at = current.getStore();
      const fn = at?.fn ?? 'outside a function';
      dynamoByFunction.set(fn, (dynamoByFunction.get(fn) ?? 0) + 1);
      const op = String(context.commandName ?? 'unknown').replace(/Command$/, '');
      const byOp = dynamoByCase.get(at?.caseId ?? 'none') ?? {};
      byOp[op] = (byOp[op] ?? 0) + 1;
      dynamoByCase.set(at?.caseId ?? 'none', byOp);
      return next(args);
    },
    { step: 'initialize', name: 'benchDynamoAttribution' },
  );
  return { runtime, dynamoByFunction, dynamoByCase, lambdaByCase };
}

/** Moves what was recorded under "(new case)" to the case that was just created. */
function claimNewCase(probe: Probe, caseId: string): void {
  const counts = probe.dynamoByCase.get(NEW_CASE);
  if (counts) {
    const into = probe.dynamoByCase.get(caseId) ?? {};
    addInto(into, counts);
    probe.dynamoByCase.set(caseId, into);
    probe.dynamoByCase.delete(NEW_CASE);
  }
  const lambdas = probe.lambdaByCase.get(NEW_CASE);
  if (lambdas) {
    const into = probe.lambdaByCase.get(caseId) ?? new Map<FunctionId, number[]>();
    for (const [fn, ms] of lambdas) into.set(fn, [...(into.get(fn) ?? []), ...ms]);
    probe.lambdaByCase.set(caseId, into);
    probe.lambdaByCase.delete(NEW_CASE);
  }
}

const sum = (counts: Counts) => Object.values(counts).reduce((a, b) => a + b, 0);
const delta = (after: Counts, before: Counts): Counts =>
  Object.fromEntries(Object.entries(after).map(([k, v]) => [k, v - (before[k] ?? 0)]).filter(([, v]) => (v as number) > 0));
const addInto = (into: Counts, more: Counts) => {
  for (const [k, v] of Object.entries(more)) into[k] = (into[k] ?? 0) + v;
};

const checklist = DemoIopChecklist;
const report = { type: 'submit-review-report', activities: 'Gruppträffar', reach: 300, outcomes: 'Målen nådda', moneyUsedSek: 1_000_000, inKindUsedSek: 900_000 };

interface Session {
  readonly probe: Probe;
  readonly tokens: Record<'hc' | 'rk' | 'sm' | 'ap', string>;
  readonly samples: ActionSample[];
  idle(): Promise<void>;
}

async function http(session: Session, method: string, path: string, token?: string, body?: unknown): Promise<{ status: number; body: any }> {
  const res = await fetch(`${session.probe.runtime.url}${path}`, {
    method,
    headers: { ...(token && { authorization: `Bearer ${token}` }), ...(body !== undefined && { 'content-type': 'application/json' }) },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

/** One API action, measured: the handler's own DynamoDB requests and everything until the workflows settle. */
async function measuredAction(session: Session, who: keyof Session['tokens'], path: string, body: Record<string, unknown>, expected = 200): Promise<any> {
  const { runtime, dynamoByFunction } = session.probe;
  await session.idle();
  const before = runtime.dynamo.requestCounts();
  const apiBefore = dynamoByFunction.get('IopApi') ?? 0;
  const answer = await http(session, 'POST', path, session.tokens[who], body);
  const apiCount = (dynamoByFunction.get('IopApi') ?? 0) - apiBefore;
  await session.idle();
  const d = delta(runtime.dynamo.requestCounts(), before);
  if (answer.status !== expected) throw new Error(`${String(body.type ?? path)}: ${answer.status} ${JSON.stringify(answer.body)}`);
  session.samples.push({ action: String(body.type ?? 'initiate'), api: apiCount, total: sum(d) });
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
async function toActive(session: Session, act: typeof measuredAction): Promise<string> {
  const created = await act(session, 'hc', '/iop/cases', { ...DemoIopCase, plannedStart: nextMonth(session.probe.runtime) }, 201);
  const id: string = created.id;
  if (act === measuredAction) claimNewCase(session.probe, id);
  const path = `/iop/cases/${id}/actions`;
  await act(session, 'rk', path, { type: 'accept-invitation' });
  await act(session, 'sm', path, { type: 'accept-invitation' });
  await act(session, 'hc', path, { type: 'record-meeting', date: created.createdAt.slice(0, 10), participants: ['Sara Lindqvist', 'Ahmed Hassan'], notes: 'Första dialogmötet' });
  const revised = await act(session, 'rk', path, { type: 'revise-draft', changes: { budgetPerYearSek: 2_100_000 } });
  for (const who of ['hc', 'rk', 'sm'] as const) await act(session, who, path, { type: 'consent', draftVersion: revised.draft.version });
  await act(session, 'hc', path, { type: 'request-decision' });
  await act(session, 'ap', path, { type: 'decide', decision: 'approve', motivation: 'Uppfyller kraven', diarienummer: 'RS 2026-1', checklist });
  for (const who of ['hc', 'rk', 'sm'] as const) await act(session, who, path, { type: 'sign' });
  return id;
}

/** One full lifecycle: to an active agreement, five reviews on the clock, renewal; the term runs out. */
async function lifecycle(session: Session): Promise<{ caseId: string; renewalId: string }> {
  const caseId = await toActive(session, measuredAction);
  const path = `/iop/cases/${caseId}/actions`;
  const state = (await http(session, 'GET', `/iop/cases/${caseId}`, session.tokens.hc)).body;
  const slots = reviewSlots(state.agreementInForce, DefaultIopConfig);
  for (const slot of slots) {
    await advanceTo(session, new Date(Date.parse(slot.at) + 86_400_000));
    await measuredAction(session, 'rk', path, report);
    await measuredAction(session, 'sm', path, report);
    await measuredAction(session, 'hc', path, { type: 'review-decision', decision: slot.final ? 'renew' : 'continue', motivation: 'Beslut vid uppföljningen' });
  }
  await advanceTo(session, new Date(Date.parse(state.agreementInForce.termEnd) + 86_400_000));
  const end = (await http(session, 'GET', `/iop/cases/${caseId}`, session.tokens.hc)).body;
  if (end.stage !== 'closed' || !end.renewedBy) throw new Error(`lifecycle ended in ${end.stage}`);
  return { caseId, renewalId: end.renewedBy };
}

/** Sum of stateTransitionCount over every execution of the case, through the Step Functions API. */
function stateTransitionsOf(runtime: LocalRuntime, caseId: string): { executions: number; transitions: number } {
  const sfn = runtime.aws.stepFunctions;
  let executions = 0;
  let transitions = 0;
  for (const stage of ['initiation', 'dialogue', 'approval', 'agreement', 'review']) {
    const arn = `${process.env.STATE_MACHINE_ARN_PREFIX}iop-${stage}`;
    let nextToken: string | undefined;
    do {
      const page = sfn.listExecutions({ stateMachineArn: arn, ...(nextToken && { nextToken }) });
      for (const e of page.executions) {
        const d = sfn.describeExecution({ executionArn: e.executionArn });
        if ((JSON.parse(d.input) as { caseId?: string }).caseId !== caseId) continue;
        executions++;
        transitions += d.stateTransitionCount;
      }
      nextToken = page.nextToken;
    } while (nextToken);
  }
  return { executions, transitions };
}

const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

export interface IopLifecycleFigures {
  readonly lifecycleCpuMs: number;
  readonly lifecycleWallMs: number;
  readonly casesPerSecondWith20InFlight: number;
  readonly inFlightCpuMsPerCase: number;
  readonly dynamoRequestsPerAction: Record<string, { apiMax: number; apiMean: number; withWorkflowMax: number; withWorkflowMean: number }>;
  readonly actionsOverTarget: readonly string[];
  readonly stateTransitionsPerCase: number;
  readonly executionsPerCase: number;
  readonly costPerCaseUsd: { stepFunctions: number; lambda: number; dynamodb: number; eventBridge: number; total: number };
}

export async function runIopLifecycleBench(): Promise<IopLifecycleFigures> {
  process.env.LOG_LEVEL ??= 'silent';
  const runtime = await startLocalRuntime({ port: 0, web: false, seed: false });
  try {
    const probe = attachProbe(runtime);
    const token = (u: Actor) => runtime.token({ sub: u.sub, name: u.name, role: u.role, org: u.org });
    const tokens = {
      hc: await token(IopDemoUsers.healthcareAngered),
      rk: await token(IopDemoUsers.civilRodaKorset),
      sm: await token(IopDemoUsers.civilGoteborgsStadsmission),
      ap: await token(IopDemoUsers.approver),
    };
    const idle = async () => {
      if (!(await waitUntilIdle(() => runtime.isIdle(), 30_000, 1))) throw new Error('workflows did not settle');
    };
    const session = (): Session => ({ probe, tokens, samples: [], idle });

    // Warm-up lifecycle (JIT, first module paths), then the measured ones.
    await lifecycle(session());
    const runs: { cpuMs: number; wallMs: number; s: Session; caseId: string }[] = [];
    for (let i = 0; i < LIFECYCLES; i++) {
      const s = session();
      const cpu = process.cpuUsage();
      const wall = performance.now();
      const { caseId } = await lifecycle(s);
      const used = process.cpuUsage(cpu);
      const wallMs = performance.now() - wall;
      runs.push({ cpuMs: (used.user + used.system) / 1000, wallMs, s, caseId });
    }

    // 20 cases in flight at once, initiation → active agreement; actions go back to back, without waiting for idle.
    const loose: typeof measuredAction = async (s, who, path, body, expected = 200) => {
      for (let attempt = 1; ; attempt++) {
        const answer = await http(s, 'POST', path, s.tokens[who], body);
        if (answer.status === expected) return answer.body;
        if (answer.status !== 409 || attempt > 5) throw new Error(`${String(body.type ?? path)}: ${answer.status} ${JSON.stringify(answer.body)}`);
      }
    };
    const flightCpu = process.cpuUsage();
    const flightStart = performance.now();
    const ids = await Promise.all(Array.from({ length: IN_FLIGHT }, () => toActive(session(), loose)));
    await idle();
    const flightMs = performance.now() - flightStart;
    const flightUsed = process.cpuUsage(flightCpu);
    for (const id of ids) {
      const c = (await http(session(), 'GET', `/iop/cases/${id}`, tokens.hc)).body;
      if (!c.agreementInForce || !c.reviewsScheduledAt) throw new Error(`case ${id} did not become active (${c.stage})`);
    }

    // ---- figures ----
    const samples = runs.flatMap((r) => r.s.samples);
    const byAction = new Map<string, ActionSample[]>();
    for (const s of samples) byAction.set(s.action, [...(byAction.get(s.action) ?? []), s]);
    const dynamoRequestsPerAction = Object.fromEntries([...byAction].map(([action, xs]) => [action, {
      apiMax: Math.max(...xs.map((x) => x.api)),
      apiMean: round(mean(xs.map((x) => x.api))),
      withWorkflowMax: Math.max(...xs.map((x) => x.total)),
      withWorkflowMean: round(mean(xs.map((x) => x.total))),
    }]));
    const actionsOverTarget = Object.entries(dynamoRequestsPerAction).filter(([, v]) => v.apiMax > 4).map(([k]) => k);

    const last = runs.at(-1)!;
    const { executions, transitions } = stateTransitionsOf(runtime, last.caseId);
    // Everything below is put down to the case itself (not to the renewal, nor to other cases' timers).
    const caseCounts = { ...probe.dynamoByCase.get(last.caseId) };
    const lambdas = probe.lambdaByCase.get(last.caseId) ?? new Map<FunctionId, number[]>();
    const events = runtime.aws.eventBridge.outbox().filter((e) => (e.event.detail as { caseId?: string } | undefined)?.caseId === last.caseId).length;
    const writes = Object.entries(caseCounts).filter(([op]) => WriteOperations.has(op)).reduce((a, [, v]) => a + v, 0);
    const reads = sum(caseCounts) - writes;

    const lambdaRows = FunctionCatalog.filter((f) => lambdas.has(f.id)).map((f) => {
      const invocations = lambdas.get(f.id)!.length;
      const ms = mean(lambdas.get(f.id)!);
      const gbSeconds = invocations * (functionSpec(f.id).memoryMb / 1024) * (Math.max(1, Math.ceil(ms)) / 1000);
      return { fn: f.id, invocations, memoryMb: f.memoryMb, meanMs: round(ms, 1), gbSeconds: round(gbSeconds, 3), usd: gbSeconds * AwsPrices.lambdaPerGbSecondArm64 + invocations * AwsPrices.lambdaPerRequest };
    });
    const cost = {
      stepFunctions: transitions * AwsPrices.stepFunctionsPerTransition,
      lambda: lambdaRows.reduce((a, r) => a + r.usd, 0),
      dynamodb: writes * AwsPrices.dynamoPerWriteUnit + reads * AwsPrices.dynamoPerReadUnit,
      eventBridge: events * AwsPrices.eventBridgePerEvent,
    };
    const total = cost.stepFunctions + cost.lambda + cost.dynamodb + cost.eventBridge;
    const caseSize = JSON.stringify((await http(session(), 'GET', `/iop/cases/${last.caseId}`, tokens.hc)).body).length;

    const figures: IopLifecycleFigures = {
      lifecycleCpuMs: round(mean(runs.map((r) => r.cpuMs)), 0),
      lifecycleWallMs: round(mean(runs.map((r) => r.wallMs)), 0),
      casesPerSecondWith20InFlight: round(IN_FLIGHT / (flightMs / 1000)),
      inFlightCpuMsPerCase: round((flightUsed.user + flightUsed.system) / 1000 / IN_FLIGHT, 0),
      dynamoRequestsPerAction,
      actionsOverTarget,
      stateTransitionsPerCase: transitions,
      executionsPerCase: executions,
      costPerCaseUsd: {
        stepFunctions: round(cost.stepFunctions, 6), lambda: round(cost.lambda, 6), dynamodb: round(cost.dynamodb, 6), eventBridge: round(cost.eventBridge, 6), total: round(total, 6),
      },
    };

    console.log(`\nMachine time per full lifecycle (initiation → 5 reviews → renewal → term end; ${samples.length / LIFECYCLES} API actions, the local runtime and its client in one process; mean of ${LIFECYCLES} after a warm-up)`);
    console.table(runs.map((r, i) => ({ run: i + 1, cpuMs: round(r.cpuMs, 0), wallMs: round(r.wallMs, 0) })));
    console.log(`${IN_FLIGHT} cases in flight (initiation → active agreement, 14 actions each): ${round(flightMs, 0)} ms wall → ${figures.casesPerSecondWith20InFlight} cases/s; ${figures.inFlightCpuMsPerCase} ms CPU per case`);
    console.log('\nDynamoDB requests per action (reads included; target ≤ 4 in the request path). "api" = made by the API handler; "with workflow" = requestCounts delta until the workflows it woke are idle');
    console.table(Object.entries(dynamoRequestsPerAction).map(([action, v]) => ({ action, ...v })));
    console.log(actionsOverTarget.length === 0 ? 'Every action is within 4 requests in the request path.' : `Over 4 in the request path: ${actionsOverTarget.join(', ')}`);
    for (const action of actionsOverTarget) console.log(`  ${action}: ${WhyOverTarget[action] ?? 'see the handler'}`);
    console.log('  (without an Idempotency-Key; a key adds 2 writes: claim and stored answer)');
    console.log(`\nPer case over five years: ${executions} executions, ${transitions} state transitions; DynamoDB ${writes} writes + ${reads} reads (${JSON.stringify(caseCounts)}); ${events} EventBridge events`);
    console.log('Lambda (arm64; duration = mean measured locally per invocation, billed per ms)');
    console.table(lambdaRows.map((r) => ({ ...r, usd: round(r.usd, 7) })));
    console.log('AWS cost of one IOP case over five years (USD; Step Functions Standard, Lambda arm64, DynamoDB on-demand at 1 unit per request, EventBridge custom events)');
    console.table([{ ...figures.costPerCaseUsd }]);
    const at100ms = lambdaRows.reduce((a, r) => a + r.invocations * ((r.memoryMb / 1024) * 0.1 * AwsPrices.lambdaPerGbSecondArm64 + AwsPrices.lambdaPerRequest), 0);
    console.log(`Lambda at a stated 100 ms per invocation instead (SDK round trips in AWS are slower than in-process): $${round(at100ms, 6)}; total $${round(total - cost.lambda + at100ms, 6)}.`);
    console.log(`Assumption: 1 request unit per request. The case item is ~${round(caseSize / 1024, 1)} KB as JSON and each event item holds the full state, so writes really cost ~${Math.ceil(caseSize / 1024)} WRU each: DynamoDB ≈ $${round(writes * Math.ceil(caseSize / 1024) * AwsPrices.dynamoPerWriteUnit + reads * Math.ceil(caseSize / 4096) * AwsPrices.dynamoPerReadUnit, 6)} with sizes counted. User reads of the case pages are not included (each is 1-2 read requests).`);
    return figures;
  } finally {
    await runtime.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runIopLifecycleBench();
  process.exit(0);
}
