import type { IopAgreement } from '../domain/case-model.js';
import { type DocumentLanguage, joinList, kronor, lastDayOf, longDate, months, sentence } from './document-language.js';

/** What the plain-language summary is written from: the agreement's own fields, nothing else. */
export type SummaryFacts = Pick<
  IopAgreement,
  'parties' | 'purpose' | 'targetGroup' | 'activities' | 'contributions' | 'budgetPerYearSek' | 'termStart' | 'termEnd' | 'noticeMonths'
>;

/**
 * The summary's sentences as fixed patterns: every word outside a {slot} is the
 * pattern's, every slot is filled from the agreement. Short sentences, one
 * thing each (lättläst): who, what, who pays what, for how long, how it ends.
 */
export const SummaryPatterns = {
  sv: {
    parties: 'Det här är en överenskommelse mellan {parties}.',
    purpose: 'Syftet med samarbetet är detta: {purpose}',
    targetGroup: 'Samarbetet är till för: {targetGroup}',
    activities: 'Parterna gör detta tillsammans: {activities}',
    moneyAndInKind: '{party} bidrar med {money} om året i pengar och {inKind} om året i arbete, lokaler eller annat.',
    money: '{party} bidrar med {money} om året i pengar.',
    inKind: '{party} bidrar med {inKind} om året i arbete, lokaler eller annat.',
    noContribution: '{party} bidrar inte med pengar eller annat som räknas i kronor.',
    budget: 'Hela budgeten är {budget} om året.',
    term: 'Överenskommelsen gäller från {first} till och med {last}.',
    review: 'Varje år följer parterna upp arbetet tillsammans.',
    notice: 'En part som vill sluta kan säga upp överenskommelsen.',
    noticeTime: 'Efter uppsägningen gäller den i {notice} till.',
  },
  en: {
    parties: 'This is an agreement between {parties}.',
    purpose: 'The purpose of the partnership is this: {purpose}',
    targetGroup: 'The partnership is for: {targetGroup}',
    activities: 'The parties do this together: {activities}',
    moneyAndInKind: '{party} contributes {money} a year in money and {inKind} a year in work, premises or other things.',
    money: '{party} contributes {money} a year in money.',
    inKind: '{party} contributes {inKind} a year in work, premises or other things.',
    noContribution: '{party} contributes no money and nothing counted in kronor.',
    budget: 'The whole budget is {budget} a year.',
    term: 'The agreement runs from {first} up to and including {last}.',
    review: 'Every year the parties review the work together.',
    notice: 'A party that wants to stop can give notice to end the agreement.',
    noticeTime: 'After the notice it runs for {notice} more.',
  },
} as const satisfies Record<DocumentLanguage, Record<string, string>>;
export type SummaryPattern = keyof (typeof SummaryPatterns)['sv'];

/** One sentence of the summary: its pattern, the values in its slots, and the text they make. */
export interface SummarySentence {
  readonly pattern: SummaryPattern;
  readonly values: Readonly<Record<string, string>>;
  readonly text: string;
}

function fill(pattern: string, values: Readonly<Record<string, string>>): string {
  return pattern.replace(/\{(\w+)\}/g, (_, slot: string) => values[slot] ?? '');
}

/** The summary with each sentence's pattern and values (the tests hold every value to the agreement). */
export function summarySentences(agreement: SummaryFacts, lang: DocumentLanguage = 'sv'): readonly SummarySentence[] {
  const patterns = SummaryPatterns[lang];
  const out: SummarySentence[] = [];
  const say = (pattern: SummaryPattern, values: Record<string, string> = {}) => {
    out.push({ pattern, values, text: fill(patterns[pattern], values) });
  };
  say('parties', {
    parties: joinList(
      agreement.parties.map((p) => p.name),
      lang,
    ),
  });
  say('purpose', { purpose: sentence(agreement.purpose) });
  say('targetGroup', { targetGroup: sentence(agreement.targetGroup) });
  if (agreement.activities.length > 0)
    say('activities', {
      activities: sentence(
        joinList(
          agreement.activities.map((a) => a.trim().replace(/\.$/, '')),
          lang,
        ),
      ),
    });
  for (const party of agreement.parties) {
    const c = agreement.contributions[party.orgId] ?? { moneySekPerYear: 0, inKindSekPerYear: 0 };
    const money = kronor(c.moneySekPerYear, lang);
    const inKind = kronor(c.inKindSekPerYear, lang);
    if (c.moneySekPerYear > 0 && c.inKindSekPerYear > 0) say('moneyAndInKind', { party: party.name, money, inKind });
    else if (c.moneySekPerYear > 0) say('money', { party: party.name, money });
    else if (c.inKindSekPerYear > 0) say('inKind', { party: party.name, inKind });
    else say('noContribution', { party: party.name });
  }
  say('budget', { budget: kronor(agreement.budgetPerYearSek, lang) });
  say('term', { first: longDate(agreement.termStart, lang), last: longDate(lastDayOf(agreement.termEnd), lang) });
  say('review');
  say('notice');
  say('noticeTime', { notice: months(agreement.noticeMonths, lang) });
  return out;
}

/**
 * The plain-language (lättläst) summary of an agreement: short sentences made
 * only from its fields (who takes part, what they do, who pays what, for how
 * long, how it ends). Pure; the case page, the agreement document and the
 * public register all show this same text.
 */
export function agreementSummary(agreement: SummaryFacts, lang: DocumentLanguage = 'sv'): readonly string[] {
  return summarySentences(agreement, lang).map((s) => s.text);
}
