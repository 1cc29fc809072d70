/**
 * Who is acting: the claims of the verified ID token (Cognito shape), as the
 * JWT authorizer hands them to the handler. A user acts for one organisation.
 */
export const Roles = {
  healthcare: 'healthcare',
  civil: 'civil',
  approver: 'approver',
  procurement: 'procurement',
  admin: 'admin',
} as const;
export type Role = (typeof Roles)[keyof typeof Roles];
export const RoleList = Object.values(Roles) as readonly Role[];

export interface Actor {
  readonly sub: string;
  readonly name: string;
  readonly role: Role;
  /** Organisation id the user acts for (custom:org). */
  readonly org: string;
  /** The public body that organisation belongs to, from the organisation registry (none for idéburna organisations). */
  readonly publicBody?: string;
  /**
   * Set when a user of an umbrella organisation acts for a member that has
   * authorised it (the Acting-For header): `org` is then the member, whose
   * rights apply, and this says who speaks for it ("X för Y" in timelines).
   */
  readonly actingFor?: ActingFor;
}

export interface ActingFor {
  readonly umbrella: string;
  readonly umbrellaName: string;
  readonly memberName: string;
}

/** The workflow engine and scheduled jobs act as this actor in timelines. */
export const SystemActor: Actor = { sub: 'system', name: 'System', role: 'admin', org: 'system' };

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (RoleList as readonly string[]).includes(value);
}
