import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { TableDefinition } from '../../shared/platform/dynamodb/table-definition.js';
import { itemSize, writeUnits } from '../dynamo-item-size.js';

/**
 * What a DynamoDB request costs, from the request and its answer: the items
 * it writes, their write units (table and GSI entries), the read units of a
 * read; and request counts by operation.
 */

export const WriteOperations = new Set(['PutItem', 'DeleteItem', 'UpdateItem', 'BatchWriteItem', 'TransactWriteItems']);
export const ReadOperations = new Set(['GetItem', 'Query', 'Scan', 'BatchGetItem', 'TransactGetItems']);
/**
 * The stream poller's requests (the event source mapping's polling): counted by
 * the local proxy, but not table requests; AWS does not bill them as such.
 */
const StreamOperations = new Set(['GetRecords', 'GetShardIterator', 'DescribeStream', 'ListStreams']);

export type Counts = Record<string, number>;

/** DynamoDB use, as the SDK middleware sees it. */
export interface Usage {
  requests: number;
  /** Items put or deleted (each Put of a transaction is one). */
  itemsWritten: number;
  /** Write request units of the table's items, from their sizes: 1 per started KB, 2 inside a transaction. */
  tableWru: number;
  /** Write request units of the GSI entries those writes add, change or remove (standard rate: the index is updated after the commit). */
  indexWru: number;
  /** Read request units, from the sizes of the items read (see readUnitsOf). */
  rru: number;
  /** The largest item written, in bytes, and its kind (sort key before '#'). */
  largestBytes: number;
  largestKind: string;
}
export const newUsage = (): Usage => ({ requests: 0, itemsWritten: 0, tableWru: 0, indexWru: 0, rru: 0, largestBytes: 0, largestKind: '' });
export function addUsage(into: Usage, more: Usage): void {
  into.requests += more.requests;
  into.itemsWritten += more.itemsWritten;
  into.tableWru += more.tableWru;
  into.indexWru += more.indexWru;
  into.rru += more.rru;
  if (more.largestBytes > into.largestBytes) {
    into.largestBytes = more.largestBytes;
    into.largestKind = more.largestKind;
  }
}

/** What one write does to one item: put (with the new item) or delete. */
interface ItemWrite {
  readonly key: string;
  readonly item?: Record<string, AttributeValue>;
  readonly transactional: boolean;
  /** An UpdateItem: the new item is not in the request. */
  readonly update?: boolean;
}

/** What is stored under a key, as far as this process wrote it: its size and its GSI keys (for the old image's cost). */
export interface KnownItem {
  readonly bytes: number;
  readonly indexKeys: Readonly<Record<string, string | undefined>>;
}

const keyOf = (attrs: Record<string, AttributeValue> | undefined): string => `${attrs?.pk?.S ?? '?'}|${attrs?.sk?.S ?? '?'}`;
export const kindOf = (attrs: Record<string, AttributeValue> | undefined): string => String(attrs?.sk?.S ?? '?').split('#')[0]!;
export const indexKeysOf = (item: Record<string, AttributeValue>): Record<string, string | undefined> =>
  Object.fromEntries(
    TableDefinition.globalSecondaryIndexes.map((g) => {
      const pk = item[g.partitionKey]?.S;
      const sk = item[g.sortKey]?.S;
      // An item is in a (sparse) index only when it has both of the index's key attributes.
      return [g.indexName, pk !== undefined && sk !== undefined ? `${pk}|${sk}` : undefined];
    }),
  );

/** The items a write request puts or deletes, from its input. */
export function itemWrites(op: string, input: Record<string, any>): ItemWrite[] {
  switch (op) {
    case 'PutItem':
      return [{ key: keyOf(input.Item), item: input.Item, transactional: false }];
    case 'DeleteItem':
      return [{ key: keyOf(input.Key), transactional: false }];
    case 'UpdateItem':
      return [{ key: keyOf(input.Key), transactional: false, update: true }];
    case 'BatchWriteItem':
      return Object.values(input.RequestItems ?? {}).flatMap((requests: any) =>
        (requests as any[]).map(
          (r): ItemWrite =>
            r.PutRequest
              ? { key: keyOf(r.PutRequest.Item), item: r.PutRequest.Item, transactional: false }
              : { key: keyOf(r.DeleteRequest?.Key), transactional: false },
        ),
      );
    case 'TransactWriteItems':
      return (input.TransactItems ?? []).flatMap((t: any): ItemWrite[] => {
        if (t.Put) return [{ key: keyOf(t.Put.Item), item: t.Put.Item, transactional: true }];
        if (t.Delete) return [{ key: keyOf(t.Delete.Key), transactional: true }];
        if (t.Update) return [{ key: keyOf(t.Update.Key), transactional: true, update: true }];
        return []; // ConditionCheck: writes nothing (none in this code base)
      });
    default:
      return [];
  }
}

/**
 * The write units of one item write. DynamoDB bills a put or delete by the
 * larger of the item before and after, 1 unit per started KB (2 in a
 * transaction), and each GSI entry the write adds, rewrites or removes at
 * 1 unit per KB of the entry (the indexes project ALL: an entry is the item);
 * an index key that changes costs two (old entry out, new one in).
 */
export function unitsOf(write: ItemWrite, known: KnownItem | undefined): { table: number; index: number; bytes: number } {
  const bytes = write.item ? itemSize(write.item) : 0;
  const before = known?.bytes ?? 0;
  const table = writeUnits(Math.max(before, bytes), write.transactional);
  if (write.update) {
    // Not in this code base; the new item is not in the request: the old one's size, the same index entries.
    return { table, index: Object.values(known?.indexKeys ?? {}).filter(Boolean).length * writeUnits(before, false), bytes: before };
  }
  const after = write.item ? indexKeysOf(write.item) : {};
  let index = 0;
  for (const g of TableDefinition.globalSecondaryIndexes) {
    const was = known?.indexKeys[g.indexName];
    const is = after[g.indexName];
    if (was !== undefined && was === is) index += writeUnits(Math.max(before, bytes), false);
    else {
      if (was !== undefined) index += writeUnits(before, false);
      if (is !== undefined) index += writeUnits(bytes, false);
    }
  }
  return { table, index, bytes };
}

/**
 * Read request units of a read, from the sizes of the items read: 1 per
 * started 4 KB (GetItem and BatchGetItem per item, Query and Scan per page
 * over the sum of the items), half for an eventually consistent read, 2× in
 * TransactGetItems; a read that finds nothing still costs 1 (½). DynamoDB
 * bills the full item also when a projection returns less, so the size
 * written is used when the key is known; for a Query whose projection leaves
 * the keys out (the digest reads timelines so), `engine`, DynamoDB Local's
 * count, which is made from the stored items, is taken instead.
 */
export function readUnitsOf(op: string, input: Record<string, any>, output: Record<string, any>, known: Map<string, KnownItem>, engine: number): number {
  const sizeOf = (item: Record<string, AttributeValue>) => Math.max(known.get(keyOf(item))?.bytes ?? 0, itemSize(item));
  const per4k = (bytes: number) => Math.max(1, Math.ceil(bytes / 4096));
  const factor = (consistent: unknown) => (consistent ? 1 : 0.5);
  switch (op) {
    case 'GetItem':
      return per4k(output.Item ? sizeOf(output.Item) : 0) * factor(input.ConsistentRead);
    case 'Query':
    case 'Scan':
      if (((output.Items ?? []) as Record<string, AttributeValue>[]).some((i) => !i.pk || !i.sk)) return engine;
      return per4k(((output.Items ?? []) as Record<string, AttributeValue>[]).reduce((a, i) => a + sizeOf(i), 0)) * factor(input.ConsistentRead);
    case 'BatchGetItem':
      return Object.entries((output.Responses ?? {}) as Record<string, Record<string, AttributeValue>[]>).reduce(
        (a, [table, items]) => a + items.reduce((b, i) => b + per4k(sizeOf(i)) * factor(input.RequestItems?.[table]?.ConsistentRead), 0),
        0,
      );
    case 'TransactGetItems':
      return ((output.Responses ?? []) as { Item?: Record<string, AttributeValue> }[]).reduce((a, r) => a + 2 * per4k(r.Item ? sizeOf(r.Item) : 0), 0);
    default:
      return 0;
  }
}

export const capacityUnits = (consumed: unknown): number =>
  (Array.isArray(consumed) ? consumed : consumed ? [consumed] : []).reduce((a, c: { CapacityUnits?: number }) => a + (c.CapacityUnits ?? 0), 0);

export const sum = (counts: Counts) => Object.values(counts).reduce((a, b) => a + b, 0);
export const delta = (after: Counts, before: Counts): Counts =>
  Object.fromEntries(
    Object.entries(after)
      .map(([k, v]) => [k, v - (before[k] ?? 0)])
      .filter(([, v]) => (v as number) > 0),
  );
export const withoutStreamPolling = (counts: Counts): Counts => Object.fromEntries(Object.entries(counts).filter(([op]) => !StreamOperations.has(op)));
export const addInto = (into: Counts, more: Counts) => {
  for (const [k, v] of Object.entries(more)) into[k] = (into[k] ?? 0) + v;
};
