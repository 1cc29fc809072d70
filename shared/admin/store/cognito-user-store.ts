import {
  AdminCreateUserCommand,
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  AdminUpdateUserAttributesCommand,
  AdminUserGlobalSignOutCommand,
  CognitoIdentityProviderClient,
  ListUsersCommand,
  type AttributeType,
  type UserType,
} from '@aws-sdk/client-cognito-identity-provider';
import { isRole, type Role } from '../../platform/auth/actor.js';
import { ConflictError, NotFoundError } from '../../platform/errors/domain-errors.js';
import type { Invitation, UserAccount } from '../domain/user-account.js';
import type { UserStore } from './user-store.js';

/** The custom attributes of the user pool (infra/platform/auth.ts), as Cognito names them. */
const RoleAttribute = 'custom:role';
const OrgAttribute = 'custom:org';
/** ListUsers answers at most 60 a page; an administrator's list reads at most this many pages. */
const PageSize = 60;
const MaxPages = 50;

const attribute = (attributes: readonly AttributeType[] | undefined, name: string): string | undefined => attributes?.find((a) => a.Name === name)?.Value;

function accountOf(user: UserType): (UserAccount & { username: string }) | undefined {
  const attrs = user.Attributes;
  const role = attribute(attrs, RoleAttribute);
  const sub = attribute(attrs, 'sub');
  if (!sub || !isRole(role)) return undefined;
  return {
    username: user.Username ?? sub,
    sub,
    email: attribute(attrs, 'email') ?? '',
    name: attribute(attrs, 'name') ?? attribute(attrs, 'email') ?? sub,
    role,
    org: attribute(attrs, OrgAttribute) ?? '',
    enabled: user.Enabled ?? false,
    createdAt: (user.UserCreateDate ?? new Date(0)).toISOString(),
  };
}

/**
 * The users of the Cognito user pool. An invitation is AdminCreateUser with
 * the role and organisation as custom attributes: Cognito e-mails a temporary
 * password, and the person chooses their own at first sign-in. Disabling also
 * signs the person out everywhere (their refresh tokens stop working).
 */
export class CognitoUserStore implements UserStore {
  constructor(
    private readonly userPoolId: string,
    private readonly client: CognitoIdentityProviderClient = new CognitoIdentityProviderClient({}),
  ) {}

  async invite(invitation: Invitation, _now: Date): Promise<UserAccount> {
    try {
      const out = await this.client.send(
        new AdminCreateUserCommand({
          UserPoolId: this.userPoolId,
          Username: invitation.email.toLowerCase(),
          DesiredDeliveryMediums: ['EMAIL'],
          UserAttributes: [
            { Name: 'email', Value: invitation.email.toLowerCase() },
            { Name: 'email_verified', Value: 'true' },
            { Name: 'name', Value: invitation.name },
            { Name: RoleAttribute, Value: invitation.role },
            { Name: OrgAttribute, Value: invitation.org },
          ],
        }),
      );
      const account = out.User && accountOf(out.User);
      if (!account) throw new Error('Cognito created a user without a sub or role');
      const { username: _u, ...rest } = account;
      return rest;
    } catch (error) {
      if ((error as { name?: string }).name === 'UsernameExistsException') throw new ConflictError(`There is already an account for ${invitation.email}.`);
      throw error;
    }
  }

  async get(sub: string): Promise<UserAccount | undefined> {
    const found = await this.find(sub);
    if (!found) return undefined;
    const { username: _u, ...rest } = found;
    return rest;
  }

  async listForOrgs(orgs: readonly string[], limit: number): Promise<{ items: UserAccount[]; more: boolean }> {
    // ListUsers filters on standard attributes only, so the organisation is matched here.
    const wanted = new Set(orgs);
    const items: UserAccount[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const out = await this.client.send(new ListUsersCommand({ UserPoolId: this.userPoolId, Limit: PageSize, PaginationToken: token }));
      for (const user of out.Users ?? []) {
        const account = accountOf(user);
        if (account && wanted.has(account.org)) {
          const { username: _u, ...rest } = account;
          items.push(rest);
        }
      }
      token = out.PaginationToken;
      pages++;
    } while (token && items.length <= limit && pages < MaxPages);
    return { items: items.slice(0, limit), more: items.length > limit || token !== undefined };
  }

  async setRole(sub: string, role: Role): Promise<void> {
    const user = await this.mustFind(sub);
    await this.client.send(
      new AdminUpdateUserAttributesCommand({ UserPoolId: this.userPoolId, Username: user.username, UserAttributes: [{ Name: RoleAttribute, Value: role }] }),
    );
  }

  async setEnabled(sub: string, enabled: boolean): Promise<void> {
    const user = await this.mustFind(sub);
    const target = { UserPoolId: this.userPoolId, Username: user.username };
    if (enabled) {
      await this.client.send(new AdminEnableUserCommand(target));
      return;
    }
    await this.client.send(new AdminDisableUserCommand(target));
    await this.client.send(new AdminUserGlobalSignOutCommand(target));
  }

  private async find(sub: string) {
    // `sub` is one of the attributes ListUsers can filter on; the value is quoted.
    const out = await this.client.send(new ListUsersCommand({ UserPoolId: this.userPoolId, Filter: `sub = "${sub.replace(/["\\]/g, '')}"`, Limit: 1 }));
    const user = out.Users?.[0];
    return user && accountOf(user);
  }

  private async mustFind(sub: string) {
    const user = await this.find(sub);
    if (!user) throw new NotFoundError(`No user ${sub}.`);
    return user;
  }
}
