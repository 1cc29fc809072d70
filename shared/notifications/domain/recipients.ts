import type { Role } from '../../platform/auth/actor.js';

/** A person who can be told: who they are, where mail reaches them, and what they act for. */
export interface Person {
  readonly sub: string;
  readonly name: string;
  readonly email: string;
  readonly org: string;
  readonly role: Role;
}

/**
 * Who the people of an organisation are. A notification names organisations
 * and roles; the user store knows the people. Narrow on purpose: any user
 * store (Cognito, a table) can answer it.
 */
export interface Recipients {
  /** The enabled users of `org` with an e-mail address, of the given roles (every role when absent). */
  usersOf(org: string, roles?: readonly Role[]): Promise<readonly Person[]>;
}
