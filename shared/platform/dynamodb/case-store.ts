import { GetItemCommand, QueryCommand } from '@aws-sdk/client-dynamodb';
import { ConflictError } from '../errors/domain-errors.js';
import type { TimelineEntry } from '../timeline/timeline-entry.js';
import { fromAttributes, padVersion, queryPages, toAttributes, type Item } from './dynamo.js';
import { EnvironmentTable, type DynamoTable } from './dynamo-table.js';
import { TransactionConflictError, writeAll, type TransactionPut } from './transaction.js';
import { batchGetAll } from './batch-get.js';

/** How a case is found besides its id: by party organisation and by stage. */
export interface CaseIndex {
  /** Organisations that may list the case as theirs (parties). */
  readonly orgs: readonly string[];
  readonly stage: string;
  /** Orders cases within a stage, e.g. the decision deadline for "awaiting decision". */
  readonly stageSortKey: string;
}

export interface StoredCase<T> {
  /** The case; each collection holds only its newest elements (see CaseCollection). */
  readonly state: T;
  readonly version: number;
  readonly index: CaseIndex;
  /** How many elements each collection has in all, and the key of the newest. */
  readonly collections?: Readonly<Record<string, CollectionCount>>;
}

export interface CollectionCount {
  readonly count: number;
  readonly lastKey: number;
}

/**
 * A list of the case that grows without bound (meetings, draft versions):
 * each element is an item of its own (pk = case, sk = <PREFIX>#<key, 10
 * digits>), written once in the change that added it and read by key range
 * with paging; the case item keeps only the newest `keep`. So no item grows
 * with the life of the case.
 */
export interface CaseCollection<T> {
  readonly field: keyof T & string;
  readonly prefix: string;
  /** The element's number, increasing (a meeting's number, a draft's version). */
  readonly keyOf: (element: never) => number;
  readonly keep: number;
}

export interface CollectionPage<E> {
  readonly items: readonly E[];
  /** Pass as `after` for the next page; absent on the last page. */
  readonly next?: number;
}

export const EVENT_PREFIX = 'EVENT#';

/** What a change carries besides the new state: effects for the stream, and writes that commit with it. */
export interface ChangeOptions {
  /**
   * Effects to run after the commit, stored on the event item: the table's
   * stream hands them to the effects consumer (the transactional outbox), so a
   * change and its effects are never separated by a crash.
   */
  readonly effects?: readonly unknown[];
  /** More items committed in the same transaction (the idempotency record with its answer). */
  readonly also?: readonly TransactionPut[];
  /** The collections' counts as read (so only new elements are written). */
  readonly previousCollections?: Readonly<Record<string, CollectionCount>>;
}

/** The event item of a change: what happened, not the state after it. */
export interface StoredEvent {
  readonly pk: string;
  readonly sk: string;
  readonly kind: string;
  readonly caseId: string;
  readonly version: number;
  readonly at: string;
  readonly timeline: readonly TimelineEntry[];
  readonly effects?: readonly unknown[];
  /** Set when effects are present: the stream's filter selects these items only. */
  readonly hasEffects?: boolean;
}

/**
 * Event-sourced case storage. A change is one TransactWriteItems:
 *   - the event item at the next version slot (condition: the slot is free);
 *   - the case item, the projection (condition: still at the version read);
 *   - a membership item for each party organisation the change adds;
 *   - whatever the caller adds (the idempotency record with its stored answer).
 * Either all of it is written or none. The effects travel on the event item
 * and run from the table's stream, never from the request.
 */
export class CaseStore<T> {
  constructor(
    readonly kind: string,
    private readonly collections: readonly CaseCollection<T>[] = [],
    private readonly table: DynamoTable = EnvironmentTable,
  ) {}

  private pk(id: string): string {
    return `${this.kind}#${id}`;
  }

  async get(id: string): Promise<StoredCase<T> | undefined> {
    const out = await this.table
      .client()
      .send(new GetItemCommand({ TableName: this.table.name(), Key: toAttributes({ pk: this.pk(id), sk: 'CASE' }), ConsistentRead: true }));
    if (!out.Item) return undefined;
    const item = fromAttributes<{ state: T; version: number; index: CaseIndex; collections?: Record<string, CollectionCount> }>(out.Item);
    return { state: item.state, version: item.version, index: item.index, collections: item.collections ?? {} };
  }

  async create(id: string, state: T, timeline: readonly TimelineEntry[], index: CaseIndex, options: ChangeOptions = {}): Promise<StoredCase<T>> {
    return this.write(id, 0, state, timeline, index, undefined, options);
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
    options: ChangeOptions = {},
  ): Promise<StoredCase<T>> {
    return this.write(id, expectedVersion, state, timeline, index, previousIndex, options);
  }

  private async write(
    id: string,
    expectedVersion: number,
    state: T,
    timeline: readonly TimelineEntry[],
    index: CaseIndex,
    previousIndex: CaseIndex | undefined,
    options: ChangeOptions,
  ): Promise<StoredCase<T>> {
    const version = expectedVersion + 1;
    const at = timeline[0]?.at ?? new Date().toISOString();
    const stale = () =>
      new ConflictError(
        expectedVersion === 0
          ? `A case with id ${id} already exists.`
          : `The case was changed by someone else (your version ${expectedVersion} is stale). Reload it and try again.`,
        { expectedVersion },
      );
    const effects = options.effects ?? [];
    const event: StoredEvent = {
      pk: this.pk(id),
      sk: EVENT_PREFIX + padVersion(version),
      kind: this.kind,
      caseId: id,
      version,
      at,
      timeline,
      ...(effects.length > 0 && { effects, hasEffects: true }),
    };
    const { tail, elements, counts } = this.splitCollections(id, state, options.previousCollections ?? {});
    const projection = {
      pk: this.pk(id),
      sk: 'CASE',
      state: tail,
      collections: counts,
      version,
      index,
      gsi2pk: `${this.kind}#STAGE#${index.stage}`,
      gsi2sk: `${index.stageSortKey}#${id}`,
    };
    const known = new Set(previousIndex?.orgs ?? []);
    const memberships = index.orgs
      .filter((org) => !known.has(org))
      .map((org): TransactionPut => ({ item: { pk: this.pk(id), sk: `PARTY#${org}`, gsi1pk: `ORG#${org}`, gsi1sk: `${this.kind}#${id}` } }));
    try {
      await writeAll([
        { item: { ...event }, condition: 'attribute_not_exists(pk)', conflict: stale },
        expectedVersion === 0
          ? { item: projection, condition: 'attribute_not_exists(pk)', conflict: stale }
          : { item: projection, condition: 'version = :expected', values: { ':expected': expectedVersion }, conflict: stale },
        ...memberships,
        ...elements,
        ...(options.also ?? []),
      ]);
    } catch (error) {
      // Two writers racing on one case: the loser is told the case moved on.
      if (error instanceof TransactionConflictError) throw stale();
      throw error;
    }
    return { state, version, index, collections: counts };
  }

  /** The case as it will be stored after a change (collections cut to their newest), and the counts: what a reader gets. */
  project(id: string, state: T, previous: Readonly<Record<string, CollectionCount>> = {}): Pick<StoredCase<T>, 'state' | 'collections'> {
    const { tail, counts } = this.splitCollections(id, state, previous);
    return { state: tail, collections: counts };
  }

  /** The case with each collection cut to its newest elements, the new elements as puts, and the counts. */
  private splitCollections(id: string, state: T, previous: Readonly<Record<string, CollectionCount>>) {
    if (this.collections.length === 0) return { tail: state, elements: [] as TransactionPut[], counts: {} };
    const tail = { ...state } as Record<string, unknown>;
    const elements: TransactionPut[] = [];
    const counts: Record<string, CollectionCount> = {};
    for (const c of this.collections) {
      const all = ((state as Record<string, unknown>)[c.field] ?? []) as unknown[];
      const before = previous[c.field] ?? { count: 0, lastKey: 0 };
      const added = all.filter((e) => c.keyOf(e as never) > before.lastKey);
      for (const element of added) {
        elements.push({
          item: { pk: this.pk(id), sk: `${c.prefix}#${padVersion(c.keyOf(element as never))}`, element },
          condition: 'attribute_not_exists(pk)',
        });
      }
      const last = all.at(-1);
      counts[c.field] = { count: before.count + added.length, lastKey: last === undefined ? before.lastKey : c.keyOf(last as never) };
      tail[c.field] = all.slice(-c.keep);
    }
    return { tail: tail as T, elements, counts };
  }

  /** One page of a collection, oldest first, after the element numbered `after`. */
  async collectionPage<E>(id: string, field: string, options: { after?: number; limit: number }): Promise<CollectionPage<E>> {
    const c = this.collections.find((x) => x.field === field);
    if (!c) throw new Error(`${this.kind} has no collection ${field}`);
    const out = await this.table.client().send(
      new QueryCommand({
        TableName: this.table.name(),
        KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
        ExpressionAttributeValues: toAttributes({
          ':pk': this.pk(id),
          ':from': `${c.prefix}#${padVersion((options.after ?? 0) + 1)}`,
          ':to': `${c.prefix}#9999999999`,
        }),
        Limit: options.limit,
        ConsistentRead: true,
      }),
    );
    const items = (out.Items ?? []).map((raw) => fromAttributes<{ element: E }>(raw).element);
    const last = items.at(-1);
    return { items, ...(out.LastEvaluatedKey && last !== undefined && { next: c.keyOf(last as never) }) };
  }

  /**
   * Timeline entries, oldest first, a page of change events at a time: the
   * events after version `after`, at most `limit` of them. `next` is the
   * version to pass as `after` for the following page.
   */
  async timelinePage(id: string, options: { after?: number; limit: number }): Promise<{ items: TimelineEntry[]; next?: number }> {
    const out = await this.table.client().send(
      new QueryCommand({
        TableName: this.table.name(),
        KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
        ExpressionAttributeValues: toAttributes({
          ':pk': this.pk(id),
          ':from': EVENT_PREFIX + padVersion((options.after ?? 0) + 1),
          ':to': EVENT_PREFIX + '9999999999',
        }),
        ProjectionExpression: 'version, timeline',
        Limit: options.limit,
        ConsistentRead: true,
      }),
    );
    const events = (out.Items ?? []).map((raw) => fromAttributes<{ version: number; timeline?: TimelineEntry[] }>(raw));
    const items = events.flatMap((e) => e.timeline ?? []);
    const last = events.at(-1);
    return { items, ...(out.LastEvaluatedKey && last && { next: last.version }) };
  }

  /** Every timeline entry of the case, oldest first (the digest and tests; the API reads pages). */
  async timeline(id: string): Promise<TimelineEntry[]> {
    const entries: TimelineEntry[] = [];
    for await (const page of queryPages(
      () => ({
        TableName: this.table.name(),
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: toAttributes({ ':pk': this.pk(id), ':prefix': EVENT_PREFIX }),
        ProjectionExpression: 'timeline',
      }),
      this.table,
    )) {
      for (const raw of page) entries.push(...(fromAttributes<{ timeline: TimelineEntry[] }>(raw).timeline ?? []));
    }
    return entries;
  }

  /** Cases where `org` is a party (GSI1 membership items, then one batch read of the cases). */
  async listForOrg(org: string): Promise<StoredCase<T>[]> {
    const ids: string[] = [];
    for await (const page of queryPages(
      () => ({
        TableName: this.table.name(),
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk AND begins_with(gsi1sk, :kind)',
        ExpressionAttributeValues: toAttributes({ ':pk': `ORG#${org}`, ':kind': `${this.kind}#` }),
      }),
      this.table,
    )) {
      for (const raw of page) ids.push(String(fromAttributes<Item>(raw).gsi1sk).slice(this.kind.length + 1));
    }
    return this.getMany(ids);
  }

  /** Cases whose index.stage is `stage`, ordered by stageSortKey (oldest / earliest due first). */
  async listByStage(stage: string, limit?: number): Promise<StoredCase<T>[]> {
    const result: StoredCase<T>[] = [];
    for await (const page of queryPages(
      () => ({
        TableName: this.table.name(),
        IndexName: 'gsi2',
        KeyConditionExpression: 'gsi2pk = :pk',
        ExpressionAttributeValues: toAttributes({ ':pk': `${this.kind}#STAGE#${stage}` }),
        Limit: limit,
      }),
      this.table,
    )) {
      for (const raw of page) {
        const item = fromAttributes<{ state: T; version: number; index: CaseIndex }>(raw);
        result.push({ state: item.state, version: item.version, index: item.index });
      }
      if (limit && result.length >= limit) break;
    }
    return result;
  }

  /** Reads many cases by id (strongly consistent), keeping the order of `ids`. */
  async getMany(ids: readonly string[]): Promise<StoredCase<T>[]> {
    const found = new Map<string, StoredCase<T>>();
    const unique = [...new Set(ids)];
    const { items } = await batchGetAll(
      { keys: unique.map((id) => toAttributes({ pk: this.pk(id), sk: 'CASE' })), consistentRead: true },
      { table: this.table },
    );
    for (const raw of items) {
      const item = fromAttributes<{ pk: string; state: T; version: number; index: CaseIndex }>(raw);
      found.set(item.pk.slice(this.kind.length + 1), { state: item.state, version: item.version, index: item.index });
    }
    return unique.flatMap((id) => {
      const c = found.get(id);
      return c ? [c] : [];
    });
  }
}
