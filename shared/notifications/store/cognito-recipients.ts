import { ListUsersCommand, type UserType } from '@aws-sdk/client-cognito-identity-provider';
import { isRole, type Role } from '../../platform/auth/actor.js';
import { EnvNames, requireEnv } from '../../platform/env-names.js';
import { cognitoClient } from '../aws-clients.js';
import type { Person, Recipients } from '../domain/recipients.js';

/** How long one listing of the pool answers: a notification names a few organisations, read in one go. */
const CACHE_MS = 60_000;

/**
 * The people of an organisation from the Cognito user pool: users with
 * `custom:org`, `custom:role`, `email` and `name`. ListUsers cannot filter on
 * custom attributes, so the enabled users are listed (60 a page) and filtered
 * here; the listing is kept a minute so one batch of notifications lists the
 * pool once. Fine for the hundreds of users a region has; a pool of many
 * thousands would want a user store indexed by organisation.
 */
export class CognitoRecipients implements Recipients {
  private cached: { readonly at: number; readonly people: Promise<readonly Person[]> } | undefined;

  constructor(
    private readonly userPoolId: () => string = () => requireEnv(EnvNames.userPoolId),
    private readonly now: () => number = Date.now,
  ) {}

  async usersOf(org: string, roles?: readonly Role[]): Promise<readonly Person[]> {
    const people = await this.everyone();
    return people.filter((p) => p.org === org && (!roles || roles.includes(p.role)));
  }

  private everyone(): Promise<readonly Person[]> {
    if (!this.cached || this.now() - this.cached.at > CACHE_MS) {
      const people = this.list();
      this.cached = { at: this.now(), people };
      // A failed listing is not kept: the next call tries again.
      people.catch(() => (this.cached = undefined));
    }
    return this.cached.people;
  }

  private async list(): Promise<readonly Person[]> {
    const people: Person[] = [];
    let token: string | undefined;
    do {
      const out = await cognitoClient().send(
        new ListUsersCommand({ UserPoolId: this.userPoolId(), Filter: 'status = "Enabled"', Limit: 60, PaginationToken: token }),
      );
      for (const user of out.Users ?? []) {
        const person = personOf(user);
        if (person) people.push(person);
      }
      token = out.PaginationToken;
    } while (token);
    return people;
  }
}

/** A user with what a message needs, or undefined when something is missing (no address, no organisation). */
export function personOf(user: UserType): Person | undefined {
  const attributes = Object.fromEntries((user.Attributes ?? []).map((a) => [a.Name ?? '', a.Value ?? '']));
  const { sub, email, name } = attributes;
  const org = attributes['custom:org'];
  const role = attributes['custom:role'];
  if (user.Enabled === false || !sub || !email || !org || !isRole(role)) return undefined;
  return { sub, email, name: name || email, org, role };
}
