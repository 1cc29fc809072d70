import { QueryCommand, TransactWriteItemsCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { fromAttributes, isConditionFailure, toAttributes } from '../../platform/dynamodb/dynamo.js';
import { EnvironmentTable, type DynamoTable } from '../../platform/dynamodb/dynamo-table.js';
import { isExpired } from '../../platform/dynamodb/item-store.js';
import type { LocalizedText } from '../../platform/timeline/timeline-entry.js';
import type { CaseKind } from '../domain/case-notification.js';

/**
 * Each person's inbox, in the person's own partition (`INBOX#<sub>`):
 * - one item per notification, `ITEM#<at>#<eventId>`: the key is made of the
 *   event, so a second delivery of the same event finds its item and adds nothing;
 * - one counter, `UNREAD`, moved in the same transaction as the item it counts,
 *   so the unread count is one read, never a walk through the inbox.
 * Items expire after about a year (TTL): an inbox is for what is going on.
 */
export interface InboxItem {
  /** Opaque to clients: the sort key's tail, made safe for a path. */
  readonly id: string;
  readonly eventId: string;
  readonly kind: CaseKind;
  readonly caseId: string;
  readonly reference: string;
  readonly title: string;
  readonly type: string;
  readonly at: string;
  readonly happened: LocalizedText;
  readonly next: LocalizedText;
  /** Whether the reader's organisation acts next (their own step). */
  readonly youAct: boolean;
  readonly dueAt: string | null;
  readonly readAt?: string;
  /** When the e-mail for it went out; absent when none was sent (yet). */
  readonly emailedAt?: string;
}

export type NewInboxItem = Omit<InboxItem, 'id' | 'readAt' | 'emailedAt'>;

export interface InboxPage {
  readonly items: readonly InboxItem[];
  readonly unread: number;
  readonly next?: string;
}

const INBOX_DAYS = 400;
const pkOf = (sub: string) => `INBOX#${sub}`;
const UNREAD = 'UNREAD';
const ITEM = 'ITEM#';
const skOf = (at: string, eventId: string) => `${ITEM}${at}#${eventId}`;
const idOf = (sk: string) => Buffer.from(sk.slice(ITEM.length), 'utf8').toString('base64url');
/** The sort key of an id, or undefined for an id no item could have. */
export function skOfId(id: string): string | undefined {
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(id)) return undefined;
  const tail = Buffer.from(id, 'base64url').toString('utf8');
  return /^\d{4}-\d\d-\d\dT[^#]+#.+$/.test(tail) ? `${ITEM}${tail}` : undefined;
}

type Stored = Omit<InboxItem, 'id'> & { pk: string; sk: string; expiresAt?: number };
const fromStored = ({ pk: _pk, sk, expiresAt: _e, ...rest }: Stored): InboxItem => ({ id: idOf(sk), ...rest });

export class InboxStore {
  constructor(private readonly table: DynamoTable = EnvironmentTable) {}

  /**
   * Adds the item and counts it unread, both or neither. Answers the item as
   * stored: the new one, or the one an earlier delivery of the event wrote
   * (whose `emailedAt` tells whether its e-mail already went out).
   */
  async add(sub: string, item: NewInboxItem, now: Date): Promise<{ readonly created: boolean; readonly item: InboxItem }> {
    const pk = pkOf(sub);
    const sk = skOf(item.at, item.eventId);
    const expiresAt = Math.floor(now.getTime() / 1000) + INBOX_DAYS * 86_400;
    try {
      await this.table.client().send(
        new TransactWriteItemsCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.table.name(),
                Item: toAttributes({ ...item, pk, sk, expiresAt }),
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            {
              Update: {
                TableName: this.table.name(),
                Key: toAttributes({ pk, sk: UNREAD }),
                UpdateExpression: 'ADD #count :one',
                ExpressionAttributeNames: { '#count': 'count' },
                ExpressionAttributeValues: toAttributes({ ':one': 1 }),
              },
            },
          ],
        }),
      );
      return { created: true, item: { id: idOf(sk), ...item } };
    } catch (error) {
      if (!isCancelledByCondition(error)) throw error;
      const existing = await this.get(sub, sk);
      if (!existing) throw error;
      return { created: false, item: existing };
    }
  }

  async get(sub: string, sk: string): Promise<InboxItem | undefined> {
    const out = await this.table.client().send(
      new QueryCommand({
        TableName: this.table.name(),
        KeyConditionExpression: 'pk = :pk AND sk = :sk',
        ExpressionAttributeValues: toAttributes({ ':pk': pkOf(sub), ':sk': sk }),
        ConsistentRead: true,
      }),
    );
    const stored = out.Items?.[0] && fromAttributes<Stored>(out.Items[0]);
    return stored && !isExpired(stored) ? fromStored(stored) : undefined;
  }

  /** The person's item by its id, or undefined. */
  async byId(sub: string, id: string): Promise<InboxItem | undefined> {
    const sk = skOfId(id);
    return sk ? this.get(sub, sk) : undefined;
  }

  /** Notes that the item's e-mail went out, so a repeated delivery does not send it again. */
  async markEmailed(sub: string, id: string, at: Date): Promise<void> {
    const sk = skOfId(id);
    if (!sk) return;
    await this.table.client().send(
      new UpdateItemCommand({
        TableName: this.table.name(),
        Key: toAttributes({ pk: pkOf(sub), sk }),
        UpdateExpression: 'SET emailedAt = :at',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: toAttributes({ ':at': at.toISOString() }),
      }),
    );
  }

  /** Newest first, `limit` at a time; `after` is the `next` of the page before. */
  async page(sub: string, options: { readonly limit: number; readonly after?: string }): Promise<InboxPage> {
    const after = options.after === undefined ? undefined : skOfId(options.after);
    const [items, unread] = await Promise.all([this.items(sub, options.limit, after), this.unread(sub)]);
    return { items: items.page, unread, ...(items.next ? { next: items.next } : {}) };
  }

  /**
   * Marks one item read and counts it off, both or neither; marking a read item
   * again changes nothing. Answers false when the person has no such item.
   */
  async markRead(sub: string, id: string, now: Date): Promise<boolean> {
    const sk = skOfId(id);
    if (!sk) return false;
    const pk = pkOf(sub);
    try {
      await this.table.client().send(
        new TransactWriteItemsCommand({
          TransactItems: [
            {
              Update: {
                TableName: this.table.name(),
                Key: toAttributes({ pk, sk }),
                UpdateExpression: 'SET readAt = :at',
                ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(readAt)',
                ExpressionAttributeValues: toAttributes({ ':at': now.toISOString() }),
              },
            },
            {
              Update: {
                TableName: this.table.name(),
                Key: toAttributes({ pk, sk: UNREAD }),
                UpdateExpression: 'ADD #count :minus',
                ConditionExpression: '#count > :zero',
                ExpressionAttributeNames: { '#count': 'count' },
                ExpressionAttributeValues: toAttributes({ ':minus': -1, ':zero': 0 }),
              },
            },
          ],
        }),
      );
      return true;
    } catch (error) {
      if (!isCancelledByCondition(error)) throw error;
      // Read already (nothing to do) or no such item (404 for the caller).
      return (await this.get(sub, sk)) !== undefined;
    }
  }

  private async unread(sub: string): Promise<number> {
    const out = await this.table.client().send(
      new QueryCommand({
        TableName: this.table.name(),
        KeyConditionExpression: 'pk = :pk AND sk = :sk',
        ExpressionAttributeValues: toAttributes({ ':pk': pkOf(sub), ':sk': UNREAD }),
        ConsistentRead: true,
      }),
    );
    const count = out.Items?.[0] ? fromAttributes<{ count?: number }>(out.Items[0]).count : 0;
    return Math.max(0, count ?? 0);
  }

  private async items(sub: string, limit: number, afterSk: string | undefined): Promise<{ page: InboxItem[]; next?: string }> {
    const page: InboxItem[] = [];
    let startKey: Record<string, unknown> | undefined = afterSk ? { pk: pkOf(sub), sk: afterSk } : undefined;
    // Expired items (TTL not yet applied) are skipped, so a page may need a second read.
    do {
      const out = await this.table.client().send(
        new QueryCommand({
          TableName: this.table.name(),
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :item)',
          ExpressionAttributeValues: toAttributes({ ':pk': pkOf(sub), ':item': ITEM }),
          ScanIndexForward: false,
          Limit: limit - page.length + 1,
          ExclusiveStartKey: startKey ? toAttributes(startKey) : undefined,
        }),
      );
      for (const raw of out.Items ?? []) {
        const stored = fromAttributes<Stored>(raw);
        if (!isExpired(stored)) page.push(fromStored(stored));
      }
      startKey = out.LastEvaluatedKey ? fromAttributes(out.LastEvaluatedKey) : undefined;
    } while (page.length <= limit && startKey);
    if (page.length <= limit) return { page };
    const shown = page.slice(0, limit);
    return { page: shown, next: shown.at(-1)!.id };
  }
}

function isCancelledByCondition(error: unknown): boolean {
  if (isConditionFailure(error)) return true;
  const { name, CancellationReasons } = error as { name?: string; CancellationReasons?: { Code?: string }[] };
  return name === 'TransactionCanceledException' && (CancellationReasons ?? []).some((r) => r.Code === 'ConditionalCheckFailed');
}
