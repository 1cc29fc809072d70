import { SendEmailCommand } from '@aws-sdk/client-sesv2';
import { EnvNames, requireEnv } from '../../platform/env-names.js';
import { sesClient } from '../aws-clients.js';
import type { EmailMessage } from '../domain/email-message.js';

/** Where a message goes: the person's name and address, as the To header shows them. */
export interface Addressee {
  readonly name: string;
  readonly email: string;
}

/** A display name in an address header: quoted, with what would break the quotes taken out. */
const displayName = (name: string) => `"${name.replace(/["\\\r\n]/g, '')}"`;

/**
 * Sends one message through SES v2 (SendEmail, simple content with a text and
 * an HTML part), in the configuration set whose event destination reports
 * bounces and complaints. Answers the SES message id. Throws on failure:
 * the caller's retry sends it again.
 */
export async function sendEmail(to: Addressee, message: EmailMessage): Promise<string> {
  const out = await sesClient().send(
    new SendEmailCommand({
      FromEmailAddress: requireEnv(EnvNames.emailFromAddress),
      Destination: { ToAddresses: [`${displayName(to.name)} <${to.email}>`] },
      ConfigurationSetName: requireEnv(EnvNames.sesConfigurationSet),
      Content: {
        Simple: {
          Subject: { Data: message.subject, Charset: 'UTF-8' },
          Body: { Text: { Data: message.text, Charset: 'UTF-8' }, Html: { Data: message.html, Charset: 'UTF-8' } },
        },
      },
    }),
  );
  return out.MessageId ?? '';
}
