import { casePageUrl, type CaseKind } from './case-notification.js';
import type { Reader } from './case-message.js';
import type { DigestCase } from '../digest.js';
import { digestHeadline } from '../digest.js';
import { type EmailMessage, escapeHtml, htmlDocument, oneLine } from './email-message.js';
import { readableDay, readableTime } from './message-dates.js';

const Words = {
  sv: {
    subject: (headline: string) => `Dagens sammanfattning: ${headline}`,
    greeting: (name: string) => `Hej ${name}!`,
    intro: (since: string) => `Här är det som hänt i era ärenden sedan ${since}.`,
    open: 'Öppna ärendet',
    reference: 'Ärende',
    footer:
      'Du får en sammanfattning om dagen när något har hänt i ärenden där din organisation är part. Under Inkorg i tjänsten väljer du hur du vill få meddelanden.',
  },
  en: {
    subject: (headline: string) => `Daily summary: ${headline}`,
    greeting: (name: string) => `Hello ${name},`,
    intro: (since: string) => `This is what happened in your cases since ${since}.`,
    open: 'Open the case',
    reference: 'Case',
    footer:
      'You receive one summary a day when something has happened in cases your organisation is a party to. Under Inbox in the service you choose how you are told.',
  },
} as const;

/** The one digest e-mail of a person's day: every case with something new, oldest first, each with its link. */
export function digestMessage(input: { readonly since: string; readonly cases: readonly DigestCase[] }, reader: Reader, baseUrl: string): EmailMessage {
  const words = Words[reader.language];
  const entryCount = input.cases.reduce((n, c) => n + c.entries.length, 0);
  const headline = digestHeadline(entryCount, input.cases.length, input.since)[reader.language];
  const since = readableDay(input.since, reader.language);
  const subject = oneLine(words.subject(headline));
  const link = (c: DigestCase) => casePageUrl(baseUrl, c.kind as CaseKind, c.caseId);
  const text = [
    words.greeting(reader.name),
    '',
    words.intro(since),
    ...input.cases.flatMap((c) => [
      '',
      `${c.title} (${words.reference} ${c.reference})`,
      ...c.entries.map((e) => `- ${readableTime(e.at, reader.language)}: ${e.text[reader.language]}`),
      `${words.open}: ${link(c)}`,
    ]),
    '',
    '--',
    words.footer,
  ].join('\n');
  const html = htmlDocument(
    reader.language,
    subject,
    [
      `<p>${escapeHtml(words.greeting(reader.name))}</p>`,
      `<p>${escapeHtml(words.intro(since))}</p>`,
      ...input.cases.map((c) =>
        [
          `<h2 style="font-size: 1.1em;">${escapeHtml(c.title)}</h2>`,
          `<p style="color: #555;">${escapeHtml(words.reference)} ${escapeHtml(c.reference)}</p>`,
          '<ul>',
          ...c.entries.map((e) => `<li>${escapeHtml(readableTime(e.at, reader.language))}: ${escapeHtml(e.text[reader.language])}</li>`),
          '</ul>',
          `<p><a href="${escapeHtml(link(c))}" style="color: #0b57d0;">${escapeHtml(words.open)}</a></p>`,
        ].join(''),
      ),
      `<hr><p style="font-size: 0.85em; color: #555;">${escapeHtml(words.footer)}</p>`,
    ].join(''),
  );
  return { subject, text, html };
}
