import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BadRequestException, SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { afterAll, describe, expect, it } from 'vitest';
import { startLocalAws, type LocalAws } from '../../../../local/engines/aws-endpoint/local-aws.js';

/** The local SES v2 engine, reached by the real SDK client as the handlers reach it. */
const dataDir = mkdtempSync(join(tmpdir(), 'local-ses-'));
const started: LocalAws[] = [];
afterAll(async () => {
  for (const aws of started) await aws.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
const users = Array.from({ length: 70 }, (_, i) => ({
  sub: `u-${i}`,
  name: `User ${i}`,
  email: `u${i}@org.example`,
  org: i % 2 ? 'odd' : 'even',
  role: 'civil',
}));

async function start(): Promise<LocalAws> {
  const aws = await startLocalAws({ invokeFunction: async () => undefined, dataDir });
  started.push(aws);
  return aws;
}

const message = {
  FromEmailAddress: '"IOP" <notiser@iop.example>',
  Destination: { ToAddresses: ['"Anna Andersson" <anna@org.example>'] },
  ConfigurationSetName: 'iop-local-notifications',
  Content: { Simple: { Subject: { Data: 'Ämne: åäö' }, Body: { Text: { Data: 'Hej!' }, Html: { Data: '<p>Hej!</p>' } } } },
};

describe('the local SES v2 engine', () => {
  it('answers SendEmail with a message id and keeps the message as it was sent, across a restart', async () => {
    const aws = await start();
    const ses = new SESv2Client({ endpoint: aws.env.AWS_ENDPOINT_URL_SESV2, region: 'eu-north-1', credentials });
    const out = await ses.send(new SendEmailCommand(message));
    expect(out.MessageId).toMatch(/^local-/);
    const [kept] = aws.ses.messages();
    expect(kept).toMatchObject({
      messageId: out.MessageId,
      from: '"IOP" <notiser@iop.example>',
      to: ['"Anna Andersson" <anna@org.example>'],
      subject: 'Ämne: åäö',
      text: 'Hej!',
      html: '<p>Hej!</p>',
      configurationSet: 'iop-local-notifications',
    });
    // On the virtual clock, as the product's own times are.
    expect(Math.abs(Date.parse(kept!.at) - aws.clock.now().getTime())).toBeLessThan(5_000);
    const again = await start();
    expect(again.ses.messages().map((m) => m.messageId)).toEqual([out.MessageId]);
  });

  it('refuses what SES refuses, with its error name', async () => {
    const aws = started[0]!;
    const ses = new SESv2Client({ endpoint: aws.env.AWS_ENDPOINT_URL_SESV2, region: 'eu-north-1', credentials });
    await expect(ses.send(new SendEmailCommand({ ...message, Destination: { ToAddresses: [] } }))).rejects.toBeInstanceOf(BadRequestException);
    await expect(ses.send(new SendEmailCommand({ ...message, Destination: { ToAddresses: ['not an address'] } }))).rejects.toThrow(/e-mail addresses/);
    await expect(ses.send(new SendEmailCommand({ ...message, Content: { Simple: { Subject: { Data: 'x' }, Body: {} } } }))).rejects.toThrow(/Text or Html/);
  });
});
