import { AsyncLocalStorage } from 'node:async_hooks';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { IOP_KIND } from '../../shared/iop/store/iop-store.js';
import type { LocalRuntime } from '../../local/runtime/local-runtime.js';
import { dynamoClient } from '../../shared/platform/aws-clients.js';
import type { FunctionId } from '../../shared/platform/function-catalog.js';
import { itemSize } from '../dynamo-item-size.js';
import {
  addInto,
  addUsage,
  capacityUnits,
  type Counts,
  indexKeysOf,
  itemWrites,
  type KnownItem,
  kindOf,
  newUsage,
  ReadOperations,
  readUnitsOf,
  unitsOf,
  type Usage,
  WriteOperations,
} from './dynamo-usage.js';

export interface CaseTally {
  /** DynamoDB requests by operation. */
  readonly ops: Counts;
  readonly usage: Usage;
}

export interface Probe {
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

/** Tags every function invocation so each DynamoDB request can be put down to its function and its case. */
export function attachProbe(runtime: LocalRuntime): Probe {
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
export function claimNewCase(probe: Probe, caseId: string): void {
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
