/**
 * Operator command: has the match indexer recompute every stored notice and
 * bidder profile once, and gives every candidate bucket its head. For a table
 * that holds notices or profiles stored before candidate buckets, or buckets
 * written before bucket heads: until its next write such a notice is found by
 * no profile's recompute (and such a profile by no notice's), and a bucket
 * without a head is read on every what-if instead of cached. Runs with the
 * operator's own AWS credentials (the SDK's default chain).
 *
 *   npx tsx infra/ops/reindex-matching.ts --stack IopWorkflows-prod            # dry run: counts what it would do
 *   npx tsx infra/ops/reindex-matching.ts --stack IopWorkflows-prod --apply    # writes the heads, publishes the events
 *   npx tsx infra/ops/reindex-matching.ts --table T --event-bus B [--region eu-north-1] [--apply]
 *
 * The recomputes run where they always do: a NoticeChanged or ProfileChanged
 * event per item on the domain bus, which ProcurementTasks takes with its
 * retries and dead-letter queue. A recompute reads the stored item, not the
 * event, and writes only what differs, so an item that is already indexed
 * costs its reads and nothing else, and running the command twice does no harm.
 */
import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { type AttributeValue, DynamoDBClient, ScanCommand, type ScanCommandOutput } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient, PutEventsCommand, type PutEventsRequestEntry } from '@aws-sdk/client-eventbridge';
import { backoffMs, batchWrite, wait } from '../../shared/platform/dynamodb/batch-writes.js';
import { fromAttributes, queryPages, toAttributes } from '../../shared/platform/dynamodb/dynamo.js';
import type { DynamoTable } from '../../shared/platform/dynamodb/dynamo-table.js';
import { MatchIndexingEvents, PROCUREMENT_EVENT_SOURCE } from '../../shared/procurement/effects/match-indexing-events.js';
import { BUCKET_HEAD_SK, bucketHeadWrites } from '../../shared/procurement/store/bucket-heads.js';
import { PROFILES_LIST_PK } from '../../shared/procurement/store/procurement-repository.js';
import { type OperatorArgs, parseOperatorArgs, type ReadStackOutputs, resolveOperatorTarget } from './operator-target.js';

/** --apply, --stack, --region, and the resources the flags name. */
export type ReindexArgs = OperatorArgs<keyof typeof Resources>;

export interface ReindexTarget {
  readonly table: string;
  readonly eventBus: string;
  readonly region?: string;
}

export interface ReindexResult {
  readonly notices: number;
  readonly profiles: number;
  /** Bucket partitions that had no head (given one, with --apply). */
  readonly headlessBuckets: number;
}

/** PutEvents takes at most 10 entries. */
const EVENTS_PER_REQUEST = 10;
const MAX_TRIES = 5;
const NOTICE_BUCKET_PREFIX = 'NOTICES#DIV#';
const PROFILE_BUCKET_PREFIX = 'BIDDERS#DIV#';

const Usage =
  'usage: reindex-matching (--stack NAME | --table NAME --event-bus NAME) [--region REGION] [--apply]\n' +
  '  dry run unless --apply: counts the notices, profiles and buckets without a head';

const Resources = { table: { flag: 'table', output: 'TableName' }, eventBus: { flag: 'event-bus', output: 'EventBusName' } } as const;

export function parseReindexArgs(argv: readonly string[]): ReindexArgs {
  return parseOperatorArgs(argv, Resources, `name the stack, or the table and the event bus\n${Usage}`);
}

/** The table and the bus: from the flags, and from the stack's outputs for what the flags leave out. */
export function resolveReindexTarget(args: ReindexArgs, readOutputs?: ReadStackOutputs): Promise<ReindexTarget> {
  return resolveOperatorTarget(args, Resources, readOutputs);
}

export interface ReindexClients {
  readonly dynamo: DynamoDBClient;
  readonly events: EventBridgeClient;
}

export interface ReindexOptions {
  /** Waits between tries of refused events (a test passes one that does not sleep). */
  readonly sleep?: (ms: number) => Promise<void>;
  readonly now?: () => Date;
  /** Names this run in the events' ids. */
  readonly runId?: string;
}

/**
 * The reindex itself, on the given clients. Heads first (harmless at any
 * time: a head only tells a cache to read its bucket again), then one event
 * per notice and per profile. Prints what it finds and does; the last line
 * says how many.
 */
export async function reindexMatching(
  target: ReindexTarget,
  apply: boolean,
  clients: ReindexClients,
  print: (line: string) => void,
  options: ReindexOptions = {},
): Promise<ReindexResult> {
  const table: DynamoTable = { client: () => clients.dynamo, name: () => target.table };
  print(`${apply ? 'Reindexing' : 'Dry run, nothing is written or published:'} matching of table ${target.table} through bus ${target.eventBus}`);
  const headless = await headlessBuckets(table);
  const noticeIds = await listedIds(table, 'NOTICES', 'NOTICE#');
  const orgIds = await listedIds(table, PROFILES_LIST_PK, 'BIDDER#');
  print(`${noticeIds.length} notices, ${orgIds.length} bidder profiles, ${headless.length} candidate buckets without a head`);
  if (!apply) {
    print('Run again with --apply to write the heads and publish the events.');
    return { notices: noticeIds.length, profiles: orgIds.length, headlessBuckets: headless.length };
  }
  await batchWrite(bucketHeadWrites(headless), { table });
  print(`wrote ${headless.length} bucket heads`);
  const runId = options.runId ?? randomUUID().slice(0, 8);
  const at = (options.now ?? (() => new Date()))().toISOString();
  const entry = (type: string, detail: Record<string, string>, n: number): PutEventsRequestEntry => ({
    EventBusName: target.eventBus,
    Source: PROCUREMENT_EVENT_SOURCE,
    DetailType: type,
    Detail: JSON.stringify({ ...detail, eventId: `reindex-${runId}-${n}`, at }),
  });
  const entries = [
    ...noticeIds.map((noticeId, i) => entry(MatchIndexingEvents.noticeChanged, { noticeId }, i)),
    ...orgIds.map((orgId, i) => entry(MatchIndexingEvents.profileChanged, { orgId }, noticeIds.length + i)),
  ];
  await publishAll(clients.events, entries, options.sleep ?? wait);
  print(`published ${noticeIds.length} NoticeChanged and ${orgIds.length} ProfileChanged events; ProcurementTasks recomputes each`);
  return { notices: noticeIds.length, profiles: orgIds.length, headlessBuckets: headless.length };
}

/** The ids of the items listed under a GSI2 partition (NOTICES, BIDDERS), from their keys. */
async function listedIds(table: DynamoTable, gsi2pk: string, keyPrefix: string): Promise<string[]> {
  const ids: string[] = [];
  for await (const page of queryPages(
    () => ({
      TableName: table.name(),
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :pk',
      ExpressionAttributeValues: toAttributes({ ':pk': gsi2pk }),
      ProjectionExpression: 'pk',
    }),
    table,
  )) {
    for (const raw of page) ids.push(fromAttributes<{ pk: string }>(raw).pk.slice(keyPrefix.length));
  }
  return ids;
}

/**
 * The candidate bucket partitions that hold summaries but no head. Buckets
 * have no index of their own, so this is the one Scan of the product: an
 * operator's, once, never a request's.
 */
async function headlessBuckets(table: DynamoTable): Promise<string[]> {
  const partitions = new Set<string>();
  const withHead = new Set<string>();
  let startKey: Record<string, AttributeValue> | undefined;
  do {
    const out: ScanCommandOutput = await table.client().send(
      new ScanCommand({
        TableName: table.name(),
        FilterExpression: 'begins_with(pk, :notices) OR begins_with(pk, :profiles)',
        ExpressionAttributeValues: toAttributes({ ':notices': NOTICE_BUCKET_PREFIX, ':profiles': PROFILE_BUCKET_PREFIX }),
        ProjectionExpression: 'pk, sk',
        ExclusiveStartKey: startKey,
      }),
    );
    for (const raw of out.Items ?? []) {
      const pk = raw.pk?.S;
      if (!pk) continue;
      partitions.add(pk);
      if (raw.sk?.S === BUCKET_HEAD_SK) withHead.add(pk);
    }
    startKey = out.LastEvaluatedKey;
  } while (startKey);
  return [...partitions].filter((pk) => !withHead.has(pk)).sort();
}

/** PutEvents, 10 entries a request; entries EventBridge refuses are sent again after a backoff, then the command fails. */
async function publishAll(events: EventBridgeClient, entries: readonly PutEventsRequestEntry[], sleep: (ms: number) => Promise<void>): Promise<void> {
  for (let i = 0; i < entries.length; i += EVENTS_PER_REQUEST) {
    let pending = entries.slice(i, i + EVENTS_PER_REQUEST);
    for (let attempt = 1; pending.length > 0; attempt++) {
      if (attempt > MAX_TRIES) throw new Error(`EventBridge refused ${pending.length} events after ${MAX_TRIES} tries; run the command again`);
      if (attempt > 1) await sleep(backoffMs(attempt - 1));
      const out = await events.send(new PutEventsCommand({ Entries: pending }));
      const sent = pending;
      pending = (out.Entries ?? []).flatMap((result, n) => (result.ErrorCode ? [sent[n]!] : []));
    }
  }
}

async function main(): Promise<void> {
  const args = parseReindexArgs(process.argv.slice(2));
  const target = await resolveReindexTarget(args);
  const config = target.region ? { region: target.region } : {};
  await reindexMatching(target, args.apply, { dynamo: new DynamoDBClient(config), events: new EventBridgeClient(config) }, (line) => console.log(line));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
