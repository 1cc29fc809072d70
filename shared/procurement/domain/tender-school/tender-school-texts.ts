import { onFirstUse } from '../../../platform/on-first-use.js';
import type { LocalizedText } from '../../../platform/timeline/timeline-entry.js';
import type { TenderSchool } from './tender-school.js';

/**
 * How a tender school is named in the texts people read: the time in Swedish
 * time ("8 april 2027 kl. 09:00"), where it is, and what it is about.
 */
const ZONE = 'Europe/Stockholm';
// Made on first use: a formatter with a time zone loads zone data, tens of milliseconds of every cold start otherwise.
const day = {
  sv: onFirstUse(() => new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeZone: ZONE })),
  en: onFirstUse(() => new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: ZONE })),
};
const clock = onFirstUse(() => new Intl.DateTimeFormat('sv-SE', { hour: '2-digit', minute: '2-digit', timeZone: ZONE }));

/** "8 april 2027 kl. 09:00" / "8 April 2027 at 09:00". */
export function whenText(iso: string): LocalizedText {
  const at = new Date(iso);
  const time = clock().format(at);
  return { sv: `${day.sv().format(at)} kl. ${time}`, en: `${day.en().format(at)} at ${time}` };
}

/** "8 april 2027" / "8 April 2027". */
export function dayText(iso: string): LocalizedText {
  const at = new Date(iso);
  return { sv: day.sv().format(at), en: day.en().format(at) };
}

/** "i Borås stadshus och på https://…" / "at … and online at https://…". */
export function whereText(school: Pick<TenderSchool, 'place' | 'onlineLink'>): LocalizedText {
  const { place, onlineLink } = school;
  if (place && onlineLink) return { sv: `på ${place} eller digitalt via ${onlineLink}`, en: `at ${place} or online at ${onlineLink}` };
  if (place) return { sv: `på ${place}`, en: `at ${place}` };
  return { sv: `digitalt via ${onlineLink ?? ''}`, en: `online at ${onlineLink ?? ''}` };
}

/** The notices by title: `"A"`, `"A" och "B"`, `"A", "B" och "C"`. */
export function noticesText(titles: readonly string[]): LocalizedText {
  const quoted = titles.map((t) => `"${t}"`);
  if (quoted.length <= 1) return { sv: quoted.join(''), en: quoted.join('') };
  const head = quoted.slice(0, -1).join(', ');
  return { sv: `${head} och ${quoted.at(-1)}`, en: `${head} and ${quoted.at(-1)}` };
}

/** The line an invited bidder reads: the school, when, where, what it is about, and what to do by when. */
export function invitationText(school: TenderSchool): LocalizedText {
  const when = whenText(school.startsAt);
  const where = whereText(school);
  const about = noticesText(school.notices.map((n) => n.title));
  return {
    sv:
      `${school.organiser.name} bjuder in er till anbudsskolan "${school.title}" ${when.sv}, ${where.sv}. ` +
      `Där går upphandlaren igenom hur ni lämnar anbud på ${about.sv}. Svara om ni kommer senast ${when.sv}.`,
    en:
      `${school.organiser.name} invites you to the tender school "${school.title}" on ${when.en}, ${where.en}. ` +
      `The buyer explains how to bid for ${about.en}. Say whether you are coming by ${when.en}.`,
  };
}
