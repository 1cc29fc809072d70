import { ItemStore } from '../../platform/dynamodb/item-store.js';
import { EnvironmentTable, type DynamoTable } from '../../platform/dynamodb/dynamo-table.js';
import { type EmailStatus, type NotificationPreference, preferenceOf } from '../domain/preferences.js';

/**
 * Each person's choice, next to their inbox (`INBOX#<sub>` / `PREFERENCES`),
 * and the addresses mail no longer reaches (`EMAIL#<address>` / `SUPPRESSED`),
 * written by the bounce handler from what SES reports.
 */
export interface StoredPreference extends NotificationPreference {
  readonly updatedAt?: string;
}

export interface Suppression {
  readonly reason: 'bounce' | 'complaint';
  readonly at: string;
}

const preferenceKey = (sub: string) => ({ pk: `INBOX#${sub}`, sk: 'PREFERENCES' });
const suppressionKey = (email: string) => ({ pk: `EMAIL#${email.trim().toLowerCase()}`, sk: 'SUPPRESSED' });

export class PreferenceStore {
  private readonly items: ItemStore;

  constructor(table: DynamoTable = EnvironmentTable) {
    this.items = new ItemStore(table);
  }

  /** The person's choice, or the default when they never chose. */
  async preferenceOf(sub: string): Promise<StoredPreference> {
    const { pk, sk } = preferenceKey(sub);
    const stored = await this.items.get<StoredPreference>(pk, sk);
    return { ...preferenceOf(stored), ...(stored?.updatedAt ? { updatedAt: stored.updatedAt } : {}) };
  }

  async save(sub: string, preference: NotificationPreference, now: Date): Promise<StoredPreference> {
    const { pk, sk } = preferenceKey(sub);
    const stored: StoredPreference = { emailDelivery: preference.emailDelivery, language: preference.language, updatedAt: now.toISOString() };
    await this.items.put(pk, sk, { ...stored });
    return stored;
  }

  async emailStatus(email: string): Promise<EmailStatus> {
    const { pk, sk } = suppressionKey(email);
    return (await this.items.get(pk, sk)) ? 'suppressed' : 'ok';
  }

  async suppress(email: string, suppression: Suppression): Promise<void> {
    const { pk, sk } = suppressionKey(email);
    await this.items.put(pk, sk, { ...suppression });
  }
}
