import type { PublicStatus } from '../../../platform/timeline/timeline-entry.js';
import type { MatchCase } from './match-case-model.js';
import { contractHold } from './contract-rules.js';
import { StageNames } from './match-transition.js';

/**
 * What the bidder reads: where the case is, what happens next, who acts and by
 * when, in Swedish and English. Kept apart from the internal stage on purpose.
 */
export function matchCaseStatus(s: MatchCase, now: Date): PublicStatus {
  const bidder = { orgs: [s.bidderOrgId], roles: ['civil'], label: { sv: 'Ni (anbudsgivaren)', en: 'You (the bidder)' } };
  const buyer = { orgs: [s.buyerOrgId], roles: ['procurement'], label: { sv: 'Upphandlande enhet', en: 'The buyer' } };
  const nobody = { orgs: [], roles: [], label: { sv: 'Ingen', en: 'Nobody' } };
  const headline = StageNames[s.stage];
  switch (s.stage) {
    case 'initiation':
      return s.initiatedBy === 'procurement'
        ? { headline, next: { sv: 'Svara på inbjudan att lämna anbud.', en: 'Answer the invitation to bid.' }, whoActs: bidder, dueAt: s.tenderDeadline }
        : {
            headline,
            next: { sv: 'Upphandlaren bekräftar ert intresse och öppnar dialogen.', en: 'The buyer confirms your interest and opens the dialogue.' },
            whoActs: buyer,
            dueAt: null,
          };
    case 'dialogue':
      // Questions go to the notice, where every bidder reads them and their answers; the tender is this case's next step.
      return {
        headline,
        next: {
          sv: 'Lämna ert anbud före sista anbudsdag. Frågor ställer ni på annonsen, där alla anbudsgivare läser svaren.',
          en: 'Submit your tender before the deadline. Ask questions on the notice, where every bidder reads the answers.',
        },
        whoActs: bidder,
        dueAt: s.tenderDeadline,
      };
    case 'approval': {
      if (!s.award)
        return {
          headline,
          next: { sv: 'Anbuden utvärderas och ett tilldelningsbeslut fattas.', en: 'The tenders are evaluated and an award decision is made.' },
          whoActs: buyer,
          dueAt: null,
        };
      const hold = contractHold(s, now);
      if (s.appeal && !s.appeal.courtDecidedAt) {
        return {
          headline: { sv: 'Överprövning pågår', en: 'Appeal pending' },
          next: {
            sv: 'Förvaltningsrätten prövar upphandlingen. Avtal får inte tecknas innan dess.',
            en: 'The administrative court reviews the procurement. No contract until it decides.',
          },
          whoActs: { ...nobody, label: { sv: 'Förvaltningsrätten', en: 'The administrative court' } },
          dueAt: null,
        };
      }
      return {
        headline: { sv: 'Avtalsspärr', en: 'Standstill' },
        next: { sv: 'Avtal kan tecknas när avtalsspärren är slut.', en: 'The contract can be concluded when the standstill ends.' },
        whoActs: buyer,
        dueAt: hold.until,
      };
    }
    case 'agreement':
      return s.contract
        ? {
            headline,
            next: {
              sv: 'Avtalet löper. Nästa uppföljning av de sociala åtagandena sker på årsdagen.',
              en: 'The contract runs. The social commitments are next followed up on the anniversary.',
            },
            whoActs: nobody,
            dueAt: null,
          }
        : { headline, next: { sv: 'Upphandlaren tecknar avtalet med er.', en: 'The buyer concludes the contract with you.' }, whoActs: buyer, dueAt: null };
    case 'review': {
      const current = s.reviews.at(-1);
      return current && !current.report
        ? {
            headline,
            next: { sv: 'Rapportera hur de sociala åtagandena uppfyllts.', en: 'Report how the social commitments were met.' },
            whoActs: bidder,
            dueAt: current.dueAt,
          }
        : { headline, next: { sv: 'Upphandlaren går igenom uppföljningen.', en: 'The buyer reviews the follow-up.' }, whoActs: buyer, dueAt: null };
    }
    case 'closed':
    case 'withdrawn':
      return { headline, next: { sv: 'Inget mer händer i ärendet.', en: 'Nothing more happens in this case.' }, whoActs: nobody, dueAt: null };
  }
}
