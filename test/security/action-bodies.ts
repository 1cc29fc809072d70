import type { IopActionType } from '../../shared/iop/domain/schemas.js';
import type { MatchActionType } from '../../shared/procurement/domain/match-case/match-case-model.js';
import { approveBody, reviewReport } from '../integration/iop/iop-http.js';

/** A valid body for every IOP and match-case action type (the authorization matrix sends each to every case). */

export const later = (days: number, from: Date) => new Date(from.getTime() + days * 86_400_000).toISOString();

export const iopBodies = (now: Date): Record<IopActionType, Record<string, unknown>> => ({
  'accept-invitation': {},
  'decline-invitation': { reason: 'Vi har inte möjlighet' },
  'record-meeting': { date: now.toISOString().slice(0, 10), participants: ['Sara Lindqvist'], notes: 'Anteckningar' },
  'revise-draft': { changes: { governance: 'Styrgrupp varje kvartal' } },
  consent: { draftVersion: 1 },
  'start-consultation': { responders: [{ orgId: 'rsmh', name: 'RSMH' }], question: 'Vad tycker ni?', deadline: later(10, now) },
  'respond-consultation': { response: 'Bra förslag' },
  'extend-consultation': { deadline: later(20, now) },
  'record-consultation-handling': { handling: 'Svaren har vägts in i utkast version 2' },
  'request-decision': {},
  decide: { ...approveBody },
  sign: {},
  'submit-review-report': { ...reviewReport },
  'record-review-position': { position: 'continue', statement: 'Vi vill fortsätta' },
  'record-review-reflection': {
    principles: {
      independence: 'Föreningen styr sin egen verksamhet',
      dialogue: 'Styrgruppen möts varje kvartal',
      quality: 'Målen nås',
      longTerm: 'Avtalet löper i fem år',
      openness: 'Rapporterna är öppna',
      diversity: 'Fyra språk',
    },
  },
  'review-decision': { decision: 'continue', motivation: 'Fortsätter' },
  withdraw: { reason: 'Ändrade planer' },
  'give-notice': { reason: 'Verksamheten läggs ned' },
});
export const matchBodies = (now: Date): Record<MatchActionType, Record<string, unknown>> => ({
  'accept-invitation': {},
  'decline-invitation': { reason: 'Nej tack' },
  acknowledge: {},
  'invite-tender-school': { at: later(3, now) },
  'form-consortium': { orgIds: ['org-seniorernas-hus'] },
  'join-consortium': {},
  'submit-tender': {},
  'record-evaluation': { note: 'Utvärderat' },
  'decide-award': { outcome: 'awarded' },
  'file-appeal': {},
  'record-court-decision': {},
  'end-standstill': {},
  'conclude-contract': { startDate: now.toISOString().slice(0, 10), termMonths: 24 },
  'open-review': {},
  'submit-follow-up': { text: 'Uppföljning', commitmentsMet: true },
  'review-decision': { decision: 'continue' },
  withdraw: { reason: 'Återkallar' },
  'mark-needs-attention': { reason: 'Fastnat' },
});
