import { fromAttributes, queryPages, toAttributes } from '../../platform/dynamodb/dynamo.js';
import { EnvironmentTable, type DynamoTable } from '../../platform/dynamodb/dynamo-table.js';
import { type TransactionPut, writeAll } from '../../platform/dynamodb/transaction.js';
import type { AuditEntry } from '../domain/audit-entry.js';

const partition = (publicBody: string) => `AUDIT#${publicBody}`;
const sortKey = (entry: Pick<AuditEntry, 'at' | 'id'>) => `${entry.at}#${entry.id}`;

/**
 * A public body's audit log: pk AUDIT#<body>, sk <at>#<id>, never rewritten.
 * An entry is written in the same transaction as the change it records when
 * the change is in the table; after it when the change is in Cognito.
 */
export class AuditLog {
  constructor(private readonly table: DynamoTable = EnvironmentTable) {}

  /** The entry as a write of a transaction. */
  writeOf(entry: AuditEntry): TransactionPut {
    return { item: { pk: partition(entry.publicBody), sk: sortKey(entry), entry }, condition: 'attribute_not_exists(pk)' };
  }

  async append(entry: AuditEntry, also: readonly TransactionPut[] = []): Promise<void> {
    await writeAll([this.writeOf(entry), ...also], this.table);
  }

  /** Newest first; `before` is the `next` of the page before. */
  async page(publicBody: string, page: { before?: string; limit: number }): Promise<{ items: AuditEntry[]; next?: string }> {
    const items: AuditEntry[] = [];
    const values: Record<string, unknown> = { ':pk': partition(publicBody), ...(page.before ? { ':before': page.before } : {}) };
    let more = false;
    for await (const rows of queryPages(
      () => ({
        TableName: this.table.name(),
        KeyConditionExpression: page.before ? 'pk = :pk AND sk < :before' : 'pk = :pk',
        ExpressionAttributeValues: toAttributes(values),
        ScanIndexForward: false,
        Limit: page.limit + 1 - items.length,
      }),
      this.table,
    )) {
      for (const row of rows) items.push(fromAttributes<{ entry: AuditEntry }>(row).entry);
      if (items.length > page.limit) {
        more = true;
        break;
      }
    }
    const shown = items.slice(0, page.limit);
    const last = shown.at(-1);
    return { items: shown, ...(more && last ? { next: sortKey(last) } : {}) };
  }
}
