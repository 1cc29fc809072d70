/**
 * Operator command: writes the membership item of every account of a deployed
 * stack's user pool, for a pool with accounts made before memberships were kept
 * (or by hand in the console). Without them those people are missing from their
 * organisation's user list and from its notifications. Runs with the operator's
 * own AWS credentials (the SDK's default chain: profile, SSO, environment).
 *
 *   npx tsx infra/ops/backfill-memberships.ts --stack IopWorkflows-prod            # dry run: prints what it would write
 *   npx tsx infra/ops/backfill-memberships.ts --stack IopWorkflows-prod --apply    # writes
 *   npx tsx infra/ops/backfill-memberships.ts --table T --user-pool-id eu-north-1_X [--region eu-north-1] [--apply]
 *
 * `--stack` reads the stack's outputs TableName and UserPoolId with the AWS CLI;
 * `--table` and `--user-pool-id` name them instead (and win over the outputs).
 */
import { pathToFileURL } from 'node:url';
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { UserAccount } from '../../shared/admin/domain/user-account.js';
import { CognitoUserStore } from '../../shared/admin/store/cognito-user-store.js';
import { Memberships } from '../../shared/admin/store/memberships.js';
import { type OperatorArgs, parseOperatorArgs, type ReadStackOutputs, resolveOperatorTarget } from './operator-target.js';

/** --apply, --stack, --region, and the resources the flags name. */
export type BackfillArgs = OperatorArgs<keyof typeof Resources>;

export interface BackfillTarget {
  readonly table: string;
  readonly userPoolId: string;
  readonly region?: string;
}

const Usage =
  'usage: backfill-memberships (--stack NAME | --table NAME --user-pool-id ID) [--region REGION] [--apply]\n' +
  '  dry run unless --apply: prints each membership it would write';

const Resources = { table: { flag: 'table', output: 'TableName' }, userPoolId: { flag: 'user-pool-id', output: 'UserPoolId' } } as const;

export function parseBackfillArgs(argv: readonly string[]): BackfillArgs {
  return parseOperatorArgs(argv, Resources, `name the stack, or the table and the user pool\n${Usage}`);
}

/** The table and the pool: from the flags, and from the stack's outputs for what the flags leave out. */
export function resolveTarget(args: BackfillArgs, readOutputs?: ReadStackOutputs): Promise<BackfillTarget> {
  return resolveOperatorTarget(args, Resources, readOutputs);
}

const membershipLine = (m: UserAccount) => `MEMBERS#${m.org} USER#${m.sub}  ${m.name} <${m.email}> ${m.role}${m.enabled ? '' : ' (disabled)'}`;

/**
 * The backfill itself, on the given clients: every membership is printed as it
 * is written (or, in a dry run, as it would be); the last line says how many.
 */
export async function backfill(
  target: BackfillTarget,
  apply: boolean,
  clients: { cognito: CognitoIdentityProviderClient; dynamo: DynamoDBClient },
  print: (line: string) => void,
): Promise<number> {
  const memberships = new Memberships({ client: () => clients.dynamo, name: () => target.table });
  const store = new CognitoUserStore(target.userPoolId, clients.cognito, memberships);
  print(`${apply ? 'Writing' : 'Dry run, nothing is written:'} memberships of user pool ${target.userPoolId} to table ${target.table}`);
  const count = await store.backfillMemberships({ dryRun: !apply, onEach: (m) => print(`${apply ? 'wrote' : 'would write'} ${membershipLine(m)}`) });
  print(apply ? `${count} memberships written.` : `${count} memberships would be written; run again with --apply to write them.`);
  return count;
}

async function main(): Promise<void> {
  const args = parseBackfillArgs(process.argv.slice(2));
  const target = await resolveTarget(args);
  const config = target.region ? { region: target.region } : {};
  await backfill(target, args.apply, { cognito: new CognitoIdentityProviderClient(config), dynamo: new DynamoDBClient(config) }, (line) => console.log(line));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
