import type { LocalRuntime } from '../../local/runtime/local-runtime.js';
import { FunctionCatalog, functionSpec, type FunctionId } from '../../shared/platform/function-catalog.js';
import { round } from '../percentiles.js';
import { newUsage, sum, WriteOperations } from './dynamo-usage.js';
import { stateTransitionsOf, storedItemsOf } from './case-footprint.js';
import type { Probe } from './probe.js';
import type { ActionSample } from './session.js';

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
/** The months the cost model counts: one case over five years. */
export const MONTHS = 60;

/** Full lifecycles measured (after one warm-up), and cases run at once for the throughput figure. */
export const LIFECYCLES = 3;
export const IN_FLIGHT = 20;

export const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

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

/** Per action: requests, write and read units and Effects invocations over its samples; and the actions over 4 requests in the request path. */
export function actionFigures(samples: readonly ActionSample[]): { perAction: Record<string, ActionFigures>; actionsOverTarget: string[] } {
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
  return { perAction, actionsOverTarget };
}

/** One case's requests, units, invocations, events and stored bytes, and from them its AWS cost over five years. */
export async function caseFigures(runtime: LocalRuntime, probe: Probe, caseId: string) {
  const { executions, transitions } = stateTransitionsOf(runtime, caseId);
  // Everything below is put down to the case itself (not to the renewal, nor to other cases' timers).
  const tally = probe.dynamoByCase.get(caseId) ?? { ops: {}, usage: newUsage() };
  const caseCounts = { ...tally.ops };
  const lambdas = probe.lambdaByCase.get(caseId) ?? new Map<FunctionId, number[]>();
  const events = runtime.aws.eventBridge.outbox().filter((e) => (e.event.detail as { caseId?: string } | undefined)?.caseId === caseId).length;
  const writes = Object.entries(caseCounts)
    .filter(([op]) => WriteOperations.has(op))
    .reduce((a, [, v]) => a + v, 0);
  const reads = sum(caseCounts) - writes;
  const wru = tally.usage.tableWru + tally.usage.indexWru;
  const stored = await storedItemsOf(runtime, caseId);
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
  return {
    executions,
    transitions,
    caseCounts,
    tally,
    lambdas,
    events,
    writes,
    reads,
    wru,
    stored,
    storedBytes,
    storedItems,
    lambdaRows,
    lambdaInvocations,
    storageGbMonths,
    cost,
    total,
  };
}

export type CaseFigures = Awaited<ReturnType<typeof caseFigures>>;
