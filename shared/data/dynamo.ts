import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { requireEnv, EnvNames } from '../platform/env-names.js';

export const tableName = (): string => requireEnv(EnvNames.tableName);

export type Item = Record<string, unknown>;

export const toAttributes = (item: Item): Record<string, AttributeValue> =>
  marshall(item, { removeUndefinedValues: true, convertClassInstanceToMap: true });

export const fromAttributes = <T = Item>(attributes: Record<string, AttributeValue>): T => unmarshall(attributes) as T;

/** Versions are zero-padded so sort keys order numerically. */
export const padVersion = (version: number): string => String(version).padStart(10, '0');

export function isConditionFailure(error: unknown): boolean {
  return error instanceof Error && error.name === 'ConditionalCheckFailedException';
}
