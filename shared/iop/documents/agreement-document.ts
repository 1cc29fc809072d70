import type { IopAgreement } from '../domain/case-model.js';
import { addMonths, isAfter } from '../domain/dates.js';
import { PrincipleNames, Principles } from '../domain/principles.js';
import { type AgreementChange, agreementChanges } from './agreement-changes.js';
import { agreementSummary } from './agreement-summary.js';
import { type DocumentLanguage, joinList, kronor, lastDayOf, longDate, months } from './document-language.js';

/** Where a version of the agreement stands. */
export type AgreementVersionState = 'awaiting-signatures' | 'in-force' | 'superseded' | 'ended';

/** The sections of the agreement, in the order the agreement has them. */
export const SectionIds = [
  'parties',
  'purpose',
  'activities',
  'contributions',
  'budget',
  'governance',
  'followUp',
  'term',
  'notice',
  'amendment',
  'dispute',
] as const;
export type SectionId = (typeof SectionIds)[number];

export interface DocumentTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

export interface DocumentSection {
  readonly id: SectionId;
  readonly heading: string;
  readonly paragraphs: readonly string[];
  readonly list?: readonly string[];
  readonly table?: DocumentTable;
}

/** One party's signature line: signed by whom and when, for which version, or not yet. */
export interface DocumentSignature {
  readonly organisation: string;
  readonly signed: boolean;
  readonly signer?: string;
  readonly at?: string;
  readonly atText?: string;
  readonly version: number;
}

export interface AgreementDocument {
  readonly lang: DocumentLanguage;
  readonly caseId: string;
  readonly reference: string;
  readonly title: string;
  readonly heading: string;
  readonly version: number;
  readonly versionText: string;
  readonly state: AgreementVersionState;
  readonly stateText: string;
  readonly basedOnDraftVersion: number;
  readonly diarienummer: string;
  readonly summaryHeading: string;
  readonly summary: readonly string[];
  readonly sections: readonly DocumentSection[];
  readonly signaturesHeading: string;
  readonly signatures: readonly DocumentSignature[];
  /** What this version changed in the one before it (absent for version 1). */
  readonly changes?: {
    readonly heading: string;
    readonly since: number;
    readonly beforeText: string;
    readonly afterText: string;
    readonly items: readonly AgreementChange[];
  };
}

/** What the document is built from: one version of the agreement, and the one before it for an amendment. */
export interface AgreementDocumentInput {
  readonly caseId: string;
  readonly reference: string;
  readonly agreement: IopAgreement;
  readonly previous?: IopAgreement;
  readonly state: AgreementVersionState;
  /** The name of the person who signed for each organisation (orgId → name), from the case's record of signings. */
  readonly signerNames?: Readonly<Record<string, string>>;
}

const Texts = {
  sv: {
    heading: 'Överenskommelse om idéburet offentligt partnerskap (IOP)',
    version: 'Version {n}',
    summary: 'Sammanfattning på lätt svenska',
    signatures: 'Underskrifter',
    changes: 'Det här ändrades jämfört med version {n}',
    before: 'Förut',
    after: 'Nu',
    states: {
      'awaiting-signatures': 'Väntar på underskrifter',
      'in-force': 'Gäller',
      superseded: 'Ersatt av en senare version',
      ended: 'Har upphört',
    },
    sections: {
      parties: '1. Parter',
      purpose: '2. Syfte och mål',
      activities: '3. Aktiviteter',
      contributions: '4. Parternas bidrag',
      budget: '5. Budget per år',
      governance: '6. Styrning och de sex principerna',
      followUp: '7. Uppföljning',
      term: '8. Avtalstid',
      notice: '9. Uppsägning',
      amendment: '10. Ändringar',
      dispute: '11. Tvister',
    },
    publicSide: 'offentlig part',
    civilSide: 'idéburen organisation',
    targetGroup: 'Målgrupp: {text}',
    contributionColumns: ['Part', 'Pengar per år', 'I annat än pengar per år', 'Summa per år'],
    total: 'Totalt',
    budgetColumns: ['Avtalsår', 'Period', 'Budget'],
    budgetYear: 'År {n}',
    partYear: '{months} av året',
    budgetLine: 'Den gemensamma budgeten är {budget} per år.',
    principles: 'Principerna: {list}.',
    term: 'Överenskommelsen gäller från och med {first} till och med {last}.',
    notice: 'Varje part kan säga upp överenskommelsen. Uppsägningstiden är {months}.',
    decision: 'Beslutet om partnerskapet har diarienummer {diarienummer}.',
    draft: 'Överenskommelsen bygger på version {n} av utkastet som alla parter godkände.',
    signedBy: 'Undertecknad av {signer} för {organisation} den {at} (version {version}).',
    signedFor: 'Undertecknad för {organisation} den {at} (version {version}).',
    notSigned: '{organisation} har ännu inte undertecknat version {version}.',
  },
  en: {
    heading: 'Agreement on an idea-based public partnership (IOP)',
    version: 'Version {n}',
    summary: 'Summary in plain language',
    signatures: 'Signatures',
    changes: 'What changed since version {n}',
    before: 'Before',
    after: 'Now',
    states: {
      'awaiting-signatures': 'Awaiting signatures',
      'in-force': 'In force',
      superseded: 'Replaced by a later version',
      ended: 'Has ended',
    },
    sections: {
      parties: '1. Parties',
      purpose: '2. Purpose and goals',
      activities: '3. Activities',
      contributions: "4. The parties' contributions",
      budget: '5. Budget per year',
      governance: '6. Governance and the six principles',
      followUp: '7. Follow-up',
      term: '8. Term',
      notice: '9. Notice',
      amendment: '10. Amendments',
      dispute: '11. Disputes',
    },
    publicSide: 'public party',
    civilSide: 'idea-based organisation',
    targetGroup: 'Target group: {text}',
    contributionColumns: ['Party', 'Money per year', 'In kind per year', 'Total per year'],
    total: 'Total',
    budgetColumns: ['Year of the agreement', 'Period', 'Budget'],
    budgetYear: 'Year {n}',
    partYear: '{months} of the year',
    budgetLine: 'The joint budget is {budget} per year.',
    principles: 'The principles: {list}.',
    term: 'The agreement runs from {first} up to and including {last}.',
    notice: 'Each party may give notice to end the agreement. The notice period is {months}.',
    decision: 'The decision on the partnership has reference {diarienummer}.',
    draft: 'The agreement is built on version {n} of the draft every party consented to.',
    signedBy: 'Signed by {signer} for {organisation} on {at} (version {version}).',
    signedFor: 'Signed for {organisation} on {at} (version {version}).',
    notSigned: '{organisation} has not yet signed version {version}.',
  },
} as const;

function fill(pattern: string, values: Readonly<Record<string, string | number>>): string {
  return pattern.replace(/\{(\w+)\}/g, (_, slot: string) => String(values[slot] ?? ''));
}

/** The agreement's years: each runs twelve months from the term start; the last may be shorter. */
export function agreementYears(
  termStart: string,
  termEnd: string,
): readonly { readonly n: number; readonly from: string; readonly to: string; readonly months: number }[] {
  const years: { n: number; from: string; to: string; months: number }[] = [];
  for (let n = 1; n <= 100; n++) {
    const from = addMonths(termStart, 12 * (n - 1));
    if (!isAfter(termEnd, from)) break;
    const fullEnd = addMonths(termStart, 12 * n);
    const end = isAfter(fullEnd, termEnd) ? termEnd : fullEnd;
    // Whole months of this year inside the term (the term is a whole number of months from its start).
    let m = 0;
    while (m < 12 && !isAfter(addMonths(termStart, 12 * (n - 1) + m + 1), end)) m++;
    years.push({ n, from, to: lastDayOf(end), months: m });
  }
  return years;
}

/**
 * The agreement as a document people read and sign: the sections of the
 * agreement in its order, written from the version's fields, the plain-language
 * summary at the top, each signature with the version it was given for, and for
 * an amendment what changed. Pure: the page, the PDF and the tests read this.
 */
export function agreementDocument(input: AgreementDocumentInput, lang: DocumentLanguage): AgreementDocument {
  const a = input.agreement;
  const t = Texts[lang];
  const partyLines = a.parties.map((p) => `${p.name} (${p.side === 'public' ? t.publicSide : t.civilSide})`);
  const contributionRows = a.parties.map((p) => {
    const c = a.contributions[p.orgId] ?? { moneySekPerYear: 0, inKindSekPerYear: 0 };
    return [p.name, kronor(c.moneySekPerYear, lang), kronor(c.inKindSekPerYear, lang), kronor(c.moneySekPerYear + c.inKindSekPerYear, lang)];
  });
  const sum = (pick: (c: { moneySekPerYear: number; inKindSekPerYear: number }) => number) =>
    a.parties.reduce((total, p) => total + pick(a.contributions[p.orgId] ?? { moneySekPerYear: 0, inKindSekPerYear: 0 }), 0);
  const money = sum((c) => c.moneySekPerYear);
  const inKind = sum((c) => c.inKindSekPerYear);
  const budgetRows = agreementYears(a.termStart, a.termEnd).map((y) => [
    y.months === 12 ? fill(t.budgetYear, { n: y.n }) : `${fill(t.budgetYear, { n: y.n })} (${fill(t.partYear, { months: months(y.months, lang) })})`,
    `${longDate(y.from, lang)} – ${longDate(y.to, lang)}`,
    kronor(a.budgetPerYearSek, lang),
  ]);
  const sections: DocumentSection[] = [
    { id: 'parties', heading: t.sections.parties, paragraphs: [fill(t.decision, { diarienummer: a.diarienummer })], list: partyLines },
    { id: 'purpose', heading: t.sections.purpose, paragraphs: [a.purpose, fill(t.targetGroup, { text: a.targetGroup })] },
    { id: 'activities', heading: t.sections.activities, paragraphs: [], list: a.activities },
    {
      id: 'contributions',
      heading: t.sections.contributions,
      paragraphs: [],
      table: {
        columns: t.contributionColumns,
        rows: [...contributionRows, [t.total, kronor(money, lang), kronor(inKind, lang), kronor(money + inKind, lang)]],
      },
    },
    {
      id: 'budget',
      heading: t.sections.budget,
      paragraphs: [fill(t.budgetLine, { budget: kronor(a.budgetPerYearSek, lang) })],
      table: { columns: t.budgetColumns, rows: budgetRows },
    },
    {
      id: 'governance',
      heading: t.sections.governance,
      paragraphs: [
        a.governance,
        fill(t.principles, {
          list: joinList(
            Principles.map((p) => PrincipleNames[p][lang]),
            lang,
          ),
        }),
      ],
    },
    { id: 'followUp', heading: t.sections.followUp, paragraphs: [a.followUp] },
    {
      id: 'term',
      heading: t.sections.term,
      paragraphs: [fill(t.term, { first: longDate(a.termStart, lang), last: longDate(lastDayOf(a.termEnd), lang) })],
    },
    { id: 'notice', heading: t.sections.notice, paragraphs: [fill(t.notice, { months: months(a.noticeMonths, lang) })] },
    { id: 'amendment', heading: t.sections.amendment, paragraphs: [a.amendmentClause[lang]] },
    { id: 'dispute', heading: t.sections.dispute, paragraphs: [a.disputeClause[lang], fill(t.draft, { n: a.basedOnDraftVersion })] },
  ];
  const signatures = a.parties.map((p): DocumentSignature => {
    const s = a.signatures[p.orgId];
    if (!s) return { organisation: p.name, signed: false, version: a.version };
    const signer = input.signerNames?.[p.orgId];
    return { organisation: p.name, signed: true, version: a.version, at: s.at, atText: longDate(s.at, lang), ...(signer !== undefined && { signer }) };
  });
  const changes = input.previous ? agreementChanges(input.previous, a, lang) : undefined;
  return {
    lang,
    caseId: input.caseId,
    reference: input.reference,
    title: a.title,
    heading: t.heading,
    version: a.version,
    versionText: fill(t.version, { n: a.version }),
    state: input.state,
    stateText: t.states[input.state],
    basedOnDraftVersion: a.basedOnDraftVersion,
    diarienummer: a.diarienummer,
    summaryHeading: t.summary,
    summary: agreementSummary(a, lang),
    sections,
    signaturesHeading: t.signatures,
    signatures,
    ...(changes &&
      input.previous && {
        changes: {
          heading: fill(t.changes, { n: input.previous.version }),
          since: input.previous.version,
          beforeText: t.before,
          afterText: t.after,
          items: changes,
        },
      }),
  };
}

/** Where a version stands, in words. */
export function versionStateText(state: AgreementVersionState, lang: DocumentLanguage): string {
  return Texts[lang].states[state];
}

/** A signature line as the document writes it. */
export function signatureLine(s: DocumentSignature, lang: DocumentLanguage): string {
  const t = Texts[lang];
  if (!s.signed) return fill(t.notSigned, { organisation: s.organisation, version: s.version });
  return fill(s.signer ? t.signedBy : t.signedFor, { signer: s.signer ?? '', organisation: s.organisation, at: s.atText ?? '', version: s.version });
}
