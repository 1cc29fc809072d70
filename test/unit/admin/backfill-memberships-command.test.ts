import { CognitoIdentityProviderClient, ListUsersCommand, type UserType } from '@aws-sdk/client-cognito-identity-provider';
import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { backfill, parseBackfillArgs, resolveTarget } from '../../../infra/ops/backfill-memberships.js';
import type { ReadStackOutputs } from '../../../infra/ops/operator-target.js';

/**
 * The operator's memberships backfill (infra/ops/backfill-memberships.ts)
 * against mocked SDK clients: where it finds the table and the pool, that a dry
 * run reads the pool and writes nothing, and what --apply writes.
 */
const cognito = mockClient(CognitoIdentityProviderClient);
const dynamo = mockClient(DynamoDBClient);
afterEach(() => {
  cognito.reset();
  dynamo.reset();
});

const Target = { table: 'iop-prod-table', userPoolId: 'eu-north-1_pool' };
const clients = () => ({ cognito: new CognitoIdentityProviderClient({ region: 'eu-north-1' }), dynamo: new DynamoDBClient({ region: 'eu-north-1' }) });
const poolUser = (sub: string, org: string | undefined, name: string): UserType => ({
  Username: `${sub}@example.org`,
  Enabled: true,
  UserCreateDate: new Date('2026-03-02T08:00:00.000Z'),
  Attributes: [
    { Name: 'sub', Value: sub },
    { Name: 'email', Value: `${sub}@example.org` },
    { Name: 'name', Value: name },
    { Name: 'custom:role', Value: 'civil' },
    ...(org ? [{ Name: 'custom:org', Value: org }] : []),
  ],
});
const twoPages = () =>
  cognito
    .on(ListUsersCommand)
    .resolvesOnce({ Users: [poolUser('lina', 'rsmh', 'Lina Berg')], PaginationToken: 'page-2' })
    .resolvesOnce({ Users: [poolUser('nora', 'funktionsratt', 'Nora Holm'), poolUser('no-org', undefined, 'Utan Organisation')] });

describe('the memberships backfill command', () => {
  it('is a dry run unless told --apply, and needs the stack or both the table and the pool', () => {
    expect(parseBackfillArgs(['--stack', 'IopWorkflows-prod'])).toMatchObject({ apply: false, stack: 'IopWorkflows-prod' });
    expect(parseBackfillArgs(['--table', 'T', '--user-pool-id', 'P', '--apply'])).toMatchObject({ apply: true, table: 'T', userPoolId: 'P' });
    expect(() => parseBackfillArgs(['--table', 'T'])).toThrow(/name the stack, or the table and the user pool/);
    expect(() => parseBackfillArgs(['--stack', 'S', '--aply'])).toThrow();
  });

  it("finds the table and the pool in the stack's outputs, flags winning over them", async () => {
    const asked: string[] = [];
    const outputs: ReadStackOutputs = async (stack, region) => {
      asked.push(`${stack} ${region}`);
      return { TableName: 'from-stack', UserPoolId: 'eu-north-1_fromStack', WebUrl: 'https://example.org/' };
    };
    expect(await resolveTarget(parseBackfillArgs(['--stack', 'IopWorkflows-prod', '--region', 'eu-north-1']), outputs)).toEqual({
      table: 'from-stack',
      userPoolId: 'eu-north-1_fromStack',
      region: 'eu-north-1',
    });
    expect(await resolveTarget(parseBackfillArgs(['--stack', 'IopWorkflows-prod', '--table', 'mine']), outputs)).toMatchObject({ table: 'mine' });
    expect(asked).toEqual(['IopWorkflows-prod eu-north-1', 'IopWorkflows-prod undefined']);
    // Both named: the stack is not read at all.
    await resolveTarget(parseBackfillArgs(['--stack', 'S', '--table', 'T', '--user-pool-id', 'P']), outputs);
    expect(asked).toHaveLength(2);
    await expect(resolveTarget(parseBackfillArgs(['--stack', 'Other']), async () => ({ TableName: 'T' }))).rejects.toThrow(/no output UserPoolId/);
  });

  it('in a dry run reads every page of the pool, prints each membership it would write, and writes none', async () => {
    twoPages();
    const lines: string[] = [];
    expect(await backfill(Target, false, clients(), (l) => lines.push(l))).toBe(2);
    expect(cognito.commandCalls(ListUsersCommand).map((c) => [c.args[0].input.UserPoolId, c.args[0].input.PaginationToken])).toEqual([
      ['eu-north-1_pool', undefined],
      ['eu-north-1_pool', 'page-2'],
    ]);
    expect(dynamo.calls()).toHaveLength(0);
    expect(lines.filter((l) => l.startsWith('would write'))).toEqual([
      'would write MEMBERS#rsmh USER#lina  Lina Berg <lina@example.org> civil',
      'would write MEMBERS#funktionsratt USER#nora  Nora Holm <nora@example.org> civil',
    ]);
    expect(lines.at(-1)).toContain('run again with --apply');
  });

  it('with --apply writes the membership of each account that has an organisation to the named table', async () => {
    twoPages();
    dynamo.on(PutItemCommand).resolves({});
    const lines: string[] = [];
    expect(await backfill(Target, true, clients(), (l) => lines.push(l))).toBe(2);
    const written = dynamo
      .commandCalls(PutItemCommand)
      .map((c) => ({ table: c.args[0].input.TableName, ...(unmarshall(c.args[0].input.Item ?? {}) as { pk: string; sk: string; account: unknown }) }));
    expect(written.map(({ table, pk, sk }) => `${table} ${pk} ${sk}`)).toEqual([
      'iop-prod-table MEMBERS#rsmh USER#lina',
      'iop-prod-table MEMBERS#funktionsratt USER#nora',
    ]);
    expect(written[0]?.account).toMatchObject({ sub: 'lina', name: 'Lina Berg', role: 'civil', org: 'rsmh', enabled: true });
    expect(lines.filter((l) => l.startsWith('wrote'))).toHaveLength(2);
    expect(lines.at(-1)).toBe('2 memberships written.');
  });
});
