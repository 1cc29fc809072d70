import type { Role } from '../../shared/platform/auth/actor.js';

/** A seeded person the local sign-in offers (POST /dev/token takes the same fields). */
export interface DemoUser {
  readonly sub: string;
  readonly name: string;
  readonly role: Role;
  readonly org: string;
  /** Organisation name and a line on what this user does, for the sign-in picker. */
  readonly orgName: string;
  readonly description: { readonly sv: string; readonly en: string };
}
