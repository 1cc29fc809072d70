import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { QueryCommand, type AttributeValue, type QueryCommandInput } from '@aws-sdk/client-dynamodb';
import { EnvironmentTable, type DynamoTable } from './dynamo-table.js';

export type Item = Record<string, unknown>;

export const toAttributes = (item: Item): Record<string, AttributeValue> => marshall(item, { removeUndefinedValues: true, convertClassInstanceToMap: true });

export const fromAttributes = <T = Item>(attributes: Record<string, AttributeValue>): T => unmarshall(attributes) as T;

/** Versions are zero-padded so sort keys order numerically. */
export const padVersion = (version: number): string => String(version).padStart(10, '0');

export function isConditionFailure(error: unknown): boolean {
  return error instanceof Error && error.name === 'ConditionalCheckFailedException';
}

/**
 * The items of a Query, one page at a time (DynamoDB stops a page at 1 MB or
 * at Limit); the caller stops early by leaving its `for await` loop. `input`
 * is built anew for each page so a caller can shrink Limit to what it still wants.
 */
export async function* queryPages(
  input: () => Omit<QueryCommandInput, 'ExclusiveStartKey'>,
  table: DynamoTable = EnvironmentTable,
): AsyncGenerator<Record<string, AttributeValue>[]> {
  let startKey: Record<string, AttributeValue> | undefined;
  do {
    const out = await table.client().send(new QueryCommand({ ...input(), ExclusiveStartKey: startKey }));
    yield out.Items ?? [];
    startKey = out.LastEvaluatedKey;
  } while (startKey);
}
