import type { Actor, Role } from '../../platform/auth/actor.js';
import { RuleViolationError } from '../../platform/errors/domain-errors.js';
import { type Organisation, publicBodyOf } from '../../platform/organisations/organisation.js';

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

/** The roles a public body's administrator gives its own people; civil-society users belong to no body. */
export const BodyRoles = ['healthcare', 'approver', 'procurement', 'admin'] as const satisfies readonly Role[];

/** Whether a user of `org` is one this administrator manages: the organisation is their body or one of its units. */
export function managesOrganisation(actor: Actor, org: Organisation | undefined): boolean {
  return actor.role === 'admin' && actor.publicBody !== undefined && publicBodyOf(org) === actor.publicBody;
}

/** The role and organisation of an invitation or a change, checked against the administrator's body. */
export function checkRoleAndOrganisation(actor: Actor, role: Role, org: Organisation | undefined, orgId: string): void {
  if (!managesOrganisation(actor, org)) {
    throw new RuleViolationError(
      [{ path: 'org', message: `${org?.name ?? orgId} is not your public body or one of its units.` }],
      'You invite people of your own public body only.',
    );
  }
  if (!(BodyRoles as readonly Role[]).includes(role)) {
    throw new RuleViolationError(
      [{ path: 'role', message: `A public body's people are healthcare, approver, procurement or admin users, not ${role}.` }],
      'That role is not one a public body gives.',
    );
  }
  if (role === 'healthcare' && org?.kind !== 'unit') {
    throw new RuleViolationError([{ path: 'role', message: 'Healthcare staff belong to a unit (a närsjukhus, a vårdcentral), not to the body itself.' }]);
  }
}

/** An administrator may not take away their own access: another administrator must do that. */
export function checkNotSelf(actor: Actor, sub: string): void {
  if (actor.sub === sub)
    throw new RuleViolationError([{ path: '(body)', message: 'You cannot change your own role or disable yourself; ask another administrator.' }]);
}
