import { type CaseNotification, readerActs } from './case-notification.js';
import { type EmailMessage, escapeHtml, htmlDocument, oneLine } from './email-message.js';
import { readableDay } from './message-dates.js';
import type { Language } from './preferences.js';

/** The person a message is written to. */
export interface Reader {
  readonly name: string;
  readonly org: string;
  readonly role: string;
  readonly language: Language;
}

const Words = {
  sv: {
    greeting: (name: string) => `Hej ${name}!`,
    happened: 'Det här har hänt',
    youAct: 'Ni behöver göra något',
    othersAct: (who: string) => `Nästa steg tas av ${who}. Ni behöver inte göra något just nu.`,
    due: (day: string) => `Senast ${day}.`,
    open: 'Öppna ärendet',
    reference: 'Ärende',
    footer: 'Du får det här meddelandet eftersom din organisation är part i ärendet. Under Inkorg i tjänsten väljer du hur du vill få meddelanden.',
  },
  en: {
    greeting: (name: string) => `Hello ${name},`,
    happened: 'What happened',
    youAct: 'You need to act',
    othersAct: (who: string) => `The next step is for ${who}. You need do nothing now.`,
    due: (day: string) => `By ${day}.`,
    open: 'Open the case',
    reference: 'Case',
    footer: 'You receive this message because your organisation is a party to the case. Under Inbox in the service you choose how you are told.',
  },
} as const;

/** What the reader should do, in one paragraph: their own step and its day, or who acts instead. */
export function whatToDo(notification: CaseNotification, reader: Reader): { readonly acts: boolean; readonly text: string } {
  const words = Words[reader.language];
  const acts = readerActs(notification, reader);
  const due = notification.dueAt ? ` ${words.due(readableDay(notification.dueAt, reader.language))}` : '';
  const next = notification.next[reader.language];
  return acts ? { acts, text: `${next}${due}` } : { acts, text: `${next} ${words.othersAct(notification.whoActs.label[reader.language])}${due}` };
}

/** The subject: the case's title first (people scan by case), then what happened. */
export function caseSubject(notification: CaseNotification, language: Language): string {
  return oneLine(`${notification.title}: ${notification.happened[language]}`);
}

/** The e-mail for one material change, in the reader's language, plain and HTML with the same content. */
export function caseMessage(notification: CaseNotification, reader: Reader, link: string): EmailMessage {
  const words = Words[reader.language];
  const todo = whatToDo(notification, reader);
  const heading = todo.acts ? words.youAct : words.happened;
  const happened = notification.happened[reader.language];
  const subject = caseSubject(notification, reader.language);
  const text = [
    words.greeting(reader.name),
    '',
    `${notification.title} (${words.reference} ${notification.reference})`,
    '',
    `${words.happened}: ${happened}`,
    '',
    `${todo.acts ? `${words.youAct}: ` : ''}${todo.text}`,
    '',
    `${words.open}: ${link}`,
    '',
    '--',
    words.footer,
  ].join('\n');
  const html = htmlDocument(
    reader.language,
    subject,
    [
      `<p>${escapeHtml(words.greeting(reader.name))}</p>`,
      `<h1 style="font-size: 1.25em;">${escapeHtml(notification.title)}</h1>`,
      `<p style="color: #555;">${escapeHtml(words.reference)} ${escapeHtml(notification.reference)}</p>`,
      `<h2 style="font-size: 1.05em;">${escapeHtml(words.happened)}</h2>`,
      `<p>${escapeHtml(happened)}</p>`,
      `<h2 style="font-size: 1.05em;">${escapeHtml(heading)}</h2>`,
      `<p>${escapeHtml(todo.text)}</p>`,
      `<p><a href="${escapeHtml(link)}" style="color: #0b57d0;">${escapeHtml(words.open)}</a></p>`,
      `<hr><p style="font-size: 0.85em; color: #555;">${escapeHtml(words.footer)}</p>`,
    ].join(''),
  );
  return { subject, text, html };
}
