import type { UserStore } from '../../admin/store/user-store.js';
import { CognitoUserStore } from '../../admin/store/cognito-user-store.js';
import { LocalUserStore } from '../../admin/store/local-user-store.js';
import type { Role } from '../../platform/auth/actor.js';
import { EnvNames } from '../../platform/env-names.js';
import type { Person, Recipients } from '../domain/recipients.js';

/** More people than one organisation has; the store reads in pages up to it. */
const MAX_PER_ORGANISATION = 2_000;

/**
 * The people of an organisation from the product's user store (the
 * administration context's): enabled accounts with an address, of the roles
 * asked for. The store is Cognito's user pool in AWS and the local user store
 * (the accounts the local sign-in lists) on one machine.
 */
export class UserStoreRecipients implements Recipients {
  constructor(private readonly users: UserStore) {}

  async usersOf(org: string, roles?: readonly Role[]): Promise<readonly Person[]> {
    const { items } = await this.users.listForOrgs([org], MAX_PER_ORGANISATION);
    return items
      .filter((a) => a.enabled && a.email.includes('@') && a.org === org && (!roles || roles.includes(a.role)))
      .map((a) => ({ sub: a.sub, name: a.name, email: a.email, org: a.org, role: a.role }));
  }
}

/** The user store as the administration routes choose it: the user pool when one is configured, else the local store. */
export function productRecipients(): Recipients {
  const pool = process.env[EnvNames.userPoolId];
  return new UserStoreRecipients(pool ? new CognitoUserStore(pool) : new LocalUserStore());
}
