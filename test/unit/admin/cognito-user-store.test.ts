import {
  AdminCreateUserCommand,
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  AdminUpdateUserAttributesCommand,
  AdminUserGlobalSignOutCommand,
  CognitoIdentityProviderClient,
  ListUsersCommand,
  type UserType,
} from '@aws-sdk/client-cognito-identity-provider';
import { DynamoDBClient, PutItemCommand, QueryCommand } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import type { UserAccount } from '../../../shared/admin/domain/user-account.js';
import { CognitoUserStore } from '../../../shared/admin/store/cognito-user-store.js';
import { Memberships } from '../../../shared/admin/store/memberships.js';
import type { DynamoTable } from '../../../shared/platform/dynamodb/dynamo-table.js';
import { problemResult } from '../../../shared/platform/http/problem-document.js';

/**
 * The Cognito user store against mocked SDK clients: the exact commands it
 * sends to the user pool and the memberships it writes to the table, and how
 * Cognito's refusals become problems a client can act on.
 */
const cognito = mockClient(CognitoIdentityProviderClient);
const dynamo = mockClient(DynamoDBClient);
const table: DynamoTable = { client: () => new DynamoDBClient({ region: 'eu-north-1' }), name: () => 'T' };
const Pool = 'eu-north-1_pool';
const store = () => new CognitoUserStore(Pool, new CognitoIdentityProviderClient({ region: 'eu-north-1' }), new Memberships(table));

const created = new Date('2027-01-04T08:00:00.000Z');
const poolUser = (over: Partial<{ sub: string; role: string; org: string; enabled: boolean }> = {}): UserType => ({
  Username: 'hanna@vgregion.example',
  Enabled: over.enabled ?? true,
  UserCreateDate: created,
  Attributes: [
    { Name: 'sub', Value: over.sub ?? 'sub-hanna' },
    { Name: 'email', Value: 'hanna@vgregion.example' },
    { Name: 'name', Value: 'Hanna Wall' },
    { Name: 'custom:role', Value: over.role ?? 'healthcare' },
    { Name: 'custom:org', Value: over.org ?? 'narhalsan-lerum-vc' },
  ],
});
const hanna: UserAccount = {
  sub: 'sub-hanna',
  email: 'hanna@vgregion.example',
  name: 'Hanna Wall',
  role: 'healthcare',
  org: 'narhalsan-lerum-vc',
  enabled: true,
  createdAt: created.toISOString(),
};
const membershipsWritten = () =>
  dynamo.commandCalls(PutItemCommand).map((c) => {
    const item = unmarshall(c.args[0].input.Item ?? {});
    return { pk: item.pk, sk: item.sk, account: item.account };
  });
/** The HTTP problem an error becomes at the API's edge. */
const problemOf = (error: unknown) => {
  const answer = problemResult(error, '/admin/users', 'test');
  return { ...(JSON.parse(answer.body ?? '{}') as Record<string, unknown>), status: answer.statusCode };
};
const poolCalls = () => cognito.calls().map((c) => [c.args[0].constructor.name, c.args[0].input]);

afterEach(() => {
  cognito.reset();
  dynamo.reset();
});

describe('the Cognito user store', () => {
  it('invites with AdminCreateUser, the role and organisation as custom attributes, and writes the membership', async () => {
    cognito.on(AdminCreateUserCommand).resolves({ User: poolUser() });
    dynamo.on(PutItemCommand).resolves({});
    const account = await store().invite({ email: 'Hanna@VGRegion.example', name: 'Hanna Wall', role: 'healthcare', org: 'narhalsan-lerum-vc' }, created);
    expect(account).toEqual(hanna);
    expect(poolCalls()).toEqual([
      [
        'AdminCreateUserCommand',
        {
          UserPoolId: Pool,
          Username: 'hanna@vgregion.example',
          DesiredDeliveryMediums: ['EMAIL'],
          UserAttributes: [
            { Name: 'email', Value: 'hanna@vgregion.example' },
            { Name: 'email_verified', Value: 'true' },
            { Name: 'name', Value: 'Hanna Wall' },
            { Name: 'custom:role', Value: 'healthcare' },
            { Name: 'custom:org', Value: 'narhalsan-lerum-vc' },
          ],
        },
      ],
    ]);
    expect(membershipsWritten()).toEqual([{ pk: 'MEMBERS#narhalsan-lerum-vc', sk: 'USER#sub-hanna', account: hanna }]);
  });

  it('answers an address already in the pool with a 409 problem, in Swedish and English, and writes nothing', async () => {
    cognito.on(AdminCreateUserCommand).rejects(Object.assign(new Error('User account already exists'), { name: 'UsernameExistsException' }));
    const refused = await store()
      .invite({ email: 'hanna@vgregion.example', name: 'Hanna Wall', role: 'healthcare', org: 'narhalsan-lerum-vc' }, created)
      .catch((e: unknown) => e);
    expect(problemOf(refused)).toMatchObject({ status: 409, text: { sv: 'Det finns redan ett konto för hanna@vgregion.example.' } });
    expect(dynamo.calls()).toHaveLength(0);
  });

  it('answers an address the pool does not accept with a 422 problem at the e-mail field', async () => {
    cognito.on(AdminCreateUserCommand).rejects(Object.assign(new Error('Invalid email address format.'), { name: 'InvalidParameterException' }));
    const refused = await store()
      .invite({ email: 'x@y.example', name: 'X', role: 'civil', org: 'rsmh' }, created)
      .catch((e: unknown) => e);
    expect(problemOf(refused)).toMatchObject({ status: 422, errors: [{ path: 'email' }] });
  });

  it('lets any other failure through as the fault it is (a 500, retried by the client)', async () => {
    cognito.on(AdminCreateUserCommand).rejects(Object.assign(new Error('Rate exceeded'), { name: 'TooManyRequestsException' }));
    const failed = await store()
      .invite({ email: 'x@y.example', name: 'X', role: 'civil', org: 'rsmh' }, created)
      .catch((e: unknown) => e);
    expect((failed as Error).name).toBe('TooManyRequestsException');
    expect(problemOf(failed).status).toBe(500);
  });

  it('changes a role by the account’s username, then its membership', async () => {
    cognito.on(ListUsersCommand).resolves({ Users: [poolUser()] });
    cognito.on(AdminUpdateUserAttributesCommand).resolves({});
    dynamo.on(PutItemCommand).resolves({});
    await store().setRole('sub-hanna', 'approver');
    expect(poolCalls()).toEqual([
      ['ListUsersCommand', { UserPoolId: Pool, Filter: 'sub = "sub-hanna"', Limit: 1 }],
      [
        'AdminUpdateUserAttributesCommand',
        { UserPoolId: Pool, Username: 'hanna@vgregion.example', UserAttributes: [{ Name: 'custom:role', Value: 'approver' }] },
      ],
    ]);
    expect(membershipsWritten()).toEqual([{ pk: 'MEMBERS#narhalsan-lerum-vc', sk: 'USER#sub-hanna', account: { ...hanna, role: 'approver' } }]);
  });

  it('disables an account and signs it out everywhere; enables it again without a sign-out', async () => {
    cognito.on(ListUsersCommand).resolves({ Users: [poolUser()] });
    dynamo.on(PutItemCommand).resolves({});
    await store().setEnabled('sub-hanna', false);
    const target = { UserPoolId: Pool, Username: 'hanna@vgregion.example' };
    expect(poolCalls().slice(1)).toEqual([
      ['AdminDisableUserCommand', target],
      ['AdminUserGlobalSignOutCommand', target],
    ]);
    expect(membershipsWritten().at(-1)?.account.enabled).toBe(false);

    cognito.resetHistory();
    await store().setEnabled('sub-hanna', true);
    expect(cognito.commandCalls(AdminEnableUserCommand).map((c) => c.args[0].input)).toEqual([target]);
    expect(cognito.commandCalls(AdminDisableUserCommand)).toHaveLength(0);
    expect(cognito.commandCalls(AdminUserGlobalSignOutCommand)).toHaveLength(0);
    expect(membershipsWritten().at(-1)?.account.enabled).toBe(true);
  });

  it('answers a change of an unknown account with a 404 problem, and sends no change', async () => {
    cognito.on(ListUsersCommand).resolves({ Users: [] });
    const refused = await store()
      .setRole('sub-nobody', 'approver')
      .catch((e: unknown) => e);
    expect(problemOf(refused).status).toBe(404);
    expect(cognito.commandCalls(AdminUpdateUserAttributesCommand)).toHaveLength(0);
    // A filter value cannot break out of its quotes.
    await store()
      .get('a" or name = "b')
      .catch(() => undefined);
    expect(cognito.commandCalls(ListUsersCommand).at(-1)?.args[0].input.Filter).toBe('sub = "a or name = b"');
  });

  it('maps a user the pool no longer has (UserNotFoundException) to a 404 problem', async () => {
    cognito.on(ListUsersCommand).resolves({ Users: [poolUser()] });
    cognito.on(AdminDisableUserCommand).rejects(Object.assign(new Error('User does not exist.'), { name: 'UserNotFoundException' }));
    const refused = await store()
      .setEnabled('sub-hanna', false)
      .catch((e: unknown) => e);
    expect(problemOf(refused).status).toBe(404);
    expect(dynamo.commandCalls(PutItemCommand)).toHaveLength(0);
  });

  it('lists the people of organisations with one Query of memberships each, never ListUsers', async () => {
    const rsmh = { ...hanna, sub: 'sub-kim', name: 'Kim Ek', role: 'civil' as const, org: 'rsmh' };
    dynamo.on(QueryCommand).callsFake((input: { ExpressionAttributeValues: Record<string, never> }) => {
      const pk = unmarshall(input.ExpressionAttributeValues)[':pk'];
      const items = pk === 'MEMBERS#narhalsan-lerum-vc' ? [hanna] : pk === 'MEMBERS#rsmh' ? [rsmh] : [];
      return { Items: items.map((a) => marshall({ pk, sk: `USER#${a.sub}`, account: a })) };
    });
    const found = await store().listForOrgs(['narhalsan-lerum-vc', 'rsmh', 'narhalsan-lerum-vc'], 10);
    expect(found).toEqual({ items: [hanna, rsmh], more: false });
    expect(cognito.calls()).toHaveLength(0);
    expect(dynamo.commandCalls(QueryCommand).map((c) => unmarshall(c.args[0].input.ExpressionAttributeValues ?? {})[':pk'])).toEqual([
      'MEMBERS#narhalsan-lerum-vc',
      'MEMBERS#rsmh',
    ]);
    expect((await store().listForOrgs(['narhalsan-lerum-vc', 'rsmh'], 1)).more).toBe(true);
  });

  it('backfills the memberships of a pool made before they were kept, page by page', async () => {
    cognito
      .on(ListUsersCommand)
      .resolvesOnce({ Users: [poolUser()], PaginationToken: 'next' })
      .resolvesOnce({ Users: [poolUser({ sub: 'sub-kim', role: 'civil', org: 'rsmh' }), { Username: 'broken', Attributes: [] }] });
    dynamo.on(PutItemCommand).resolves({});
    expect(await store().backfillMemberships()).toBe(2);
    expect(cognito.commandCalls(ListUsersCommand).map((c) => c.args[0].input.PaginationToken)).toEqual([undefined, 'next']);
    expect(membershipsWritten().map((m) => m.pk)).toEqual(['MEMBERS#narhalsan-lerum-vc', 'MEMBERS#rsmh']);
  });
});
