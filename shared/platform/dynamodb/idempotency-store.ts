import { randomUUID } from 'node:crypto';
import { DeleteItemCommand, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { ConflictError, RuleViolationError } from '../errors/domain-errors.js';
import { fromAttributes, isConditionFailure, toAttributes } from './dynamo.js';
import { EnvironmentTable, type DynamoTable } from './dynamo-table.js';
import type { TransactionPut } from './transaction.js';

export interface StoredResponse {
  readonly statusCode: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

interface IdempotencyRecord {
  status: 'in-progress' | 'completed';
  requestHash: string;
  claimId: string;
  expiresAt: number;
  response?: StoredResponse;
}

/** This request's hold on a key, until its answer is stored. */
export interface IdempotencyHold {
  readonly scope: string;
  readonly key: string;
  readonly requestHash: string;
  readonly claimId: string;
}

/** How long a key is remembered: long enough for any client retry. */
const KEEP_SECONDS = 24 * 60 * 60;
/** A hold older than this is abandoned (the Lambda died before its commit): a retry may take it over. */
const HOLD_SECONDS = 60;

/**
 * The hold was lost before the answer was stored (it expired and a retry took
 * it over): this request's change was not written, the other request's stands.
 */
export class IdempotencyKeyTakenError extends Error {
  constructor() {
    super('This Idempotency-Key is held by another request.');
    this.name = 'IdempotencyKeyTakenError';
  }
}

/**
 * Idempotency-Key records (pk = IDEMPOTENCY#<scope>#<key>), in two steps:
 *  1. `hold`: a conditional put marks the key in progress under a claim id, so a
 *     concurrent duplicate is told to wait (409) instead of running twice;
 *  2. the answer replaces the hold, conditioned on the claim id. A change puts
 *     it in its own transaction (`answerWithChange`): the change and its answer
 *     are stored together or not at all. Answers that change nothing (refusals)
 *     are stored on their own (`answer`).
 * A crash between 1 and 2 leaves only the hold; it lapses after a minute and
 * the client's retry then runs anew. A crash after 2 leaves the answer: the retry gets it.
 */
export class IdempotencyStore {
  constructor(private readonly table: DynamoTable = EnvironmentTable) {}

  private key(scope: string, key: string) {
    return { pk: `IDEMPOTENCY#${scope}#${key}`, sk: 'IDEMPOTENCY' };
  }

  /** Takes the key for this request, or returns the stored answer to replay. */
  async hold(scope: string, key: string, requestHash: string, nowMs: number): Promise<IdempotencyHold | StoredResponse> {
    const nowSeconds = Math.floor(nowMs / 1000);
    const claimId = randomUUID();
    try {
      await this.table.client().send(
        new PutItemCommand({
          TableName: this.table.name(),
          Item: toAttributes({ ...this.key(scope, key), status: 'in-progress', requestHash, claimId, expiresAt: nowSeconds + HOLD_SECONDS }),
          // Expired records count as absent (TTL deletes them only eventually).
          ConditionExpression: 'attribute_not_exists(pk) OR expiresAt <= :now',
          ExpressionAttributeValues: toAttributes({ ':now': nowSeconds }),
        }),
      );
      return { scope, key, requestHash, claimId };
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
    const record = await this.read(scope, key, nowSeconds);
    if (!record) return this.hold(scope, key, requestHash, nowMs);
    if (record.requestHash !== requestHash) {
      throw new RuleViolationError(
        [{ path: 'headers.idempotency-key', message: 'This Idempotency-Key was already used for a different request.' }],
        'An Idempotency-Key must not be reused for a different request.',
      );
    }
    if (record.status === 'completed' && record.response) return record.response;
    throw new ConflictError('A request with this Idempotency-Key is still being processed. Retry in a moment.');
  }

  /** The stored answer of a key, if it has one. */
  async storedAnswer(scope: string, key: string, nowMs: number): Promise<StoredResponse | undefined> {
    const record = await this.read(scope, key, Math.floor(nowMs / 1000));
    return record?.status === 'completed' ? record.response : undefined;
  }

  /** The answer as one put of a change's transaction; a lost hold cancels the change. */
  answerWithChange(hold: IdempotencyHold, response: StoredResponse, nowMs: number): TransactionPut {
    return {
      item: {
        ...this.key(hold.scope, hold.key),
        status: 'completed',
        requestHash: hold.requestHash,
        claimId: hold.claimId,
        response,
        expiresAt: Math.floor(nowMs / 1000) + KEEP_SECONDS,
      },
      // Only over our own hold: a retried transaction whose first attempt committed must not overwrite its answer.
      condition: 'claimId = :claim AND #status = :progress',
      names: { '#status': 'status' },
      values: { ':claim': hold.claimId, ':progress': 'in-progress' },
      conflict: () => new IdempotencyKeyTakenError(),
    };
  }

  /** Stores an answer given without a change. Returns the answer every caller of the key is to hear. */
  async answer(hold: IdempotencyHold, response: StoredResponse, nowMs: number): Promise<StoredResponse> {
    const put = this.answerWithChange(hold, response, nowMs);
    try {
      await this.table.client().send(
        new PutItemCommand({
          TableName: this.table.name(),
          Item: toAttributes(put.item),
          ConditionExpression: put.condition,
          ExpressionAttributeNames: put.names,
          ExpressionAttributeValues: toAttributes(put.values!),
        }),
      );
      return response;
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      return (await this.storedAnswer(hold.scope, hold.key, nowMs)) ?? response;
    }
  }

  /** Frees the key after a fault so the client's retry can run at once. */
  async release(hold: IdempotencyHold): Promise<void> {
    try {
      await this.table.client().send(
        new DeleteItemCommand({
          TableName: this.table.name(),
          Key: toAttributes(this.key(hold.scope, hold.key)),
          ConditionExpression: 'claimId = :claim AND #status = :progress',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: toAttributes({ ':claim': hold.claimId, ':progress': 'in-progress' }),
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }

  private async read(scope: string, key: string, nowSeconds: number): Promise<IdempotencyRecord | undefined> {
    const out = await this.table
      .client()
      .send(new GetItemCommand({ TableName: this.table.name(), Key: toAttributes(this.key(scope, key)), ConsistentRead: true }));
    const record = out.Item ? fromAttributes<IdempotencyRecord>(out.Item) : undefined;
    return record && record.expiresAt > nowSeconds ? record : undefined;
  }
}
