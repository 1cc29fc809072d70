import {
  AdminCreateUserCommand,
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  AdminUpdateUserAttributesCommand,
  AdminUserGlobalSignOutCommand,
  CognitoIdentityProviderClient,
  ListUsersCommand,
  type AdminCreateUserCommandOutput,
  type AttributeType,
  type UserType,
} from '@aws-sdk/client-cognito-identity-provider';
import { isRole, type Role } from '../../platform/auth/actor.js';
import { ConflictError, NotFoundError, RuleViolationError } from '../../platform/errors/domain-errors.js';
import type { Invitation, UserAccount } from '../domain/user-account.js';
import { Memberships } from './memberships.js';
import type { UserStore } from './user-store.js';

/** The custom attributes of the user pool (infra/platform/auth.ts), as Cognito names them. */
const RoleAttribute = 'custom:role';
const OrgAttribute = 'custom:org';
/** ListUsers answers at most 60 a page. */
const PageSize = 60;

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

/** An account without Cognito's username, as the membership keeps it. */
const membershipOf = ({ username: _u, ...account }: UserAccount & { username: string }): UserAccount => account;

/**
 * Cognito's refusals in the domain's terms (a problem with a status the client
 * can act on); anything else is a fault and stays as it is.
 */
export function cognitoError(error: unknown, email?: string): unknown {
  const name = (error as { name?: string }).name;
  const who = email ?? 'this address';
  if (name === 'UsernameExistsException' || name === 'AliasExistsException')
    return new ConflictError({ sv: `Det finns redan ett konto för ${who}.`, en: `There is already an account for ${who}.` });
  if (name === 'UserNotFoundException') return new NotFoundError({ sv: 'Vi hittar ingen sådan användare.', en: 'No such user in the user pool.' });
  if (name === 'InvalidParameterException')
    return new RuleViolationError(
      [
        {
          path: 'email',
          message: 'The user pool does not accept this address or name.',
          text: {
            sv: 'Adressen eller namnet godtas inte. Kontrollera att e-postadressen är rätt skriven.',
            en: 'The user pool does not accept this address or name.',
          },
        },
      ],
      {
        sv: 'Användarpoolen godtar inte adressen eller namnet.',
        en: 'The user pool does not accept the address or the name.',
      },
    );
  return error;
}

/**
 * The users of the Cognito user pool. An invitation is AdminCreateUser with
 * the role and organisation as custom attributes: Cognito e-mails a temporary
 * password, and the person chooses their own at first sign-in. Disabling also
 * signs the person out everywhere (their refresh tokens stop working).
 *
 * The pool is the truth about an account; who belongs to which organisation is
 * also kept in the table (Memberships), written after each change here, so
 * that listing an organisation's people is a Query and not a read of the pool.
 */
export class CognitoUserStore implements UserStore {
  constructor(
    private readonly userPoolId: string,
    private readonly client: CognitoIdentityProviderClient = new CognitoIdentityProviderClient({}),
    private readonly memberships: Memberships = new Memberships(),
  ) {}

  async invite(invitation: Invitation, _now: Date): Promise<UserAccount> {
    try {
      const out: AdminCreateUserCommandOutput = await this.client.send(
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
      await this.memberships.put(rest);
      return rest;
    } catch (error) {
      throw cognitoError(error, invitation.email);
    }
  }

  async get(sub: string): Promise<UserAccount | undefined> {
    const found = await this.find(sub);
    if (!found) return undefined;
    const { username: _u, ...rest } = found;
    return rest;
  }

  /** From the memberships in the table: one Query per organisation, never a read of the pool. */
  async listForOrgs(orgs: readonly string[], limit: number): Promise<{ items: UserAccount[]; more: boolean }> {
    return this.memberships.ofOrgs(orgs, limit);
  }

  async setRole(sub: string, role: Role): Promise<void> {
    const user = await this.mustFind(sub);
    await this.call((c) =>
      c.send(
        new AdminUpdateUserAttributesCommand({ UserPoolId: this.userPoolId, Username: user.username, UserAttributes: [{ Name: RoleAttribute, Value: role }] }),
      ),
    );
    await this.memberships.put(membershipOf({ ...user, role }));
  }

  async setEnabled(sub: string, enabled: boolean): Promise<void> {
    const user = await this.mustFind(sub);
    const target = { UserPoolId: this.userPoolId, Username: user.username };
    if (enabled) {
      await this.call((c) => c.send(new AdminEnableUserCommand(target)));
    } else {
      await this.call((c) => c.send(new AdminDisableUserCommand(target)));
      await this.call((c) => c.send(new AdminUserGlobalSignOutCommand(target)));
    }
    await this.memberships.put(membershipOf({ ...user, enabled }));
  }

  /**
   * Writes the membership of every account of the pool that has an
   * organisation: once, for a pool whose accounts were made before memberships
   * were kept (or by hand in the console). A put overwrites, so running it again
   * does no harm. `dryRun` reads the pool and writes nothing; `onEach` hears of
   * each membership (written, or that would be). Run by infra/ops/backfill-memberships.ts.
   */
  async backfillMemberships(options: { dryRun?: boolean; onEach?: (membership: UserAccount) => void } = {}): Promise<number> {
    let token: string | undefined;
    let count = 0;
    do {
      const out = await this.call((c) => c.send(new ListUsersCommand({ UserPoolId: this.userPoolId, Limit: PageSize, PaginationToken: token })));
      for (const user of out.Users ?? []) {
        const account = accountOf(user);
        if (!account?.org) continue;
        const membership = membershipOf(account);
        if (!options.dryRun) await this.memberships.put(membership);
        options.onEach?.(membership);
        count++;
      }
      token = out.PaginationToken;
    } while (token);
    return count;
  }

  /** A Cognito call, its errors in the domain's terms. */
  private async call<T>(run: (client: CognitoIdentityProviderClient) => Promise<T>): Promise<T> {
    try {
      return await run(this.client);
    } catch (error) {
      throw cognitoError(error);
    }
  }

  private async find(sub: string) {
    // `sub` is one of the attributes ListUsers can filter on; the value is quoted.
    const out = await this.call((c) => c.send(new ListUsersCommand({ UserPoolId: this.userPoolId, Filter: `sub = "${sub.replace(/["\\]/g, '')}"`, Limit: 1 })));
    const user = out.Users?.[0];
    return user && accountOf(user);
  }

  private async mustFind(sub: string) {
    const user = await this.find(sub);
    if (!user) throw new NotFoundError({ sv: 'Vi hittar ingen sådan användare.', en: `No user ${sub}.` });
    return user;
  }
}
