import { AsyncLocalStorage } from 'node:async_hooks';
import { DynamoDBClient, QueryCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
import { TableDefinition } from '../shared/platform/dynamodb/table-definition.js';
import { IOP_KIND } from '../shared/iop/store/iop-store.js';
import { DefaultIopConfig, reviewSlots } from '../shared/iop/domain/index.js';
import { DemoIopCase, DemoIopChecklist, IopDemoUsers } from '../local/seed/iop-seed.js';
import type { Actor } from '../shared/platform/auth/actor.js';
import { waitUntilIdle } from '../local/engines/clock/wait-until-idle.js';
import { startLocalRuntime, type LocalRuntime } from '../local/runtime/local-runtime.js';
import { dynamoClient } from '../shared/platform/aws-clients.js';
import { FunctionCatalog, functionSpec, type FunctionId } from '../shared/platform/function-catalog.js';
import { round } from './percentiles.js';
import { itemSize, writeUnits } from './dynamo-item-size.js';

/**
 * The IOP lifecycle on the local runtime, over HTTP: machine time per full
 * lifecycle (initiation to the renewal after five years of reviews), cases per
 * second with 20 in flight, DynamoDB requests and write units per action (item
 * sizes counted), the Effects function's invocations per action, state
 * transitions per case, the bytes a case keeps stored, and from them the AWS
 * cost of one case over five years.
 */

/**
 * Prices used by the cost model (USD, eu-north-1; assumptions, stated with the figures):
 * Step Functions Standard $0.025 per 1,000 state transitions; Lambda arm64
 * $0.20 per million requests + $0.0000133334 per GB-second; DynamoDB on-demand
 * $0.625 per million write request units and $0.125 per million read request
 * units, Standard table class storage $0.25 per GB-month; EventBridge custom
 * events $1 per million. DynamoDB Streams reads by a Lambda event source
 * mapping are free.
 */
export const AwsPrices = {
  stepFunctionsPerTransition: 0.025 / 1000,
  lambdaPerGbSecondArm64: 0.0000133334,
  lambdaPerRequest: 0.2 / 1_000_000,
  dynamoPerWriteUnit: 0.625 / 1_000_000,
  dynamoPerReadUnit: 0.125 / 1_000_000,
  dynamoStoragePerGbMonth: 0.25,
  eventBridgePerEvent: 1 / 1_000_000,
} as const;
const MONTHS = 60;

/** Why an action needs more than four DynamoDB requests in its request path (read from the handlers). */
const WhyOverTarget: Record<string, string> = {
  initiate: 'event item + case item + one membership item per party (3) + the execution pointer of the first stage',
  'accept-invitation':
    "when the last invitation is accepted the stage changes: case read + event + case item, then the wait's task token is read and deleted to complete the callback",
  'request-decision': 'stage change: case read + event + case item + task token read + task token delete',
  decide: 'stage change: case read + event + case item + task token read + task token delete',
  sign: 'the last signature completes the wait: case read + event + case item + task token read + task token delete',
  'review-decision': 'completes the review wait: case read + event + case item + task token read + task token delete',
};

const WriteOperations = new Set(['PutItem', 'DeleteItem', 'UpdateItem', 'BatchWriteItem', 'TransactWriteItems']);
const ReadOperations = new Set(['GetItem', 'Query', 'Scan', 'BatchGetItem', 'TransactGetItems']);
/**
 * The stream poller's requests (the event source mapping's polling): counted by
 * the local proxy, but not table requests; AWS does not bill them as such.
 */
const StreamOperations = new Set(['GetRecords', 'GetShardIterator', 'DescribeStream', 'ListStreams']);
const LIFECYCLES = 3;
const IN_FLIGHT = 20;

type Counts = Record<string, number>;

/** DynamoDB use, as the SDK middleware sees it. */
interface Usage {
  requests: number;
  /** Items put or deleted (each Put of a transaction is one). */
  itemsWritten: number;
  /** Write request units of the table's items, from their sizes: 1 per started KB, 2 inside a transaction. */
  tableWru: number;
  /** Write request units of the GSI entries those writes add, change or remove (standard rate: the index is updated after the commit). */
  indexWru: number;
  /** Read request units, from the sizes of the items read (see readUnitsOf). */
  rru: number;
  /** The largest item written, in bytes, and its kind (sort key before '#'). */
  largestBytes: number;
  largestKind: string;
}
const newUsage = (): Usage => ({ requests: 0, itemsWritten: 0, tableWru: 0, indexWru: 0, rru: 0, largestBytes: 0, largestKind: '' });
function addUsage(into: Usage, more: Usage): void {
  into.requests += more.requests;
  into.itemsWritten += more.itemsWritten;
  into.tableWru += more.tableWru;
  into.indexWru += more.indexWru;
  into.rru += more.rru;
  if (more.largestBytes > into.largestBytes) {
    into.largestBytes = more.largestBytes;
    into.largestKind = more.largestKind;
  }
}

interface ActionSample {
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

interface CaseTally {
  /** DynamoDB requests by operation. */
  readonly ops: Counts;
  readonly usage: Usage;
}

interface Probe {
  readonly runtime: LocalRuntime;
  /** DynamoDB use by the function that made it (API handler, workflow task, Effects). */
  readonly dynamoByFunction: Map<string, Usage>;
  /** DynamoDB use by case, from the case id in the invocation. */
  readonly dynamoByCase: Map<string, CaseTally>;
  /** Invocation durations by case and function, in milliseconds. */
  readonly lambdaByCase: Map<string, Map<FunctionId, number[]>>;
  /** Adds every request from now on into `usage` too (only those of `fn` when given) until the returned function is called. */
  watch(usage: Usage, fn?: FunctionId): () => void;
  /** The units computed here next to those DynamoDB Local reports (ReturnConsumedCapacity), by kind of request. */
  readonly engineCheck: Map<string, { requests: number; computed: number; engine: number }>;
}

interface Invocation {
  readonly fn: FunctionId;
  readonly caseId: string;
}

/** The case an invocation works on: a task's input, the path of an API request, or the stream records the Effects function gets. */
function caseOf(fn: FunctionId, payload: unknown): string {
  const p = payload as { caseId?: string; rawPath?: string; Records?: { dynamodb?: { Keys?: Record<string, AttributeValue> } }[] } | undefined;
  if (fn === 'IopTasks' && p?.caseId) return p.caseId;
  if (fn === 'Effects') {
    // A batch holds the records of one case here (actions go one at a time); pk = IOP#<case id>.
    const pk = p?.Records?.[0]?.dynamodb?.Keys?.pk?.S;
    return pk?.startsWith(`${IOP_KIND}#`) ? pk.slice(IOP_KIND.length + 1) : 'none';
  }
  const match = /^\/iop\/cases\/([^/]+)/.exec(p?.rawPath ?? '');
  return match ? decodeURIComponent(match[1]!) : p?.rawPath === '/iop/cases' ? NEW_CASE : 'none';
}
const NEW_CASE = '(new case)';

/** What one write does to one item: put (with the new item) or delete. */
interface ItemWrite {
  readonly key: string;
  readonly item?: Record<string, AttributeValue>;
  readonly transactional: boolean;
  /** An UpdateItem: the new item is not in the request. */
  readonly update?: boolean;
}

/** What is stored under a key, as far as this process wrote it: its size and its GSI keys (for the old image's cost). */
interface KnownItem {
  readonly bytes: number;
  readonly indexKeys: Readonly<Record<string, string | undefined>>;
}

const keyOf = (attrs: Record<string, AttributeValue> | undefined): string => `${attrs?.pk?.S ?? '?'}|${attrs?.sk?.S ?? '?'}`;
const kindOf = (attrs: Record<string, AttributeValue> | undefined): string => String(attrs?.sk?.S ?? '?').split('#')[0]!;
const indexKeysOf = (item: Record<string, AttributeValue>): Record<string, string | undefined> =>
  Object.fromEntries(
    TableDefinition.globalSecondaryIndexes.map((g) => {
      const pk = item[g.partitionKey]?.S;
      const sk = item[g.sortKey]?.S;
      // An item is in a (sparse) index only when it has both of the index's key attributes.
      return [g.indexName, pk !== undefined && sk !== undefined ? `${pk}|${sk}` : undefined];
    }),
  );

/** The items a write request puts or deletes, from its input. */
function itemWrites(op: string, input: Record<string, any>): ItemWrite[] {
  switch (op) {
    case 'PutItem':
      return [{ key: keyOf(input.Item), item: input.Item, transactional: false }];
    case 'DeleteItem':
      return [{ key: keyOf(input.Key), transactional: false }];
    case 'UpdateItem':
      return [{ key: keyOf(input.Key), transactional: false, update: true }];
    case 'BatchWriteItem':
      return Object.values(input.RequestItems ?? {}).flatMap((requests: any) =>
        (requests as any[]).map(
          (r): ItemWrite =>
            r.PutRequest
              ? { key: keyOf(r.PutRequest.Item), item: r.PutRequest.Item, transactional: false }
              : { key: keyOf(r.DeleteRequest?.Key), transactional: false },
        ),
      );
    case 'TransactWriteItems':
      return (input.TransactItems ?? []).flatMap((t: any): ItemWrite[] => {
        if (t.Put) return [{ key: keyOf(t.Put.Item), item: t.Put.Item, transactional: true }];
        if (t.Delete) return [{ key: keyOf(t.Delete.Key), transactional: true }];
        if (t.Update) return [{ key: keyOf(t.Update.Key), transactional: true, update: true }];
        return []; // ConditionCheck: writes nothing (none in this code base)
      });
    default:
      return [];
  }
}

/**
 * The write units of one item write. DynamoDB bills a put or delete by the
 * larger of the item before and after, 1 unit per started KB (2 in a
 * transaction), and each GSI entry the write adds, rewrites or removes at
 * 1 unit per KB of the entry (the indexes project ALL: an entry is the item);
 * an index key that changes costs two (old entry out, new one in).
 */
function unitsOf(write: ItemWrite, known: KnownItem | undefined): { table: number; index: number; bytes: number } {
  const bytes = write.item ? itemSize(write.item) : 0;
  const before = known?.bytes ?? 0;
  const table = writeUnits(Math.max(before, bytes), write.transactional);
  if (write.update) {
    // Not in this code base; the new item is not in the request: the old one's size, the same index entries.
    return { table, index: Object.values(known?.indexKeys ?? {}).filter(Boolean).length * writeUnits(before, false), bytes: before };
  }
  const after = write.item ? indexKeysOf(write.item) : {};
  let index = 0;
  for (const g of TableDefinition.globalSecondaryIndexes) {
    const was = known?.indexKeys[g.indexName];
    const is = after[g.indexName];
    if (was !== undefined && was === is) index += writeUnits(Math.max(before, bytes), false);
    else {
      if (was !== undefined) index += writeUnits(before, false);
      if (is !== undefined) index += writeUnits(bytes, false);
    }
  }
  return { table, index, bytes };
}

/**
 * Read request units of a read, from the sizes of the items read: 1 per
 * started 4 KB (GetItem and BatchGetItem per item, Query and Scan per page
 * over the sum of the items), half for an eventually consistent read, 2× in
 * TransactGetItems; a read that finds nothing still costs 1 (½). DynamoDB
 * bills the full item also when a projection returns less, so the size
 * written is used when the key is known; for a Query whose projection leaves
 * the keys out (the digest reads timelines so), `engine`, DynamoDB Local's
 * count, which is made from the stored items, is taken instead.
 */
function readUnitsOf(op: string, input: Record<string, any>, output: Record<string, any>, known: Map<string, KnownItem>, engine: number): number {
  const sizeOf = (item: Record<string, AttributeValue>) => Math.max(known.get(keyOf(item))?.bytes ?? 0, itemSize(item));
  const per4k = (bytes: number) => Math.max(1, Math.ceil(bytes / 4096));
  const factor = (consistent: unknown) => (consistent ? 1 : 0.5);
  switch (op) {
    case 'GetItem':
      return per4k(output.Item ? sizeOf(output.Item) : 0) * factor(input.ConsistentRead);
    case 'Query':
    case 'Scan':
      if (((output.Items ?? []) as Record<string, AttributeValue>[]).some((i) => !i.pk || !i.sk)) return engine;
      return per4k(((output.Items ?? []) as Record<string, AttributeValue>[]).reduce((a, i) => a + sizeOf(i), 0)) * factor(input.ConsistentRead);
    case 'BatchGetItem':
      return Object.entries((output.Responses ?? {}) as Record<string, Record<string, AttributeValue>[]>).reduce(
        (a, [table, items]) => a + items.reduce((b, i) => b + per4k(sizeOf(i)) * factor(input.RequestItems?.[table]?.ConsistentRead), 0),
        0,
      );
    case 'TransactGetItems':
      return ((output.Responses ?? []) as { Item?: Record<string, AttributeValue> }[]).reduce((a, r) => a + 2 * per4k(r.Item ? sizeOf(r.Item) : 0), 0);
    default:
      return 0;
  }
}

const capacityUnits = (consumed: unknown): number =>
  (Array.isArray(consumed) ? consumed : consumed ? [consumed] : []).reduce((a, c: { CapacityUnits?: number }) => a + (c.CapacityUnits ?? 0), 0);

/** Tags every function invocation so each DynamoDB request can be put down to its function and its case. */
function attachProbe(runtime: LocalRuntime): Probe {
  const current = new AsyncLocalStorage<Invocation>();
  const dynamoByFunction = new Map<string, Usage>();
  const dynamoByCase = new Map<string, CaseTally>();
  const lambdaByCase = new Map<string, Map<FunctionId, number[]>>();
  const watchers = new Set<{ usage: Usage; fn?: FunctionId }>();
  const known = new Map<string, KnownItem>();
  const engineCheck = new Map<string, { requests: number; computed: number; engine: number }>();
  const check = (kind: string, computed: number, engine: number) => {
    const c = engineCheck.get(kind) ?? { requests: 0, computed: 0, engine: 0 };
    c.requests++;
    c.computed += computed;
    c.engine += engine;
    engineCheck.set(kind, c);
  };
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
      const op = String(context.commandName ?? 'unknown').replace(/Command$/, '');
      const input = args.input as Record<string, any>;
      const used = newUsage();
      used.requests = 1;
      const writes = itemWrites(op, input);
      for (const w of writes) {
        const units = unitsOf(w, known.get(w.key));
        used.itemsWritten++;
        used.tableWru += units.table;
        used.indexWru += units.index;
        if (w.item && units.bytes > used.largestBytes) {
          used.largestBytes = units.bytes;
          used.largestKind = kindOf(w.item);
        }
      }
      // DynamoDB Local's own count of the units, for a check (the handlers never read ConsumedCapacity).
      const counted = WriteOperations.has(op) || ReadOperations.has(op);
      try {
        const result = await next(counted ? { ...args, input: { ...input, ReturnConsumedCapacity: 'INDEXES' } } : args);
        const output = result.output as Record<string, any>;
        const engine = capacityUnits(output.ConsumedCapacity);
        if (ReadOperations.has(op)) {
          used.rru = readUnitsOf(op, input, output, known, engine);
          check(`${op} (reads)`, used.rru, engine);
        } else if (counted) {
          check(op === 'TransactWriteItems' ? 'TransactWriteItems' : 'single-item writes', used.tableWru + used.indexWru, engine);
        }
        for (const w of writes) {
          if (w.update) continue;
          if (w.item) known.set(w.key, { bytes: itemSize(w.item), indexKeys: indexKeysOf(w.item) });
          else known.delete(w.key);
        }
        return result;
      } finally {
        // A failed conditional write is billed too: its computed units stay counted.
        const byFn = dynamoByFunction.get(fn) ?? newUsage();
        addUsage(byFn, used);
        dynamoByFunction.set(fn, byFn);
        const caseId = at?.caseId ?? 'none';
        const tally = dynamoByCase.get(caseId) ?? { ops: {}, usage: newUsage() };
        tally.ops[op] = (tally.ops[op] ?? 0) + 1;
        addUsage(tally.usage, used);
        dynamoByCase.set(caseId, tally);
        for (const w of watchers) if (!w.fn || w.fn === at?.fn) addUsage(w.usage, used);
      }
    },
    { step: 'initialize', name: 'benchDynamoAttribution' },
  );
  const watch = (usage: Usage, fn?: FunctionId) => {
    const watcher = { usage, fn };
    watchers.add(watcher);
    return () => void watchers.delete(watcher);
  };
  return { runtime, dynamoByFunction, dynamoByCase, lambdaByCase, watch, engineCheck };
}

/** Moves what was recorded under "(new case)" to the case that was just created. */
function claimNewCase(probe: Probe, caseId: string): void {
  const tally = probe.dynamoByCase.get(NEW_CASE);
  if (tally) {
    const into = probe.dynamoByCase.get(caseId) ?? { ops: {}, usage: newUsage() };
    addInto(into.ops, tally.ops);
    addUsage(into.usage, tally.usage);
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
  Object.fromEntries(
    Object.entries(after)
      .map(([k, v]) => [k, v - (before[k] ?? 0)])
      .filter(([, v]) => (v as number) > 0),
  );
const withoutStreamPolling = (counts: Counts): Counts => Object.fromEntries(Object.entries(counts).filter(([op]) => !StreamOperations.has(op)));
const addInto = (into: Counts, more: Counts) => {
  for (const [k, v] of Object.entries(more)) into[k] = (into[k] ?? 0) + v;
};

const checklist = DemoIopChecklist;
const report = {
  type: 'submit-review-report',
  activities: 'Gruppträffar',
  reach: 300,
  outcomes: 'Målen nådda',
  moneyUsedSek: 1_000_000,
  inKindUsedSek: 900_000,
};

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
async function toActive(session: Session, act: typeof measuredAction): Promise<string> {
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

/** Every execution of the case, by stage, through the Step Functions API. */
function executionsOf(runtime: LocalRuntime, caseId: string): { stage: string; status: string; transitions: number }[] {
  const sfn = runtime.aws.stepFunctions;
  const found: { stage: string; status: string; transitions: number }[] = [];
  for (const stage of ['initiation', 'dialogue', 'approval', 'agreement', 'review']) {
    const arn = `${process.env.STATE_MACHINE_ARN_PREFIX}iop-${stage}`;
    let nextToken: string | undefined;
    do {
      const page = sfn.listExecutions({ stateMachineArn: arn, ...(nextToken && { nextToken }) });
      for (const e of page.executions) {
        const d = sfn.describeExecution({ executionArn: e.executionArn });
        if ((JSON.parse(d.input) as { caseId?: string }).caseId !== caseId) continue;
        found.push({ stage, status: String(d.status), transitions: d.stateTransitionCount });
      }
      nextToken = page.nextToken;
    } while (nextToken);
  }
  return found;
}

/** Sum of stateTransitionCount over every execution of the case. */
function stateTransitionsOf(runtime: LocalRuntime, caseId: string): { executions: number; transitions: number } {
  const executions = executionsOf(runtime, caseId);
  return { executions: executions.length, transitions: executions.reduce((a, e) => a + e.transitions, 0) };
}

const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

export interface ActionFigures {
  readonly samples: number;
  readonly apiMax: number;
  readonly apiMean: number;
  readonly withWorkflowMax: number;
  readonly withWorkflowMean: number;
  /** Items written until idle (mean), and write request units: by the API handler, until idle (table + GSI), of which GSI. */
  readonly itemsWrittenMean: number;
  readonly wruApiMean: number;
  readonly wruMean: number;
  readonly wruMax: number;
  readonly wruIndexMean: number;
  readonly rruMean: number;
  readonly largestItemBytes: number;
  readonly largestItemKind: string;
  readonly effectsInvocationsMean: number;
  readonly effectsInvocationsMax: number;
}

export interface StoredKind {
  readonly kind: string;
  readonly items: number;
  readonly itemBytes: number;
  readonly largestBytes: number;
  readonly indexEntries: number;
  /** Item bytes + 100 bytes per item + the GSI entries (item bytes + 100 each): what DynamoDB bills as storage. */
  readonly billedBytes: number;
}

export interface IopLifecycleFigures {
  readonly lifecycleCpuMs: number;
  readonly lifecycleWallMs: number;
  readonly casesPerSecondWith20InFlight: number;
  readonly inFlightCpuMsPerCase: number;
  readonly inFlightNotActive: readonly string[];
  readonly perAction: Record<string, ActionFigures>;
  readonly actionsOverTarget: readonly string[];
  readonly stateTransitionsPerCase: number;
  readonly executionsPerCase: number;
  readonly perCase: {
    readonly dynamoRequests: number;
    readonly writeUnits: number;
    readonly readUnits: number;
    readonly lambdaInvocations: number;
    readonly effectsInvocations: number;
    readonly eventBridgeEvents: number;
    readonly storedBytes: number;
    readonly storedItems: number;
  };
  readonly costPerCaseUsd: {
    readonly stepFunctions: number;
    readonly lambda: number;
    readonly dynamodbWrites: number;
    readonly dynamodbReads: number;
    readonly dynamodbStorage: number;
    readonly eventBridge: number;
    readonly total: number;
  };
}

/** The items stored under the case's partition key, read from the engine itself (not through the counting proxy or the probe). */
async function storedItemsOf(runtime: LocalRuntime, caseId: string): Promise<{ kinds: StoredKind[]; expired: number }> {
  const client = new DynamoDBClient({
    endpoint: runtime.dynamo.engineUrl,
    region: process.env.AWS_REGION ?? 'eu-north-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const nowSeconds = runtime.aws.clock.now().getTime() / 1000;
  const byKind = new Map<string, { items: number; itemBytes: number; largestBytes: number; indexEntries: number; billedBytes: number }>();
  let expired = 0;
  try {
    let startKey: Record<string, AttributeValue> | undefined;
    do {
      const page = await client.send(
        new QueryCommand({
          TableName: process.env.TABLE_NAME,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': { S: `${IOP_KIND}#${caseId}` } },
          ConsistentRead: true,
          ExclusiveStartKey: startKey,
        }),
      );
      for (const item of page.Items ?? []) {
        // Past its TTL: DynamoDB deletes it within days (DynamoDB Local never does); not kept for five years.
        if (item.expiresAt?.N && Number(item.expiresAt.N) <= nowSeconds) {
          expired++;
          continue;
        }
        const bytes = itemSize(item);
        const entries = Object.values(indexKeysOf(item)).filter((k) => k !== undefined).length;
        const k = byKind.get(kindOf(item)) ?? { items: 0, itemBytes: 0, largestBytes: 0, indexEntries: 0, billedBytes: 0 };
        k.items++;
        k.itemBytes += bytes;
        k.largestBytes = Math.max(k.largestBytes, bytes);
        k.indexEntries += entries;
        k.billedBytes += (bytes + 100) * (1 + entries);
        byKind.set(kindOf(item), k);
      }
      startKey = page.LastEvaluatedKey;
    } while (startKey);
  } finally {
    client.destroy();
  }
  return { kinds: [...byKind].map(([kind, k]) => ({ kind, ...k })).sort((a, b) => b.billedBytes - a.billedBytes), expired };
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
    // A figure, not an assertion: the cases that did not reach an active agreement with its reviews scheduled.
    const inFlightNotActive: string[] = [];
    for (const id of ids) {
      const c = (await http(session(), 'GET', `/iop/cases/${id}`, tokens.hc)).body;
      if (!c.agreementInForce || !c.reviewsScheduledAt) {
        const executions = executionsOf(runtime, id)
          .map((e) => `${e.stage} ${e.status}`)
          .join(', ');
        inFlightNotActive.push(
          `${id}: stage ${c.stage}, agreementInForce ${c.agreementInForce ? 'yes' : 'no'}, reviewsScheduledAt ${c.reviewsScheduledAt ?? 'none'}${c.flags?.needsAttention ? `, needs attention: ${c.flags.needsAttention.error}` : ''}; executions: ${executions || 'none'}`,
        );
      }
    }

    // ---- figures ----
    const samples = runs.flatMap((r) => r.s.samples);
    const byAction = new Map<string, ActionSample[]>();
    for (const s of samples) byAction.set(s.action, [...(byAction.get(s.action) ?? []), s]);
    const perAction: Record<string, ActionFigures> = Object.fromEntries(
      [...byAction].map(([action, xs]) => {
        const largest = xs.reduce((a, x) => (x.totalUsage.largestBytes > a.totalUsage.largestBytes ? x : a));
        const wru = xs.map((x) => x.totalUsage.tableWru + x.totalUsage.indexWru);
        return [
          action,
          {
            samples: xs.length,
            apiMax: Math.max(...xs.map((x) => x.api)),
            apiMean: round(mean(xs.map((x) => x.api))),
            withWorkflowMax: Math.max(...xs.map((x) => x.total)),
            withWorkflowMean: round(mean(xs.map((x) => x.total))),
            itemsWrittenMean: round(mean(xs.map((x) => x.totalUsage.itemsWritten))),
            wruApiMean: round(mean(xs.map((x) => x.apiUsage.tableWru + x.apiUsage.indexWru))),
            wruMean: round(mean(wru)),
            wruMax: Math.max(...wru),
            wruIndexMean: round(mean(xs.map((x) => x.totalUsage.indexWru))),
            rruMean: round(mean(xs.map((x) => x.totalUsage.rru))),
            largestItemBytes: largest.totalUsage.largestBytes,
            largestItemKind: largest.totalUsage.largestKind,
            effectsInvocationsMean: round(mean(xs.map((x) => x.effects))),
            effectsInvocationsMax: Math.max(...xs.map((x) => x.effects)),
          } satisfies ActionFigures,
        ];
      }),
    );
    const actionsOverTarget = Object.entries(perAction)
      .filter(([, v]) => v.apiMax > 4)
      .map(([k]) => k);

    const last = runs.at(-1)!;
    const { executions, transitions } = stateTransitionsOf(runtime, last.caseId);
    // Everything below is put down to the case itself (not to the renewal, nor to other cases' timers).
    const tally = probe.dynamoByCase.get(last.caseId) ?? { ops: {}, usage: newUsage() };
    const caseCounts = { ...tally.ops };
    const lambdas = probe.lambdaByCase.get(last.caseId) ?? new Map<FunctionId, number[]>();
    const events = runtime.aws.eventBridge.outbox().filter((e) => (e.event.detail as { caseId?: string } | undefined)?.caseId === last.caseId).length;
    const writes = Object.entries(caseCounts)
      .filter(([op]) => WriteOperations.has(op))
      .reduce((a, [, v]) => a + v, 0);
    const reads = sum(caseCounts) - writes;
    const wru = tally.usage.tableWru + tally.usage.indexWru;
    const stored = await storedItemsOf(runtime, last.caseId);
    const storedBytes = stored.kinds.reduce((a, k) => a + k.billedBytes, 0);
    const storedItems = stored.kinds.reduce((a, k) => a + k.items, 0);

    const lambdaRows = FunctionCatalog.filter((f) => lambdas.has(f.id)).map((f) => {
      const invocations = lambdas.get(f.id)!.length;
      const ms = mean(lambdas.get(f.id)!);
      const gbSeconds = invocations * (functionSpec(f.id).memoryMb / 1024) * (Math.max(1, Math.ceil(ms)) / 1000);
      return {
        fn: f.id,
        invocations,
        memoryMb: f.memoryMb,
        meanMs: round(ms, 1),
        gbSeconds: round(gbSeconds, 3),
        usd: gbSeconds * AwsPrices.lambdaPerGbSecondArm64 + invocations * AwsPrices.lambdaPerRequest,
      };
    });
    const lambdaInvocations = lambdaRows.reduce((a, r) => a + r.invocations, 0);
    const storageGbMonths = (storedBytes / 1024 ** 3) * MONTHS;
    const cost = {
      stepFunctions: transitions * AwsPrices.stepFunctionsPerTransition,
      lambda: lambdaRows.reduce((a, r) => a + r.usd, 0),
      dynamodbWrites: wru * AwsPrices.dynamoPerWriteUnit,
      dynamodbReads: tally.usage.rru * AwsPrices.dynamoPerReadUnit,
      dynamodbStorage: storageGbMonths * AwsPrices.dynamoStoragePerGbMonth,
      eventBridge: events * AwsPrices.eventBridgePerEvent,
    };
    const total = Object.values(cost).reduce((a, b) => a + b, 0);

    const figures: IopLifecycleFigures = {
      lifecycleCpuMs: round(mean(runs.map((r) => r.cpuMs)), 0),
      lifecycleWallMs: round(mean(runs.map((r) => r.wallMs)), 0),
      casesPerSecondWith20InFlight: round(IN_FLIGHT / (flightMs / 1000)),
      inFlightCpuMsPerCase: round((flightUsed.user + flightUsed.system) / 1000 / IN_FLIGHT, 0),
      inFlightNotActive,
      perAction,
      actionsOverTarget,
      stateTransitionsPerCase: transitions,
      executionsPerCase: executions,
      perCase: {
        dynamoRequests: sum(caseCounts),
        writeUnits: wru,
        readUnits: tally.usage.rru,
        lambdaInvocations,
        effectsInvocations: lambdas.get('Effects')?.length ?? 0,
        eventBridgeEvents: events,
        storedBytes,
        storedItems,
      },
      costPerCaseUsd: {
        stepFunctions: round(cost.stepFunctions, 6),
        lambda: round(cost.lambda, 6),
        dynamodbWrites: round(cost.dynamodbWrites, 6),
        dynamodbReads: round(cost.dynamodbReads, 6),
        dynamodbStorage: round(cost.dynamodbStorage, 6),
        eventBridge: round(cost.eventBridge, 6),
        total: round(total, 6),
      },
    };

    console.log(
      `\nMachine time per full lifecycle (initiation → 5 reviews → renewal → term end; ${samples.length / LIFECYCLES} API actions, the local runtime and its client in one process; mean of ${LIFECYCLES} after a warm-up)`,
    );
    console.table(runs.map((r, i) => ({ run: i + 1, cpuMs: round(r.cpuMs, 0), wallMs: round(r.wallMs, 0) })));
    console.log(
      `${IN_FLIGHT} cases in flight (initiation → active agreement, 14 actions each): ${round(flightMs, 0)} ms wall → ${figures.casesPerSecondWith20InFlight} cases/s; ${figures.inFlightCpuMsPerCase} ms CPU per case`,
    );
    if (inFlightNotActive.length > 0) {
      console.log(`WARNING: ${inFlightNotActive.length} of ${IN_FLIGHT} cases in flight did not reach an active agreement with its reviews scheduled:`);
      for (const line of inFlightNotActive) console.log(`  ${line}`);
    }

    const actionRows = Object.entries(perAction);
    console.log(
      `\nDynamoDB requests per action (reads included; target ≤ 4 in the request path; ${LIFECYCLES} lifecycles, n = samples). "api" = made by the API handler; "until idle" = requestCounts delta until the workflows and the stream consumer it woke are idle, without the stream poller's GetRecords/GetShardIterator/DescribeStream (the event source mapping's polling is not billed as table requests)`,
    );
    console.table(
      actionRows.map(([action, v]) => ({
        action,
        n: v.samples,
        apiMax: v.apiMax,
        apiMean: v.apiMean,
        untilIdleMax: v.withWorkflowMax,
        untilIdleMean: v.withWorkflowMean,
      })),
    );
    console.log(
      actionsOverTarget.length === 0 ? 'Every action is within 4 requests in the request path.' : `Over 4 in the request path: ${actionsOverTarget.join(', ')}`,
    );
    for (const action of actionsOverTarget) console.log(`  ${action}: ${WhyOverTarget[action] ?? 'see the handler'}`);
    console.log('  (without an Idempotency-Key; with one, its record is one more Put in the same transaction)');

    console.log(
      '\nWrite request units per action, from the sizes of the items written (means; until idle). Table: 1 unit per started KB of max(old, new item), 2 inside TransactWriteItems; GSI: 1 per KB per index entry added/rewritten/removed (2 when its key changes); read units: 1 per 4 KB read (½ eventually consistent). Largest item: the largest written during the action, by its sort key. effects = invocations of the Effects function (the stream consumer)',
    );
    console.table(
      actionRows.map(([action, v]) => ({
        action,
        itemsWritten: v.itemsWrittenMean,
        wruApi: v.wruApiMean,
        wruUntilIdle: v.wruMean,
        wruMax: v.wruMax,
        'of which GSI': v.wruIndexMean,
        rruUntilIdle: v.rruMean,
        largestItemBytes: v.largestItemBytes,
        largestItem: v.largestItemKind,
        effectsInvocations: v.effectsInvocationsMean,
        effectsMax: v.effectsInvocationsMax,
      })),
    );
    console.log(
      'Check: the units computed here against the ConsumedCapacity DynamoDB Local reports, over every request of the run (all cases, digests included). Where they differ, the figures above follow the AWS documentation: in a TransactWriteItems DynamoDB Local does not count 2 units per KB for each item (AWS documents three 500-byte items as 6 WCU; DynamoDB Local reports 2) but counts the GSI entries of a transaction twice; a Query that finds nothing costs ½ unit in AWS, 0 in DynamoDB Local',
    );
    console.table(
      [...probe.engineCheck].map(([kind, c]) => ({ kind, requests: c.requests, computed: round(c.computed, 1), dynamoDbLocal: round(c.engine, 1) })),
    );

    console.log(
      `\nOne case (the last measured lifecycle) after five years: ${storedItems} items stored under its key${stored.expired ? ` (+${stored.expired} past their TTL, left out)` : ''}; billed bytes = item bytes + 100 per item, and the same again for each GSI entry (ALL projection)`,
    );
    console.table(
      stored.kinds.map((k) => ({
        kind: k.kind,
        items: k.items,
        itemBytes: k.itemBytes,
        meanBytes: round(k.itemBytes / k.items, 0),
        largestBytes: k.largestBytes,
        gsiEntries: k.indexEntries,
        billedBytes: k.billedBytes,
      })),
    );
    console.log(
      `Stored: ${storedBytes} bytes (${round(storedBytes / 1024, 1)} KB) → $${round((storedBytes / 1024 ** 3) * AwsPrices.dynamoStoragePerGbMonth, 9)} per month`,
    );

    console.log(
      `\nPer case over five years: ${executions} executions, ${transitions} state transitions; DynamoDB ${writes} write + ${reads} read requests (${JSON.stringify(caseCounts)}) = ${wru} write units (${tally.usage.tableWru} table + ${tally.usage.indexWru} GSI) + ${tally.usage.rru} read units; ${lambdaInvocations} Lambda invocations (${figures.perCase.effectsInvocations} of Effects); ${events} EventBridge events`,
    );
    console.log('Lambda (arm64; duration = mean measured locally per invocation, billed per ms)');
    console.table(lambdaRows.map((r) => ({ ...r, usd: round(r.usd, 7) })));
    console.log(
      'AWS cost of one IOP case over five years (USD). Assumed prices (eu-north-1, state them with the figure): Step Functions Standard $0.025 per 1,000 transitions; Lambda arm64 $0.20 per million requests + $0.0000133334 per GB-s; DynamoDB on-demand $0.625 per million WRU, $0.125 per million RRU, $0.25 per GB-month (storage: the final size for all 60 months, an upper bound); EventBridge $1 per million events; stream reads by the event source mapping are free',
    );
    console.table([
      { item: 'Step Functions transitions', quantity: transitions, usd: round(cost.stepFunctions, 6) },
      { item: 'Lambda invocations + duration', quantity: lambdaInvocations, usd: round(cost.lambda, 6) },
      { item: 'DynamoDB write request units', quantity: wru, usd: round(cost.dynamodbWrites, 6) },
      { item: 'DynamoDB read request units', quantity: tally.usage.rru, usd: round(cost.dynamodbReads, 6) },
      { item: `DynamoDB storage, GB-months (${storedBytes} B × ${MONTHS})`, quantity: round(storageGbMonths, 6), usd: round(cost.dynamodbStorage, 6) },
      { item: 'EventBridge events', quantity: events, usd: round(cost.eventBridge, 6) },
      { item: 'total', quantity: '', usd: round(total, 6) },
    ]);
    const at100ms = lambdaRows.reduce(
      (a, r) => a + r.invocations * ((r.memoryMb / 1024) * 0.1 * AwsPrices.lambdaPerGbSecondArm64 + AwsPrices.lambdaPerRequest),
      0,
    );
    console.log(
      `Lambda at a stated 100 ms per invocation instead (SDK round trips in AWS are slower than in-process): $${round(at100ms, 6)}; total $${round(total - cost.lambda + at100ms, 6)}. User reads of the case pages are not included (each is 1-2 read requests).`,
    );
    return figures;
  } finally {
    await runtime.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runIopLifecycleBench();
  process.exit(0);
}
