import type { Role } from '../../platform/auth/actor.js';
import type { Invitation, UserAccount } from '../domain/user-account.js';

/**
 * The people who can sign in, behind one interface with two implementations:
 * Cognito's user pool in AWS (CognitoUserStore) and, locally, the user store
 * in the table that the local sign-in page lists (LocalUserStore).
 */
export interface UserStore {
  /** Creates the account and sends the invitation; an e-mail already in use is a ConflictError. */
  invite(invitation: Invitation, now: Date): Promise<UserAccount>;
  get(sub: string): Promise<UserAccount | undefined>;
  /** The accounts of these organisations, at most `limit` (`more` when there are others). */
  listForOrgs(orgs: readonly string[], limit: number): Promise<{ items: UserAccount[]; more: boolean }>;
  setRole(sub: string, role: Role): Promise<void>;
  setEnabled(sub: string, enabled: boolean): Promise<void>;
}
