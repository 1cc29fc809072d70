/**
 * One word per concept, in Swedish and in English: the terms every text of
 * the app uses (dictionary/*.ts), what each means, and the words not to use
 * for it. A test reads the dictionaries against `avoid`, so a second word for
 * a concept fails the build instead of confusing a reader.
 *
 * Two rules of address hold throughout: the person reading is "du" / "you";
 * the reader's own organisation is "ni" / "er" ("Ni har bjudits in",
 * "er organisation"), never its name in the third person where the page
 * speaks to it.
 */
export interface GlossaryTerm {
  readonly sv: string;
  readonly en: string;
  readonly meaning: string;
  /** Words that must not stand for this concept in the dictionaries. */
  readonly avoid: { readonly sv: readonly string[]; readonly en: readonly string[] };
}

export const Glossary: readonly GlossaryTerm[] = [
  {
    sv: 'ärende',
    en: 'case',
    meaning: 'One IOP partnership, or one match case, from its start to its end, with its timeline.',
    avoid: { sv: ['akt'], en: ['matter', 'file'] },
  },
  {
    sv: 'idéburet offentligt partnerskap (IOP)',
    en: 'idea-based public partnership (IOP)',
    meaning: 'A co-financed partnership between a public body and idéburna organisationer; not a purchase.',
    avoid: { sv: ['IOP-avtal'], en: ['IOP contract'] },
  },
  {
    sv: 'överenskommelse',
    en: 'agreement',
    meaning: 'What the parties of an IOP sign: the partnership for its term. Never "avtal", which is a procurement’s contract.',
    avoid: { sv: ['partnerskapsavtal', 'IOP-avtal'], en: ['partnership contract'] },
  },
  {
    sv: 'avtal',
    en: 'contract',
    meaning: 'What a procurement ends in: the contract between the buyer and the supplier.',
    avoid: { sv: ['kontraktet tecknas'], en: [] },
  },
  {
    sv: 'part',
    en: 'party',
    meaning: 'An organisation in an IOP case: the healthcare unit (offentlig part) or an idéburen organisation (idéburen part).',
    avoid: { sv: ['deltagande organisation'], en: ['participant organisation'] },
  },
  {
    sv: 'idéburen organisation',
    en: 'idea-based organisation',
    meaning: 'A non-profit association, foundation or similar with a public-benefit purpose (lag 2022:900).',
    avoid: { sv: ['civilsamhällesorganisation', 'frivilligorganisation', 'NGO'], en: ['civil-society organisation', 'NGO'] },
  },
  {
    sv: 'vårdenhet',
    en: 'healthcare unit',
    meaning: 'A unit of a region (a hospital, a health centre) that starts and runs IOP cases.',
    avoid: { sv: ['vårdgivare'], en: ['care provider'] },
  },
  {
    sv: 'beslutsfattare',
    en: 'decision-maker',
    meaning: 'The person who decides a case in the stage "Beslut" with the legal checklist.',
    avoid: { sv: ['godkännare', 'handläggare'], en: ['approver'] },
  },
  {
    sv: 'upphandling',
    en: 'procurement',
    meaning: 'A public body buying something under LOU; what its notice announces.',
    avoid: { sv: ['annons', 'anbudsförfrågan'], en: ['tender notice'] },
  },
  {
    sv: 'leverantör',
    en: 'supplier',
    meaning: 'An organisation that may bid in a procurement; in a match case, the one the case follows.',
    avoid: { sv: ['anbudsgivare', 'utförare'], en: ['vendor'] },
  },
  {
    sv: 'delområde',
    en: 'lot',
    meaning: 'A part of a procurement that can be bid for and awarded on its own.',
    avoid: { sv: ['lott', 'delupphandling'], en: [] },
  },
  {
    sv: 'träff / nästan-träff',
    en: 'match / near-miss',
    meaning: 'A procurement or lot that fits a supplier’s profile; a near-miss is stopped by exactly one hinder.',
    avoid: { sv: ['matchningsresultat'], en: ['hit'] },
  },
  {
    sv: 'matchningsärende',
    en: 'match case',
    meaning: 'One supplier and one procurement (or lot), followed from matching through award and contract to follow-up.',
    avoid: { sv: ['upphandlingsärende'], en: [] },
  },
  {
    sv: 'avtalsspärr',
    en: 'standstill',
    meaning: 'The 10 or 15 days after an award decision when no contract may be concluded (LOU 20 kap. 1 §).',
    avoid: { sv: ['väntetid', 'karenstid'], en: ['waiting period'] },
  },
  {
    sv: 'överprövning',
    en: 'appeal',
    meaning: 'A supplier asking the administrative court to review the procurement (LOU 20 kap.).',
    avoid: { sv: ['överklagande'], en: [] },
  },
  {
    sv: 'årlig uppföljning / slutuppföljning',
    en: 'annual review / final review',
    meaning: 'The yearly look at an IOP agreement in force, and the last one before its term ends.',
    avoid: { sv: ['granskning', 'slutlig uppföljning', 'revision'], en: [] },
  },
  {
    sv: 'avtalsuppföljning',
    en: 'contract follow-up',
    meaning: 'The yearly follow-up of a procurement contract’s social commitments.',
    avoid: { sv: [], en: [] },
  },
  {
    sv: 'utkast',
    en: 'draft',
    meaning: 'The text of the agreement-to-be, in numbered versions the parties approve.',
    avoid: { sv: ['förslag till överenskommelse'], en: [] },
  },
  {
    sv: 'remiss',
    en: 'consultation',
    meaning: 'A question sent to named organisations, with a last day to answer.',
    avoid: { sv: ['samråd', 'remissrunda'], en: [] },
  },
  {
    sv: 'län',
    en: 'county',
    meaning: 'Where work is done or a supplier works, by its Swedish name ("Västra Götalands län"); NUTS codes stay in the data.',
    avoid: { sv: ['NUTS-kod', 'NUTS-region'], en: ['NUTS code'] },
  },
  {
    sv: 'senast / tidigast',
    en: 'by / at the earliest',
    meaning: '"Senast" is a deadline (the last day to act); "tidigast" is when something may happen at the earliest (a contract after the standstill).',
    avoid: { sv: ['sista datum för'], en: ['no later than'] },
  },
];
