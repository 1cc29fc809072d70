import { DeleteItemCommand, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { fromAttributes, queryPages, toAttributes, type Item } from './dynamo.js';
import { EnvironmentTable, type DynamoTable } from './dynamo-table.js';
import type { IndexName } from './table-definition.js';
import { clock } from '../clock.js';

/**
 * DynamoDB deletes items past their TTL only within days (DynamoDB Local never
 * does): every read treats such an item as absent.
 */
export function isExpired(item: { expiresAt?: unknown }, nowMs = clock.now().getTime()): boolean {
  return typeof item.expiresAt === 'number' && item.expiresAt * 1000 <= nowMs;
}

export interface ExtraKeys {
  gsi1pk?: string;
  gsi1sk?: string;
  gsi2pk?: string;
  gsi2sk?: string;
  /** Epoch seconds; DynamoDB TTL deletes the item in AWS, code checks it everywhere. */
  expiresAt?: number;
}

export interface QueryOptions {
  beginsWith?: string;
  limit?: number;
  index?: IndexName;
  /** Newest / highest sort key first. */
  descending?: boolean;
  /** Only these attributes (keeps big items off the wire). */
  attributes?: readonly string[];
}

/**
 * Plain single items for entities that are not event-sourced cases (notices,
 * bidder profiles, stored matches). Each call is one DynamoDB request.
 */
export class ItemStore {
  constructor(private readonly table: DynamoTable = EnvironmentTable) {}

  async put(pk: string, sk: string, data: Item, extra: ExtraKeys = {}): Promise<void> {
    await this.table.client().send(new PutItemCommand({ TableName: this.table.name(), Item: toAttributes({ ...data, ...extra, pk, sk }) }));
  }

  async get<T = Item>(pk: string, sk: string): Promise<T | undefined> {
    const out = await this.table.client().send(new GetItemCommand({ TableName: this.table.name(), Key: toAttributes({ pk, sk }), ConsistentRead: true }));
    if (!out.Item) return undefined;
    const item = fromAttributes<T & { expiresAt?: unknown }>(out.Item);
    return isExpired(item) ? undefined : item;
  }

  async delete(pk: string, sk: string): Promise<void> {
    await this.table.client().send(new DeleteItemCommand({ TableName: this.table.name(), Key: toAttributes({ pk, sk }) }));
  }

  /** Query one partition (of the table or a GSI), following pages until `limit` items are read. */
  async query<T = Item>(pk: string, options: QueryOptions = {}): Promise<T[]> {
    const pkName = options.index ? `${options.index}pk` : 'pk';
    const skName = options.index ? `${options.index}sk` : 'sk';
    const names: Record<string, string> = { '#pk': pkName };
    const values: Record<string, unknown> = { ':pk': pk };
    let condition = '#pk = :pk';
    if (options.beginsWith !== undefined) {
      names['#sk'] = skName;
      values[':prefix'] = options.beginsWith;
      condition += ' AND begins_with(#sk, :prefix)';
    }
    let projection: string | undefined;
    if (options.attributes) {
      projection = options.attributes.map((a, i) => `#p${i}`).join(', ');
      options.attributes.forEach((a, i) => {
        names[`#p${i}`] = a;
      });
    }
    const items: T[] = [];
    for await (const page of queryPages(() => ({
      TableName: this.table.name(),
      IndexName: options.index,
      KeyConditionExpression: condition,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: toAttributes(values),
      ScanIndexForward: !options.descending,
      ProjectionExpression: projection,
      Limit: options.limit ? options.limit - items.length : undefined,
    }))) {
      for (const raw of page) {
        const item = fromAttributes<T & { expiresAt?: unknown }>(raw);
        if (!isExpired(item)) items.push(item);
      }
      if (options.limit && items.length >= options.limit) break;
    }
    return items;
  }
}
