import type { LocalPoolUser } from '../engines/cognito/local-user-pool.js';
import type { DemoUser } from './demo-users.js';

/** "Sara Lindqvist" → "sara.lindqvist": letters a–z only, as an address's local part is safest. */
function localPart(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.+|\.+$/g, '');
}

/**
 * A demo user's e-mail address, under the reserved `.example` domain so no
 * message could ever reach a real mailbox: sara.lindqvist@angereds-narsjukhus.example.
 */
export const demoMailAddress = (user: Pick<DemoUser, 'name' | 'org'>): string => `${localPart(user.name) || 'user'}@${user.org}.example`;

/** The demo users as the local user pool lists them. */
export const demoPoolUsers = (users: readonly DemoUser[]): LocalPoolUser[] =>
  users.map((u) => ({ sub: u.sub, name: u.name, email: demoMailAddress(u), org: u.org, role: u.role }));
