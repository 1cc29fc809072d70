import { ItemStore } from '../../platform/dynamodb/item-store.js';
import { EnvironmentTable, type DynamoTable } from '../../platform/dynamodb/dynamo-table.js';
import type { TransactionPut } from '../../platform/dynamodb/transaction.js';
import type { UserAccount } from '../domain/user-account.js';

const partition = (org: string) => `MEMBERS#${org}`;
const sortKey = (sub: string) => `USER#${sub}`;

/**
 * Who belongs to which organisation, one item per account (pk MEMBERS#<org>,
 * sk USER#<sub>) holding what a list or a message needs of it: name, e-mail,
 * role, whether it is enabled. Cognito's ListUsers cannot filter on a custom
 * attribute, so without these the people of one organisation would be a read
 * of the whole pool; with them they are one Query. Both user stores write them
 * on every invitation and change (the account itself stays in Cognito, or in
 * the local user store); administration and notifications read them.
 */
export class Memberships {
  private readonly items: ItemStore;

  constructor(private readonly table: DynamoTable = EnvironmentTable) {
    this.items = new ItemStore(table);
  }

  /** The account's membership as a write of a transaction (overwrites the one before). */
  writeOf(account: UserAccount): TransactionPut {
    return { item: { pk: partition(account.org), sk: sortKey(account.sub), account: { ...account } } };
  }

  async put(account: UserAccount): Promise<void> {
    await this.items.put(partition(account.org), sortKey(account.sub), { account: { ...account } });
  }

  /** The accounts of these organisations, one Query each, at most `limit` (`more` when there are others). */
  async ofOrgs(orgs: readonly string[], limit: number): Promise<{ items: UserAccount[]; more: boolean }> {
    const pages = await Promise.all([...new Set(orgs)].map((org) => this.items.query<{ account: UserAccount }>(partition(org), { limit: limit + 1 })));
    const found = pages.flat().map((i) => i.account);
    return { items: found.slice(0, limit), more: found.length > limit };
  }

  tableOf(): DynamoTable {
    return this.table;
  }
}
