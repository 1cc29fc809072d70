import { AwsServiceError } from '../aws-endpoint/aws-service-error.js';

/**
 * The one Cognito user pool call the product's notifications make, ListUsers,
 * answered locally from the people the runtime knows (the demo users), in
 * the shape Cognito gives: attributes `sub`, `name`, `email`, `custom:org`,
 * `custom:role`, 60 users a page at most. It reads the user list on every call,
 * so it follows whatever store supplies it.
 */
export interface LocalPoolUser {
  readonly sub: string;
  readonly name: string;
  readonly email: string;
  readonly org: string;
  readonly role: string;
  readonly enabled?: boolean;
}

const MAX_LIMIT = 60;

export class LocalUserPool {
  constructor(private readonly users: () => readonly LocalPoolUser[]) {}

  /** ListUsers with Limit and PaginationToken; a Filter is honoured for `status = "Enabled"` / `"Disabled"` and `sub = "…"`. */
  listUsers(body: Record<string, unknown>): { Users: unknown[]; PaginationToken?: string } {
    if (typeof body.UserPoolId !== 'string' || body.UserPoolId === '') throw new AwsServiceError('InvalidParameterException', 'UserPoolId is required.');
    const limit = body.Limit === undefined ? MAX_LIMIT : Number(body.Limit);
    if (!Number.isInteger(limit) || limit < 0 || limit > MAX_LIMIT) throw new AwsServiceError('InvalidParameterException', `Limit must be 0 to ${MAX_LIMIT}.`);
    const start = body.PaginationToken === undefined ? 0 : Number.parseInt(String(body.PaginationToken), 10);
    if (!Number.isInteger(start) || start < 0) throw new AwsServiceError('InvalidParameterException', 'PaginationToken is not valid.');
    const matching = this.users().filter(filterOf(body.Filter));
    const page = matching.slice(start, start + limit);
    const next = start + limit < matching.length ? String(start + limit) : undefined;
    return {
      Users: page.map((u) => ({
        Username: u.email,
        Enabled: u.enabled ?? true,
        UserStatus: 'CONFIRMED',
        Attributes: [
          { Name: 'sub', Value: u.sub },
          { Name: 'name', Value: u.name },
          { Name: 'email', Value: u.email },
          { Name: 'email_verified', Value: 'true' },
          { Name: 'custom:org', Value: u.org },
          { Name: 'custom:role', Value: u.role },
        ],
      })),
      ...(next ? { PaginationToken: next } : {}),
    };
  }
}

function filterOf(filter: unknown): (u: LocalPoolUser) => boolean {
  if (filter === undefined || filter === '') return () => true;
  const match = /^\s*(status|sub|email)\s*=\s*"([^"]*)"\s*$/.exec(String(filter));
  if (!match) throw new AwsServiceError('InvalidParameterException', 'This local user pool filters on status, sub or email with "=" only.');
  const [, attribute, value] = match;
  if (attribute === 'status') return (u) => (u.enabled ?? true) === (value === 'Enabled');
  return (u) => (attribute === 'sub' ? u.sub : u.email) === value;
}
