import { round } from '../percentiles.js';
import { AwsPrices, type CaseFigures, IN_FLIGHT, type IopLifecycleFigures, LIFECYCLES, MONTHS } from './figures.js';
import type { Probe } from './probe.js';

/** Why an action needs more than four DynamoDB requests in its request path (read from the handlers). */
const WhyOverTarget: Record<string, string> = {
  initiate: 'event item + case item + one membership item per party (3) + the execution pointer of the first stage',
  'accept-invitation':
    'when the last invitation is accepted the stage changes: case read + event + case item, ' +
    "then the wait's task token is read and deleted to complete the callback",
  'request-decision': 'stage change: case read + event + case item + task token read + task token delete',
  decide: 'stage change: case read + event + case item + task token read + task token delete',
  sign: 'the last signature completes the wait: case read + event + case item + task token read + task token delete',
  'review-decision': 'completes the review wait: case read + event + case item + task token read + task token delete',
};

const RequestsPerActionNote =
  '"api" = made by the API handler; "until idle" = requestCounts delta until the workflows and the stream consumer it woke are idle, ' +
  "without the stream poller's GetRecords/GetShardIterator/DescribeStream (the event source mapping's polling is not billed as table requests)";

const WriteUnitsHeading =
  '\nWrite request units per action, from the sizes of the items written (means; until idle). ' +
  'Table: 1 unit per started KB of max(old, new item), 2 inside TransactWriteItems; ' +
  'GSI: 1 per KB per index entry added/rewritten/removed (2 when its key changes); ' +
  'read units: 1 per 4 KB read (½ eventually consistent). ' +
  'Largest item: the largest written during the action, by its sort key. ' +
  'effects = invocations of the Effects function (the stream consumer)';

const EngineCheckHeading =
  'Check: the units computed here against the ConsumedCapacity DynamoDB Local reports, over every request of the run (all cases, digests included). ' +
  'Where they differ, the figures above follow the AWS documentation: in a TransactWriteItems DynamoDB Local does not count 2 units per KB for each item ' +
  '(AWS documents three 500-byte items as 6 WCU; DynamoDB Local reports 2) but counts the GSI entries of a transaction twice; ' +
  'a Query that finds nothing costs ½ unit in AWS, 0 in DynamoDB Local';

const CostHeading =
  'AWS cost of one IOP case over five years (USD). Assumed prices (eu-north-1, state them with the figure): ' +
  'Step Functions Standard $0.025 per 1,000 transitions; Lambda arm64 $0.20 per million requests + $0.0000133334 per GB-s; ' +
  'DynamoDB on-demand $0.625 per million WRU, $0.125 per million RRU, $0.25 per GB-month ' +
  '(storage: the final size for all 60 months, an upper bound); EventBridge $1 per million events; ' +
  'stream reads by the event source mapping are free';

export interface LifecycleReport {
  readonly runs: readonly { readonly cpuMs: number; readonly wallMs: number }[];
  /** API actions measured over all lifecycles. */
  readonly actions: number;
  readonly flightMs: number;
  readonly figures: IopLifecycleFigures;
  readonly engineCheck: Probe['engineCheck'];
  /** The last measured lifecycle's case. */
  readonly lastCase: CaseFigures;
}

/** Prints the figures as tables, each with what it counts and how. */
export function printLifecycleReport(report: LifecycleReport): void {
  printMachineTime(report);
  printRequestsPerAction(report);
  printUnitsPerAction(report);
  printStoredCase(report.lastCase);
  printCaseCost(report);
}

function printMachineTime({ runs, actions, flightMs, figures }: LifecycleReport): void {
  const { inFlightNotActive } = figures;
  console.log(
    `\nMachine time per full lifecycle (initiation → 5 reviews → renewal → term end; ${actions / LIFECYCLES} API actions, ` +
      `the local runtime and its client in one process; mean of ${LIFECYCLES} after a warm-up)`,
  );
  console.table(runs.map((r, i) => ({ run: i + 1, cpuMs: round(r.cpuMs, 0), wallMs: round(r.wallMs, 0) })));
  console.log(
    `${IN_FLIGHT} cases in flight (initiation → active agreement, 14 actions each): ${round(flightMs, 0)} ms wall → ` +
      `${figures.casesPerSecondWith20InFlight} cases/s; ${figures.inFlightCpuMsPerCase} ms CPU per case`,
  );
  if (inFlightNotActive.length > 0) {
    console.log(`WARNING: ${inFlightNotActive.length} of ${IN_FLIGHT} cases in flight did not reach an active agreement with its reviews scheduled:`);
    for (const line of inFlightNotActive) console.log(`  ${line}`);
  }
}

function printRequestsPerAction({ figures }: LifecycleReport): void {
  const { perAction, actionsOverTarget } = figures;
  console.log(
    `\nDynamoDB requests per action (reads included; target ≤ 4 in the request path; ${LIFECYCLES} lifecycles, n = samples). ` + RequestsPerActionNote,
  );
  console.table(
    Object.entries(perAction).map(([action, v]) => ({
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
}

function printUnitsPerAction({ figures, engineCheck }: LifecycleReport): void {
  console.log(WriteUnitsHeading);
  console.table(
    Object.entries(figures.perAction).map(([action, v]) => ({
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
  console.log(EngineCheckHeading);
  console.table([...engineCheck].map(([kind, c]) => ({ kind, requests: c.requests, computed: round(c.computed, 1), dynamoDbLocal: round(c.engine, 1) })));
}

function printStoredCase({ stored, storedItems, storedBytes }: CaseFigures): void {
  console.log(
    `\nOne case (the last measured lifecycle) after five years: ${storedItems} items stored under its key` +
      `${stored.expired ? ` (+${stored.expired} past their TTL, left out)` : ''}; ` +
      'billed bytes = item bytes + 100 per item, and the same again for each GSI entry (ALL projection)',
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
    `Stored: ${storedBytes} bytes (${round(storedBytes / 1024, 1)} KB) → ` +
      `$${round((storedBytes / 1024 ** 3) * AwsPrices.dynamoStoragePerGbMonth, 9)} per month`,
  );
}

function printCaseCost({ figures, lastCase }: LifecycleReport): void {
  const { executions, transitions, writes, reads, caseCounts, wru, tally, lambdaInvocations, events, lambdaRows, cost, total } = lastCase;
  const { storedBytes, storageGbMonths } = lastCase;
  console.log(
    `\nPer case over five years: ${executions} executions, ${transitions} state transitions; ` +
      `DynamoDB ${writes} write + ${reads} read requests (${JSON.stringify(caseCounts)}) = ` +
      `${wru} write units (${tally.usage.tableWru} table + ${tally.usage.indexWru} GSI) + ${tally.usage.rru} read units; ` +
      `${lambdaInvocations} Lambda invocations (${figures.perCase.effectsInvocations} of Effects); ${events} EventBridge events`,
  );
  console.log('Lambda (arm64; duration = mean measured locally per invocation, billed per ms)');
  console.table(lambdaRows.map((r) => ({ ...r, usd: round(r.usd, 7) })));
  console.log(CostHeading);
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
    `Lambda at a stated 100 ms per invocation instead (SDK round trips in AWS are slower than in-process): $${round(at100ms, 6)}; ` +
      `total $${round(total - cost.lambda + at100ms, 6)}. User reads of the case pages are not included (each is 1-2 read requests).`,
  );
}
