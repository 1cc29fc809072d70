import { describe, expect, it } from 'vitest';
import type { UserAccount } from '../../../shared/admin/domain/user-account.js';
import type { UserStore } from '../../../shared/admin/store/user-store.js';
import { UserStoreRecipients } from '../../../shared/notifications/store/user-store-recipients.js';

const account = (sub: string, extra: Partial<UserAccount> = {}): UserAccount => ({
  sub,
  email: `${sub}@example.org`,
  name: `Person ${sub}`,
  role: 'civil',
  org: 'org-a',
  enabled: true,
  createdAt: '2027-01-01T00:00:00.000Z',
  ...extra,
});

/** A user store that holds these accounts and answers as both implementations do. */
function storeOf(accounts: readonly UserAccount[]): UserStore & { asked: string[][] } {
  const asked: string[][] = [];
  return {
    asked,
    listForOrgs: async (orgs, limit) => {
      asked.push([...orgs]);
      const items = accounts.filter((a) => orgs.includes(a.org));
      return { items: items.slice(0, limit), more: items.length > limit };
    },
    invite: async () => {
      throw new Error('not used');
    },
    get: async (sub) => accounts.find((a) => a.sub === sub),
    setRole: async () => undefined,
    setEnabled: async () => undefined,
  };
}

describe('the people to tell, from the user store', () => {
  const store = storeOf([
    account('a1'),
    account('a2', { role: 'healthcare' }),
    account('off', { enabled: false }),
    account('noaddress', { email: '' }),
    account('b1', { org: 'org-b', role: 'approver' }),
  ]);
  const recipients = new UserStoreRecipients(store);

  it('are the enabled accounts of the organisation that have an address', async () => {
    expect((await recipients.usersOf('org-a')).map((p) => p.sub)).toEqual(['a1', 'a2']);
    expect(store.asked.at(-1)).toEqual(['org-a']);
  });

  it('are only those of the roles asked for, with what a message needs', async () => {
    expect(await recipients.usersOf('org-b', ['approver'])).toEqual([
      { sub: 'b1', name: 'Person b1', email: 'b1@example.org', org: 'org-b', role: 'approver' },
    ]);
    expect(await recipients.usersOf('org-a', ['approver'])).toEqual([]);
  });
});
