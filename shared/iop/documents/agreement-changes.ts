import type { IopAgreement } from '../domain/case-model.js';
import { type DocumentLanguage, kronor, lastDayOf, longDate, months } from './document-language.js';

/** The fields an amendment can change, in the agreement's order. */
export const ChangeFields = [
  'parties',
  'purpose',
  'targetGroup',
  'activities',
  'contributions',
  'budgetPerYearSek',
  'governance',
  'followUp',
  'term',
  'noticeMonths',
] as const;
export type ChangeField = (typeof ChangeFields)[number];

const FieldNames: Record<DocumentLanguage, Record<ChangeField, string>> = {
  sv: {
    parties: 'Parter',
    purpose: 'Syfte och mål',
    targetGroup: 'Målgrupp',
    activities: 'Aktiviteter',
    contributions: 'Bidrag',
    budgetPerYearSek: 'Budget per år',
    governance: 'Styrning',
    followUp: 'Uppföljning',
    term: 'Avtalstid',
    noticeMonths: 'Uppsägningstid',
  },
  en: {
    parties: 'Parties',
    purpose: 'Purpose and goals',
    targetGroup: 'Target group',
    activities: 'Activities',
    contributions: 'Contributions',
    budgetPerYearSek: 'Budget per year',
    governance: 'Governance',
    followUp: 'Follow-up',
    term: 'Term',
    noticeMonths: 'Notice period',
  },
};

/** One changed field: what it said in the earlier version and what it says now. */
export interface AgreementChange {
  readonly field: ChangeField;
  readonly label: string;
  readonly before: string;
  readonly after: string;
}

type Comparable = Pick<
  IopAgreement,
  | 'parties'
  | 'purpose'
  | 'targetGroup'
  | 'activities'
  | 'contributions'
  | 'budgetPerYearSek'
  | 'governance'
  | 'followUp'
  | 'termStart'
  | 'termEnd'
  | 'noticeMonths'
>;

/** Each field as the document writes it, so a change reads the way the agreement does. */
function written(a: Comparable, field: ChangeField, lang: DocumentLanguage): string {
  switch (field) {
    case 'parties':
      return a.parties.map((p) => p.name).join('; ');
    case 'activities':
      return a.activities.join('; ');
    case 'contributions':
      return a.parties
        .map((p) => {
          const c = a.contributions[p.orgId] ?? { moneySekPerYear: 0, inKindSekPerYear: 0 };
          const inKind = lang === 'sv' ? 'i annat än pengar' : 'in kind';
          const money = lang === 'sv' ? 'i pengar' : 'in money';
          return `${p.name}: ${kronor(c.moneySekPerYear, lang)} ${money}, ${kronor(c.inKindSekPerYear, lang)} ${inKind}`;
        })
        .join('; ');
    case 'budgetPerYearSek':
      return kronor(a.budgetPerYearSek, lang);
    case 'term':
      return `${longDate(a.termStart, lang)} – ${longDate(lastDayOf(a.termEnd), lang)}`;
    case 'noticeMonths':
      return months(a.noticeMonths, lang);
    default:
      return a[field];
  }
}

/**
 * What an amendment changed: the structured fields of the later version
 * compared with the earlier one, each as the document writes it. Signatures,
 * the decision reference and the clauses the system writes are not compared.
 */
export function agreementChanges(before: Comparable, after: Comparable, lang: DocumentLanguage): readonly AgreementChange[] {
  return ChangeFields.flatMap((field) => {
    const was = written(before, field, lang);
    const now = written(after, field, lang);
    return was === now ? [] : [{ field, label: FieldNames[lang][field], before: was, after: now }];
  });
}
