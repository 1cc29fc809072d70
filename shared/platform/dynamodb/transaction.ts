import { TransactWriteItemsCommand, type TransactWriteItem } from '@aws-sdk/client-dynamodb';
import { toAttributes, type Item } from './dynamo.js';
import { EnvironmentTable, type DynamoTable } from './dynamo-table.js';

/**
 * One write inside a transaction. `conflict` names the error to throw when
 * this item's condition is what cancelled the transaction, so a caller learns
 * which rule was broken (stale version, used idempotency key) and nothing else.
 */
export interface TransactionPut {
  readonly item: Item;
  readonly condition?: string;
  readonly values?: Item;
  readonly names?: Record<string, string>;
  readonly conflict?: () => Error;
}

/** DynamoDB allows 100 items per transaction. */
export const MAX_TRANSACTION_ITEMS = 100;

/** A transaction cancelled for a reason no item's `conflict` covers (throttling, a concurrent transaction). */
export class TransactionConflictError extends Error {
  constructor(readonly reasons: readonly string[]) {
    super(`The write was cancelled: ${reasons.join(', ')}`);
    this.name = 'TransactionConflictError';
  }
}

/** An item too large for DynamoDB (400 KB), or a key too long: the caller's input, not a fault. */
export class ItemTooLargeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ItemTooLargeError';
  }
}

interface CancellationReason {
  readonly Code?: string;
}

/**
 * Writes every put or none (TransactWriteItems). When a condition fails, the
 * first failing item with a `conflict` decides the error, in the order given.
 */
export async function writeAll(puts: readonly TransactionPut[], table: DynamoTable = EnvironmentTable): Promise<void> {
  if (puts.length > MAX_TRANSACTION_ITEMS) throw new ItemTooLargeError(`A change may touch at most ${MAX_TRANSACTION_ITEMS} items.`);
  const items: TransactWriteItem[] = puts.map((p) => ({
    Put: {
      TableName: table.name(),
      Item: toAttributes(p.item),
      ConditionExpression: p.condition,
      ExpressionAttributeValues: p.values && toAttributes(p.values),
      ExpressionAttributeNames: p.names,
    },
  }));
  try {
    await table.client().send(new TransactWriteItemsCommand({ TransactItems: items }));
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'TransactionCanceledException') {
      const reasons = ((error as { CancellationReasons?: CancellationReason[] }).CancellationReasons ?? []).map((r) => r.Code ?? 'None');
      for (const [i, code] of reasons.entries()) {
        if (code === 'ConditionalCheckFailed' && puts[i]?.conflict) throw puts[i]!.conflict!();
      }
      if (reasons.includes('ValidationError')) throw new ItemTooLargeError('An item of the change is larger than DynamoDB allows.');
      throw new TransactionConflictError(reasons);
    }
    if (name === 'ValidationException' && /size|length|exceed/i.test(String((error as Error).message))) {
      throw new ItemTooLargeError(String((error as Error).message));
    }
    throw error;
  }
}
