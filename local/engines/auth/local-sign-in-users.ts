import type { Role } from '../../../shared/platform/auth/actor.js';
import { LocalUserStore, type LocalUser } from '../../../shared/admin/store/local-user-store.js';
import { StoredOrganisations } from '../../../shared/platform/organisations/organisation-directory.js';
import type { DemoUser } from '../../runtime/demo-users.js';

/** What the sign-in page says about a person an administrator invited, by their role. */
const InvitedAs: Readonly<Record<Role, { readonly sv: string; readonly en: string }>> = {
  healthcare: { sv: 'Inbjuden vårdpersonal', en: 'Invited healthcare staff' },
  civil: { sv: 'Inbjuden användare för en idéburen organisation', en: 'Invited user of a non-profit organisation' },
  approver: { sv: 'Inbjuden beslutsfattare', en: 'Invited decision-maker' },
  procurement: { sv: 'Inbjuden upphandlare', en: 'Invited procurement officer' },
  admin: { sv: 'Inbjuden administratör', en: 'Invited administrator' },
};

/** A demo user's e-mail address (example.org is reserved for examples). */
export const demoEmail = (sub: string): string => `${sub}@example.org`;

/**
 * The local sign-in's people: the seeded demo users and whoever an
 * administrator has invited since, from the local user store (in the table,
 * so they survive a restart). A disabled account is not offered.
 */
export class LocalSignInUsers {
  constructor(
    private readonly demoUsers: readonly DemoUser[],
    private readonly store = new LocalUserStore(),
    private readonly registry = new StoredOrganisations(),
  ) {}

  /** Puts each demo user into the store unless it is there already (an administrator may have disabled one). */
  async seed(now: Date): Promise<void> {
    for (const user of this.demoUsers) {
      const account: LocalUser = { ...user, email: demoEmail(user.sub), enabled: true, createdAt: now.toISOString() };
      await this.store.seed(account);
    }
  }

  /** Enabled accounts: demo users in their seed order, then the invited ones, oldest first. */
  async list(): Promise<DemoUser[]> {
    const order = new Map(this.demoUsers.map((u, i) => [u.sub, i]));
    const accounts = (await this.store.all()).filter((a) => a.enabled);
    accounts.sort(
      (a, b) => (order.get(a.sub) ?? Number.MAX_SAFE_INTEGER) - (order.get(b.sub) ?? Number.MAX_SAFE_INTEGER) || a.createdAt.localeCompare(b.createdAt),
    );
    return Promise.all(
      accounts.map(async (a) => ({
        sub: a.sub,
        name: a.name,
        role: a.role,
        org: a.org,
        orgName: a.orgName ?? (await this.registry.get(a.org))?.name ?? a.org,
        description: order.has(a.sub) && a.description ? a.description : InvitedAs[a.role],
      })),
    );
  }
}
