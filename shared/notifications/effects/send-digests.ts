import { DeleteItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { isConditionFailure, toAttributes } from '../../platform/dynamodb/dynamo.js';
import { EnvironmentTable, type DynamoTable } from '../../platform/dynamodb/dynamo-table.js';
import type { OrganisationDigest } from '../digest.js';
import { digestMessage } from '../domain/digest-message.js';
import type { EmailMessage } from '../domain/email-message.js';
import { digestCarries } from '../domain/preferences.js';
import type { Recipients } from '../domain/recipients.js';
import type { PreferenceStore } from '../store/preference-store.js';
import type { Addressee } from './send-email.js';

export interface DigestMailDeps {
  readonly recipients: Recipients;
  readonly preferences: PreferenceStore;
  readonly send: (to: Addressee, message: EmailMessage) => Promise<string>;
  readonly baseUrl: () => string;
  readonly table?: DynamoTable;
}

/**
 * One e-mail per person of each organisation with something new, by their
 * choice: the non-material entries (`both`), everything (`digest-only`), or
 * none (`material-at-once`, or an address that bounced). A person belongs to
 * one organisation, so nobody gets two digests for the same day.
 *
 * A marker per person and period (`INBOX#<sub>` / `DIGEST#<since>`) is
 * written before the send: a run repeated after a failure (the period's start
 * stays where it was) skips whoever already got theirs. A send that fails
 * takes its marker back, so the repeat sends it.
 */
export async function mailDigests(
  digests: { readonly nonMaterial: readonly OrganisationDigest[]; readonly everything: readonly OrganisationDigest[] },
  period: { readonly since: string },
  deps: DigestMailDeps,
): Promise<number> {
  const table = deps.table ?? EnvironmentTable;
  const byOrg = (list: readonly OrganisationDigest[]) => new Map(list.map((d) => [d.org, d]));
  const nonMaterial = byOrg(digests.nonMaterial);
  const everything = byOrg(digests.everything);
  let sent = 0;
  for (const org of new Set([...nonMaterial.keys(), ...everything.keys()])) {
    for (const person of await deps.recipients.usersOf(org)) {
      const preference = await deps.preferences.preferenceOf(person.sub);
      const status = await deps.preferences.emailStatus(person.email);
      const digest = digestCarries(preference, true, status)
        ? everything.get(org)
        : digestCarries(preference, false, status)
          ? nonMaterial.get(org)
          : undefined;
      if (!digest || digest.cases.length === 0) continue;
      const marker = { pk: `INBOX#${person.sub}`, sk: `DIGEST#${period.since}` };
      if (!(await claim(table, marker))) continue;
      const reader = { name: person.name, org: person.org, role: person.role, language: preference.language };
      try {
        await deps.send({ name: person.name, email: person.email }, digestMessage({ since: digest.since, cases: digest.cases }, reader, deps.baseUrl()));
      } catch (error) {
        await table.client().send(new DeleteItemCommand({ TableName: table.name(), Key: toAttributes(marker) }));
        throw error;
      }
      sent++;
    }
  }
  return sent;
}

/** Writes the marker unless it is there: true when this run is the one to send. */
async function claim(table: DynamoTable, key: { pk: string; sk: string }): Promise<boolean> {
  try {
    await table.client().send(
      new PutItemCommand({
        TableName: table.name(),
        Item: toAttributes({ ...key, expiresAt: Math.floor(Date.now() / 1000) + 30 * 86_400 }),
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}
