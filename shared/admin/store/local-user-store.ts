import { randomUUID } from 'node:crypto';
import type { Role } from '../../platform/auth/actor.js';
import { ItemStore } from '../../platform/dynamodb/item-store.js';
import { EnvironmentTable, type DynamoTable } from '../../platform/dynamodb/dynamo-table.js';
import { writeAll } from '../../platform/dynamodb/transaction.js';
import { ConflictError, NotFoundError } from '../../platform/errors/domain-errors.js';
import type { Invitation, UserAccount } from '../domain/user-account.js';
import { Memberships } from './memberships.js';
import type { UserStore } from './user-store.js';

/** A local account: the account, and for the sign-in page a line on what the person does. */
export interface LocalUser extends UserAccount {
  readonly orgName?: string;
  readonly description?: { readonly sv: string; readonly en: string };
}

const Index = 'LOCALUSERS';
/** The account without what only the local sign-in page shows. */
const accountOf = ({ orgName: _o, description: _d, ...account }: LocalUser): UserAccount => account;
const userKey = (sub: string) => ({ pk: `LOCALUSER#${sub}`, sk: 'USER' });
const emailKey = (email: string) => ({ pk: `LOCALUSEREMAIL#${email.toLowerCase()}`, sk: 'USER' });

/**
 * The local runtime's user store, in the table so it survives a restart like
 * the rest of local state: what Cognito's user pool is in AWS. The local
 * sign-in page lists its enabled users; an invitation is an account at once
 * (there is no e-mail to follow locally).
 */
export class LocalUserStore implements UserStore {
  private readonly items: ItemStore;
  private readonly memberships: Memberships;

  constructor(private readonly table: DynamoTable = EnvironmentTable) {
    this.items = new ItemStore(table);
    this.memberships = new Memberships(table);
  }

  async invite(invitation: Invitation, now: Date): Promise<UserAccount> {
    const account: UserAccount = {
      sub: `local-${randomUUID()}`,
      ...invitation,
      email: invitation.email.toLowerCase(),
      enabled: true,
      createdAt: now.toISOString(),
    };
    const taken = () => new ConflictError({ sv: `Det finns redan ett konto för ${account.email}.`, en: `There is already an account for ${account.email}.` });
    await writeAll(
      [
        { item: { ...emailKey(account.email), sub: account.sub }, condition: 'attribute_not_exists(pk)', conflict: taken },
        { item: this.itemOf(account), condition: 'attribute_not_exists(pk)' },
        this.memberships.writeOf(account),
      ],
      this.table,
    );
    return account;
  }

  /** A demo user of the seed, unless the account exists already (a restart keeps what an administrator changed). */
  async seed(user: LocalUser): Promise<void> {
    const existing = await this.get(user.sub);
    // An account from before memberships were kept gets its membership now.
    if (existing) return this.memberships.put(accountOf(existing));
    await writeAll([{ item: { ...emailKey(user.email), sub: user.sub } }, { item: this.itemOf(user) }, this.memberships.writeOf(accountOf(user))], this.table);
  }

  async get(sub: string): Promise<LocalUser | undefined> {
    const { pk, sk } = userKey(sub);
    return (await this.items.get<{ account: LocalUser }>(pk, sk))?.account;
  }

  async listForOrgs(orgs: readonly string[], limit: number): Promise<{ items: UserAccount[]; more: boolean }> {
    return this.memberships.ofOrgs(orgs, limit);
  }

  /** Every account, for the local sign-in page (a handful locally; never on a request path in AWS). */
  async all(limit = 500): Promise<LocalUser[]> {
    return (await this.items.query<{ account: LocalUser }>(Index, { index: 'gsi2', limit })).map((i) => i.account);
  }

  async setRole(sub: string, role: Role): Promise<void> {
    await this.change(sub, { role });
  }

  async setEnabled(sub: string, enabled: boolean): Promise<void> {
    await this.change(sub, { enabled });
  }

  private async change(sub: string, changes: Partial<UserAccount>): Promise<void> {
    const account = await this.get(sub);
    if (!account) throw new NotFoundError({ sv: 'Vi hittar ingen sådan användare.', en: `No user ${sub}.` });
    const changed = { ...account, ...changes };
    await writeAll([{ item: this.itemOf(changed) }, this.memberships.writeOf(accountOf(changed))], this.table);
  }

  private itemOf(account: LocalUser) {
    return { ...userKey(account.sub), gsi2pk: Index, gsi2sk: `${account.org}#${account.sub}`, account };
  }
}
