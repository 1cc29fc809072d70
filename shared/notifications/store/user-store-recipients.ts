import type { UserStore } from '../../admin/store/user-store.js';
import { Memberships } from '../../admin/store/memberships.js';
import type { Role } from '../../platform/auth/actor.js';
import type { Person, Recipients } from '../domain/recipients.js';

/** More people than one organisation has; the store reads in pages up to it. */
const MAX_PER_ORGANISATION = 2_000;

/**
 * The people of an organisation from the product's user store (the
 * administration context's): enabled accounts with an address, of the roles
 * asked for. Only the listing is needed, and it is one Query of the
 * organisation's memberships in the table, whichever store wrote them.
 */
export class UserStoreRecipients implements Recipients {
  constructor(private readonly users: Pick<UserStore, 'listForOrgs'>) {}

  async usersOf(org: string, roles?: readonly Role[]): Promise<readonly Person[]> {
    const { items } = await this.users.listForOrgs([org], MAX_PER_ORGANISATION);
    return items
      .filter((a) => a.enabled && a.email.includes('@') && a.org === org && (!roles || roles.includes(a.role)))
      .map((a) => ({ sub: a.sub, name: a.name, email: a.email, org: a.org, role: a.role }));
  }
}

/**
 * The recipients of a notification in AWS and locally alike: the memberships
 * both user stores (Cognito's and the local one) keep in the table, so an
 * event never reads the user pool.
 */
export function productRecipients(): Recipients {
  const memberships = new Memberships();
  return new UserStoreRecipients({ listForOrgs: (orgs, limit) => memberships.ofOrgs(orgs, limit) });
}
