import { BatchGetItemCommand, GetItemCommand, PutItemCommand, QueryCommand } from '@aws-sdk/client-dynamodb';
import { dynamoClient } from '../platform/aws-clients.js';
import { ConflictError } from '../errors/problem-errors.js';
import type { TimelineEntry } from '../timeline/timeline-entry.js';
import { fromAttributes, isConditionFailure, padVersion, queryPages, tableName, toAttributes, type Item } from './dynamo.js';

/** How a case is found besides its id: by party organisation and by stage. */
export interface CaseIndex {
  /** Organisations that may list the case as theirs (parties). */
  readonly orgs: readonly string[];
  readonly stage: string;
  /** Orders cases within a stage, e.g. the decision deadline for "awaiting decision". */
  readonly stageSortKey: string;
}

export interface StoredCase<T> {
  readonly state: T;
  readonly version: number;
  readonly index: CaseIndex;
}

const EVENT_PREFIX = 'EVENT#';

/**
 * Event-sourced case storage with single-item conditional writes only (dynalite
 * has no transactions, see ENGINEERING.md). A change is:
 *   1. a conditional put of the event item at the next version slot: the lock;
 *   2. a put of the case item (the projection) guarded by version.
 * Each event item holds the timeline entries of the change and the full state
 * after it, so the projection can always be rebuilt; a crash between 1 and 2 is
 * repaired by the next writer that meets the newer event.
 */
export class CaseStore<T> {
  constructor(readonly kind: string) {}

  private pk(id: string): string {
    return `${this.kind}#${id}`;
  }

  async get(id: string): Promise<StoredCase<T> | undefined> {
    const out = await dynamoClient().send(
      new GetItemCommand({ TableName: tableName(), Key: toAttributes({ pk: this.pk(id), sk: 'CASE' }), ConsistentRead: true }),
    );
    if (!out.Item) return undefined;
    const item = fromAttributes<{ state: T; version: number; index: CaseIndex }>(out.Item);
    return { state: item.state, version: item.version, index: item.index };
  }

  async create(id: string, state: T, timeline: readonly TimelineEntry[], index: CaseIndex): Promise<StoredCase<T>> {
    return this.write(id, 0, state, timeline, index, undefined);
  }

  /**
   * Appends a change. `expectedVersion` is the version the caller read; a newer
   * case means someone else changed it first: 409, nothing written.
   * Pass `previousIndex` (from get) so membership items are written only for new parties.
   */
  async commit(
    id: string,
    expectedVersion: number,
    state: T,
    timeline: readonly TimelineEntry[],
    index: CaseIndex,
    previousIndex?: CaseIndex,
  ): Promise<StoredCase<T>> {
    return this.write(id, expectedVersion, state, timeline, index, previousIndex);
  }

  private async write(
    id: string,
    expectedVersion: number,
    state: T,
    timeline: readonly TimelineEntry[],
    index: CaseIndex,
    previousIndex: CaseIndex | undefined,
  ): Promise<StoredCase<T>> {
    const version = expectedVersion + 1;
    const at = timeline[0]?.at ?? new Date().toISOString();
    try {
      await dynamoClient().send(
        new PutItemCommand({
          TableName: tableName(),
          Item: toAttributes({ pk: this.pk(id), sk: EVENT_PREFIX + padVersion(version), version, at, timeline, state }),
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      await this.repairProjection(id);
      throw new ConflictError(
        expectedVersion === 0
          ? `A case with id ${id} already exists.`
          : `The case was changed by someone else (your version ${expectedVersion} is stale). Reload it and try again.`,
        { expectedVersion },
      );
    }
    await this.putProjection(id, state, version, index);
    const known = new Set(previousIndex?.orgs ?? []);
    for (const org of index.orgs) if (!known.has(org)) await this.putMembership(id, org);
    return { state, version, index };
  }

  private async putProjection(id: string, state: T, version: number, index: CaseIndex): Promise<void> {
    try {
      await dynamoClient().send(
        new PutItemCommand({
          TableName: tableName(),
          Item: toAttributes({
            pk: this.pk(id),
            sk: 'CASE',
            state,
            version,
            index,
            gsi2pk: `${this.kind}#STAGE#${index.stage}`,
            gsi2sk: `${index.stageSortKey}#${id}`,
          }),
          ConditionExpression: 'attribute_not_exists(pk) OR version < :v',
          ExpressionAttributeValues: toAttributes({ ':v': version }),
        }),
      );
    } catch (error) {
      // A newer projection is already there: ours is obsolete, nothing to do.
      if (!isConditionFailure(error)) throw error;
    }
  }

  private async putMembership(id: string, org: string): Promise<void> {
    await dynamoClient().send(
      new PutItemCommand({
        TableName: tableName(),
        Item: toAttributes({ pk: this.pk(id), sk: `PARTY#${org}`, gsi1pk: `ORG#${org}`, gsi1sk: `${this.kind}#${id}` }),
      }),
    );
  }

  /** Brings the case item up to the newest event (after a writer died between its two puts). */
  async repairProjection(id: string): Promise<void> {
    const out = await dynamoClient().send(
      new QueryCommand({
        TableName: tableName(),
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: toAttributes({ ':pk': this.pk(id), ':prefix': EVENT_PREFIX }),
        ScanIndexForward: false,
        Limit: 1,
        ConsistentRead: true,
      }),
    );
    const latest = out.Items?.[0] ? fromAttributes<{ version: number; state: T }>(out.Items[0]) : undefined;
    if (!latest) return;
    const current = await this.get(id);
    if (current && current.version >= latest.version) return;
    const index = current?.index ?? { orgs: [], stage: 'unknown', stageSortKey: '' };
    await this.putProjection(id, latest.state, latest.version, index);
  }

  /** Every timeline entry of the case, oldest first. */
  async timeline(id: string): Promise<TimelineEntry[]> {
    const entries: TimelineEntry[] = [];
    for await (const page of queryPages(() => ({
      TableName: tableName(),
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: toAttributes({ ':pk': this.pk(id), ':prefix': EVENT_PREFIX }),
      ProjectionExpression: 'timeline',
    }))) {
      for (const raw of page) entries.push(...(fromAttributes<{ timeline: TimelineEntry[] }>(raw).timeline ?? []));
    }
    return entries;
  }

  /** Cases where `org` is a party (GSI1 membership items, then one batch read of the cases). */
  async listForOrg(org: string): Promise<StoredCase<T>[]> {
    const ids: string[] = [];
    for await (const page of queryPages(() => ({
      TableName: tableName(),
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk AND begins_with(gsi1sk, :kind)',
      ExpressionAttributeValues: toAttributes({ ':pk': `ORG#${org}`, ':kind': `${this.kind}#` }),
    }))) {
      for (const raw of page) ids.push(String(fromAttributes<Item>(raw).gsi1sk).slice(this.kind.length + 1));
    }
    return this.getMany(ids);
  }

  /** Cases whose index.stage is `stage`, ordered by stageSortKey (oldest / earliest due first). */
  async listByStage(stage: string, limit?: number): Promise<StoredCase<T>[]> {
    const result: StoredCase<T>[] = [];
    for await (const page of queryPages(() => ({
      TableName: tableName(),
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :pk',
      ExpressionAttributeValues: toAttributes({ ':pk': `${this.kind}#STAGE#${stage}` }),
      Limit: limit,
    }))) {
      for (const raw of page) {
        const item = fromAttributes<{ state: T; version: number; index: CaseIndex }>(raw);
        result.push({ state: item.state, version: item.version, index: item.index });
      }
      if (limit && result.length >= limit) break;
    }
    return result;
  }

  /** Reads many cases by id, 100 keys per request, keeping the order of `ids`. */
  async getMany(ids: readonly string[]): Promise<StoredCase<T>[]> {
    const found = new Map<string, StoredCase<T>>();
    const unique = [...new Set(ids)];
    for (let i = 0; i < unique.length; i += 100) {
      let keys = unique.slice(i, i + 100).map((id) => toAttributes({ pk: this.pk(id), sk: 'CASE' }));
      while (keys.length > 0) {
        const out = await dynamoClient().send(
          new BatchGetItemCommand({ RequestItems: { [tableName()]: { Keys: keys, ConsistentRead: true } } }),
        );
        for (const raw of out.Responses?.[tableName()] ?? []) {
          const item = fromAttributes<{ pk: string; state: T; version: number; index: CaseIndex }>(raw);
          found.set(item.pk.slice(this.kind.length + 1), { state: item.state, version: item.version, index: item.index });
        }
        keys = (out.UnprocessedKeys?.[tableName()]?.Keys ?? []) as typeof keys;
      }
    }
    return unique.flatMap((id) => {
      const c = found.get(id);
      return c ? [c] : [];
    });
  }
}
