import { GetItemCommand, PutItemCommand, DeleteItemCommand } from '@aws-sdk/client-dynamodb';
import { dynamoClient } from '../platform/aws-clients.js';
import { ConflictError, RuleViolationError } from '../errors/problem-errors.js';
import { fromAttributes, isConditionFailure, tableName, toAttributes } from './dynamo.js';

export interface StoredResponse {
  readonly statusCode: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

interface IdempotencyRecord {
  status: 'in-progress' | 'completed';
  requestHash: string;
  expiresAt: number;
  response?: StoredResponse;
}

/** How long a key is remembered: long enough for any client retry. */
const KEEP_SECONDS = 24 * 60 * 60;
/** An in-progress claim older than this is treated as abandoned (the Lambda died). */
const IN_PROGRESS_SECONDS = 60;

/**
 * Idempotency-Key records (pk = IDEMPOTENCY#<scope>#<key>). The first request
 * claims the key with a conditional put; a retry with the same request gets
 * the stored answer, a different request under the same key is refused, and a
 * concurrent duplicate waits its turn (409) instead of running twice.
 */
export class IdempotencyStore {
  private key(scope: string, key: string) {
    return { pk: `IDEMPOTENCY#${scope}#${key}`, sk: 'IDEMPOTENCY' };
  }

  /** Returns the stored response to replay, or undefined when this request now owns the key. */
  async begin(scope: string, key: string, requestHash: string, nowMs: number): Promise<StoredResponse | undefined> {
    const nowSeconds = Math.floor(nowMs / 1000);
    try {
      await dynamoClient().send(
        new PutItemCommand({
          TableName: tableName(),
          Item: toAttributes({ ...this.key(scope, key), status: 'in-progress', requestHash, expiresAt: nowSeconds + IN_PROGRESS_SECONDS }),
          ConditionExpression: 'attribute_not_exists(pk) OR expiresAt < :now',
          ExpressionAttributeValues: toAttributes({ ':now': nowSeconds }),
        }),
      );
      return undefined;
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
    const out = await dynamoClient().send(
      new GetItemCommand({ TableName: tableName(), Key: toAttributes(this.key(scope, key)), ConsistentRead: true }),
    );
    const record = out.Item ? fromAttributes<IdempotencyRecord>(out.Item) : undefined;
    if (!record) return this.begin(scope, key, requestHash, nowMs);
    if (record.requestHash !== requestHash) {
      throw new RuleViolationError(
        [{ path: 'headers.idempotency-key', message: 'This Idempotency-Key was already used for a different request.' }],
        'An Idempotency-Key must not be reused for a different request.',
      );
    }
    if (record.status === 'completed' && record.response) return record.response;
    throw new ConflictError('A request with this Idempotency-Key is still being processed. Retry in a moment.');
  }

  async complete(scope: string, key: string, requestHash: string, response: StoredResponse, nowMs: number): Promise<void> {
    await dynamoClient().send(
      new PutItemCommand({
        TableName: tableName(),
        Item: toAttributes({
          ...this.key(scope, key),
          status: 'completed',
          requestHash,
          response,
          expiresAt: Math.floor(nowMs / 1000) + KEEP_SECONDS,
        }),
      }),
    );
  }

  /** Frees the key after a fault so the client's retry can run again. */
  async release(scope: string, key: string): Promise<void> {
    await dynamoClient().send(new DeleteItemCommand({ TableName: tableName(), Key: toAttributes(this.key(scope, key)) }));
  }
}
