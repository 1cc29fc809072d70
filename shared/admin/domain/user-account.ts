import type { Actor, Role } from '../../platform/auth/actor.js';
import { RuleViolationError } from '../../platform/errors/domain-errors.js';

/** A person who can sign in: their role and the one organisation they act for (custom:role, custom:org). */
export interface UserAccount {
  readonly sub: string;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly org: string;
  readonly enabled: boolean;
  readonly createdAt: string;
}

export interface Invitation {
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly org: string;
}

/** An administrator may not take away their own access: another administrator must do that. */
export function checkNotSelf(actor: Actor, sub: string): void {
  if (actor.sub === sub) {
    const en = 'You cannot change your own role or disable yourself; ask another administrator.';
    const sv = 'Du kan inte ändra din egen roll eller stänga av ditt eget konto. Be en annan administratör.';
    throw new RuleViolationError([{ path: '(body)', message: en, text: { sv, en } }]);
  }
}
