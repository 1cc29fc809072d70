import { DynamoDBClient, QueryCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
import { IOP_KIND } from '../../shared/iop/store/iop-store.js';
import type { LocalRuntime } from '../../local/runtime/local-runtime.js';
import { itemSize } from '../dynamo-item-size.js';
import { indexKeysOf, kindOf } from './dynamo-usage.js';

/** What one case leaves behind: its workflow executions and their state transitions, and the items stored under its key. */

export interface StoredKind {
  readonly kind: string;
  readonly items: number;
  readonly itemBytes: number;
  readonly largestBytes: number;
  readonly indexEntries: number;
  /** Item bytes + 100 bytes per item + the GSI entries (item bytes + 100 each): what DynamoDB bills as storage. */
  readonly billedBytes: number;
}

/** Every execution of the case, by stage, through the Step Functions API. */
export function executionsOf(runtime: LocalRuntime, caseId: string): { stage: string; status: string; transitions: number }[] {
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
export function stateTransitionsOf(runtime: LocalRuntime, caseId: string): { executions: number; transitions: number } {
  const executions = executionsOf(runtime, caseId);
  return { executions: executions.length, transitions: executions.reduce((a, e) => a + e.transitions, 0) };
}

/** The items stored under the case's partition key, read from the engine itself (not through the counting proxy or the probe). */
export async function storedItemsOf(runtime: LocalRuntime, caseId: string): Promise<{ kinds: StoredKind[]; expired: number }> {
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
