import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { VirtualClock } from '../clock/virtual-clock.js';
import { AwsServiceError } from '../aws-endpoint/aws-service-error.js';

/**
 * Amazon SES v2 on one machine: SendEmail is answered as SES answers it, and
 * each message is kept as the person would receive it (from, to, subject, the
 * plain and the HTML body, when), readable at GET /dev/mail. Kept as JSON
 * lines in the data folder when one is given, so mail survives a restart.
 * Nothing leaves the machine.
 */
export interface LocalMail {
  readonly messageId: string;
  readonly from: string;
  readonly to: readonly string[];
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  /** On the virtual clock, as the product's own times are. */
  readonly at: string;
  readonly configurationSet?: string;
}

/** The SendEmail request as the SDK serializes it (REST-JSON, POST /v2/email/outbound-emails). */
export interface SendEmailRequest {
  readonly FromEmailAddress?: unknown;
  readonly Destination?: { readonly ToAddresses?: unknown; readonly CcAddresses?: unknown; readonly BccAddresses?: unknown };
  readonly ConfigurationSetName?: unknown;
  readonly Content?: {
    readonly Simple?: {
      readonly Subject?: { readonly Data?: unknown };
      readonly Body?: { readonly Text?: { readonly Data?: unknown }; readonly Html?: { readonly Data?: unknown } };
    };
  };
}

/** SES's limit on recipients of one message. */
const MAX_RECIPIENTS = 50;
const ADDRESS = /^(?:"[^"\r\n]*"\s*)?<?[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+>?$/;

export class LocalSes {
  private readonly mail: LocalMail[] = [];
  private readonly file: string | undefined;

  constructor(private readonly options: { readonly clock: VirtualClock; readonly dataDir?: string }) {
    this.file = options.dataDir ? join(options.dataDir, 'ses-mail.jsonl') : undefined;
    if (this.file && existsSync(this.file)) {
      for (const line of readFileSync(this.file, 'utf8').split('\n')) if (line.trim()) this.mail.push(JSON.parse(line) as LocalMail);
    }
  }

  /** SendEmail with simple content; what SES would refuse is refused with its error name (BadRequestException). */
  sendEmail(request: SendEmailRequest): { MessageId: string } {
    const from = text(request.FromEmailAddress, 'FromEmailAddress');
    const to = addresses(request.Destination?.ToAddresses, 'Destination.ToAddresses');
    const cc = optionalAddresses(request.Destination?.CcAddresses, 'Destination.CcAddresses');
    const bcc = optionalAddresses(request.Destination?.BccAddresses, 'Destination.BccAddresses');
    if (to.length + cc.length + bcc.length > MAX_RECIPIENTS) throw bad(`A message may have at most ${MAX_RECIPIENTS} recipients.`);
    const simple = request.Content?.Simple;
    if (!simple) throw bad('Content.Simple is required (this local SES sends simple content only).');
    const subject = text(simple.Subject?.Data, 'Content.Simple.Subject.Data');
    const plain = simple.Body?.Text?.Data;
    const html = simple.Body?.Html?.Data;
    if (typeof plain !== 'string' && typeof html !== 'string') throw bad('Content.Simple.Body needs Text or Html.');
    const message: LocalMail = {
      messageId: `local-${randomUUID()}`,
      from,
      to: [...to, ...cc, ...bcc],
      subject,
      text: typeof plain === 'string' ? plain : '',
      html: typeof html === 'string' ? html : '',
      at: this.options.clock.now().toISOString(),
      ...(typeof request.ConfigurationSetName === 'string' ? { configurationSet: request.ConfigurationSetName } : {}),
    };
    this.mail.push(message);
    if (this.file && this.options.dataDir) {
      mkdirSync(this.options.dataDir, { recursive: true });
      appendFileSync(this.file, `${JSON.stringify(message)}\n`);
    }
    return { MessageId: message.messageId };
  }

  /** Every message sent, oldest first. */
  messages(): readonly LocalMail[] {
    return this.mail;
  }
}

const bad = (message: string) => new AwsServiceError('BadRequestException', message, 400);

function text(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw bad(`${field} is required.`);
  return value;
}

function addresses(value: unknown, field: string): string[] {
  const list = optionalAddresses(value, field);
  if (list.length === 0) throw bad(`${field} needs at least one address.`);
  return list;
}

function optionalAddresses(value: unknown, field: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((a) => typeof a !== 'string' || !ADDRESS.test(a.trim()))) throw bad(`${field} must be a list of e-mail addresses.`);
  return value as string[];
}
