import type { LocalizedText, PublicStatus } from '../../platform/timeline/timeline-entry.js';
import type { IopCase, IopParty } from './case-model.js';
import { awaitingSignatures, activeParties, openReviews, reviewNamesEn, reviewNamesSv } from './case-model.js';
import { reviewSlots } from './agreement.js';
import { DefaultIopConfig } from './config.js';
import type { IopConfig } from './config.js';
import { isAfter } from './dates.js';
import { everyPartyConsented } from './reducer.js';
import { unheardParties } from './review-hearing.js';

/**
 * What a reader needs to know, in klarspråk: where the case is, what happens
 * next, who acts and by when. Deliberately not the internal stage name.
 */
const names = (parties: readonly IopParty[]): string => parties.map((p) => p.name).join(', ');

/**
 * The parties who act next as the subject of a sentence, said to the reader: their own
 * organisation is "Ni"/"You", first, never its name in the third person.
 */
function subjectOf(parties: readonly IopParty[], reader: string | undefined): LocalizedText {
  if (!reader || !parties.some((p) => p.orgId === reader)) return { sv: names(parties), en: names(parties) };
  const others = parties.filter((p) => p.orgId !== reader).map((p) => p.name);
  const join = (first: string, and: string) => (others.length === 0 ? first : `${[first, ...others.slice(0, -1)].join(', ')} ${and} ${others.at(-1)}`);
  return { sv: join('Ni', 'och'), en: join('You', 'and') };
}
const day = (iso: string | undefined | null): string => (iso ? iso.slice(0, 10) : '');

function who(parties: readonly IopParty[], roles: readonly string[], label?: LocalizedText): PublicStatus['whoActs'] {
  return { orgs: parties.map((p) => p.orgId), roles, label: label ?? { sv: names(parties), en: names(parties) } };
}
const nobody: PublicStatus['whoActs'] = { orgs: [], roles: [], label: { sv: 'Ingen', en: 'Nobody' } };
const roleOf = (p: IopParty) => (p.side === 'public' ? 'healthcare' : 'civil');
const rolesOf = (parties: readonly IopParty[]) => [...new Set(parties.map(roleOf))];

/** While an amendment runs, a review that fell due waits for it: said after the step's own text. */
function reviewsWaiting(state: IopCase): LocalizedText {
  const due = state.stage === 'review' ? [] : openReviews(state);
  if (due.length === 0) return { sv: '', en: '' };
  return due.length === 1
    ? {
        sv: ` ${reviewNamesSv(due)} ska göras och börjar när ändringen är klar.`,
        en: ` ${reviewNamesEn(due)} is due and starts once the amendment is finished.`,
      }
    : {
        sv: ` ${reviewNamesSv(due)} ska göras och börjar när ändringen är klar.`,
        en: ` ${reviewNamesEn(due)} are due and start once the amendment is finished.`,
      };
}
const plus = (a: LocalizedText, b: LocalizedText): LocalizedText => ({ sv: `${a.sv}${b.sv}`, en: `${a.en}${b.en}` });

/** `reader`: the organisation the reader acts for, when the status is said to one reader (the case view); it is then "ni". */
export function statusOf(state: IopCase, now: Date, config: IopConfig = DefaultIopConfig, reader?: string): PublicStatus {
  const parties = activeParties(state);
  const publicParty = parties.filter((p) => p.side === 'public');
  switch (state.stage) {
    case 'initiation': {
      if (state.flags.invitationsLapsed) {
        const initiators = parties.filter((p) => p.invitation === 'initiator');
        return {
          headline: { sv: 'Inbjudan har gått ut utan svar', en: 'The invitation lapsed without an answer' },
          next: { sv: 'Initiativtagaren kan dra tillbaka ärendet och starta ett nytt.', en: 'The initiator can withdraw the case and start a new one.' },
          whoActs: who(initiators, rolesOf(initiators)),
          dueAt: null,
        };
      }
      const pending = parties.filter((p) => p.invitation === 'pending');
      return {
        headline: { sv: 'Förslag till IOP – väntar på svar på inbjudan', en: 'IOP proposal – waiting for answers to the invitation' },
        next: {
          sv: `${subjectOf(pending, reader).sv} tackar ja eller nej. När alla tackat ja börjar dialogen.`,
          en: `${subjectOf(pending, reader).en} accept or decline. Once everyone has accepted, the dialogue starts.`,
        },
        whoActs: who(pending, rolesOf(pending)),
        dueAt: state.deadlines.invitations?.dueAt ?? null,
      };
    }
    case 'dialogue': {
      const v = state.draft.version;
      const stalled = state.flags.stalled !== undefined;
      const dueAt = state.deadlines.consensus?.dueAt;
      const late = dueAt !== undefined && isAfter(now, dueAt);
      const headline = state.amending
        ? { sv: 'Dialog om ändring – överenskommelsen gäller under tiden', en: 'Dialogue on an amendment – the agreement stays in force meanwhile' }
        : stalled
          ? { sv: 'Dialogen har stannat av', en: 'The dialogue has stalled' }
          : late
            ? { sv: `Dialogen är försenad – sista dagen var ${day(dueAt)}`, en: `The dialogue is overdue – its due date was ${day(dueAt)}` }
            : { sv: 'Dialog mellan parterna pågår', en: 'The parties are in dialogue' };
      if (everyPartyConsented(state)) {
        return {
          headline,
          next: plus(
            {
              sv: `Alla parter samtycker till utkast version ${v}. Vårdenheten begär beslut.`,
              en: `Every party consents to draft version ${v}. The healthcare unit asks for a decision.`,
            },
            reviewsWaiting(state),
          ),
          whoActs: who(publicParty, ['healthcare']),
          dueAt: state.deadlines.consensus?.dueAt ?? null,
        };
      }
      const missing = parties.filter((p) => state.consents[p.orgId] !== v);
      const consultation =
        state.consultation && !state.consultation.closed && isAfter(state.consultation.deadline, now)
          ? { sv: ` Remissvar senast ${day(state.consultation.deadline)}.`, en: ` Consultation answers due ${day(state.consultation.deadline)}.` }
          : { sv: '', en: '' };
      return {
        headline,
        next: plus(
          {
            sv: `${subjectOf(missing, reader).sv} tar ställning till utkast version ${v} (samtycker eller föreslår ändringar).${consultation.sv}`,
            en: `${subjectOf(missing, reader).en} consider draft version ${v} (consent or propose changes).${consultation.en}`,
          },
          reviewsWaiting(state),
        ),
        whoActs: who(missing, rolesOf(missing)),
        dueAt: state.deadlines.consensus?.dueAt ?? null,
      };
    }
    case 'approval':
      return {
        headline:
          state.flags.overdue || (state.deadlines.decision !== undefined && isAfter(now, state.deadlines.decision.dueAt))
            ? { sv: 'Väntar på beslut – beslutet är försenat', en: 'Waiting for a decision – the decision is overdue' }
            : { sv: 'Väntar på beslut', en: 'Waiting for a decision' },
        next: plus(
          {
            sv: 'Beslutsfattaren prövar ärendet mot checklistan och godkänner, avslår eller återför det till dialog.',
            en: 'The decision-maker checks the case against the checklist and approves, rejects or returns it to dialogue.',
          },
          reviewsWaiting(state),
        ),
        whoActs: { orgs: [], roles: ['approver'], label: { sv: 'Beslutsfattaren', en: 'The decision-maker' } },
        dueAt: state.deadlines.decision?.dueAt ?? null,
      };
    case 'agreement': {
      const agreement = state.agreement;
      if (agreement && awaitingSignatures(state)) {
        const unsigned = parties.filter((p) => !agreement.signatures[p.orgId]);
        return {
          headline: { sv: 'Överenskommelsen är godkänd och ska undertecknas', en: 'The agreement is approved and awaits signatures' },
          next: plus(
            {
              sv: `${subjectOf(unsigned, reader).sv} undertecknar. Den gäller när alla parter har skrivit under.`,
              en: `${subjectOf(unsigned, reader).en} sign. It takes effect once every party has signed.`,
            },
            reviewsWaiting(state),
          ),
          whoActs: who(unsigned, rolesOf(unsigned)),
          dueAt: state.deadlines.signatures?.dueAt ?? null,
        };
      }
      const inForce = state.agreementInForce;
      if (state.ending && state.endsAt) {
        return {
          headline: { sv: `Överenskommelsen upphör ${day(state.endsAt)}`, en: `The agreement ends on ${day(state.endsAt)}` },
          next:
            state.ending === 'renew'
              ? { sv: 'Ett nytt, länkat ärende förbereder förnyelsen.', en: 'A new, linked case prepares the renewal.' }
              : { sv: 'Ärendet avslutas när överenskommelsen upphör.', en: 'The case closes when the agreement ends.' },
          whoActs: nobody,
          dueAt: state.endsAt,
        };
      }
      const due = openReviews(state);
      if (due.length > 0) {
        return {
          headline: { sv: `Överenskommelsen gäller till ${day(inForce?.termEnd)}`, en: `The agreement is in force until ${day(inForce?.termEnd)}` },
          next:
            due.length === 1
              ? { sv: `${reviewNamesSv(due)} ska göras och börjar inom ett dygn.`, en: `${reviewNamesEn(due)} is due and starts within a day.` }
              : { sv: `${reviewNamesSv(due)} ska göras och börjar inom ett dygn.`, en: `${reviewNamesEn(due)} are due and start within a day.` },
          whoActs: nobody,
          dueAt: null,
        };
      }
      const nextReview = inForce ? reviewSlots(inForce, config).find((s) => !state.reviews.some((r) => r.number === s.reviewNumber)) : undefined;
      return {
        headline: { sv: `Överenskommelsen gäller till ${day(inForce?.termEnd)}`, en: `The agreement is in force until ${day(inForce?.termEnd)}` },
        next: nextReview
          ? {
              sv: `Nästa ${nextReview.final ? 'slutuppföljning' : 'årliga uppföljning'} börjar ${day(nextReview.at)}.`,
              en: `The next ${nextReview.final ? 'final' : 'annual'} review starts on ${day(nextReview.at)}.`,
            }
          : { sv: 'Parterna genomför verksamheten enligt överenskommelsen.', en: 'The parties carry out the activities as agreed.' },
        whoActs: who(parties, rolesOf(parties), { sv: 'Alla parter', en: 'Every party' }),
        dueAt: nextReview?.at ?? null,
      };
    }
    case 'review': {
      // Reviews are handled oldest first; a later one that fell due meanwhile is open too.
      const open = openReviews(state);
      const review = open[0] ?? state.reviews.at(-1);
      const later = open.slice(1);
      const missing = parties.filter((p) => p.side === 'civil' && !review?.reports.some((r) => r.orgId === p.orgId));
      const headline = review?.overdueAt
        ? review.final
          ? { sv: 'Slutuppföljningen är försenad', en: 'The final review is overdue' }
          : { sv: `Uppföljning ${review.number} är försenad`, en: `Review ${review.number} is overdue` }
        : review?.final
          ? { sv: 'Slutuppföljning pågår', en: 'Final review in progress' }
          : { sv: `Årlig uppföljning ${review?.number ?? ''} pågår`, en: `Annual review ${review?.number ?? ''} in progress` };
      const after: LocalizedText =
        later.length === 0
          ? { sv: '', en: '' }
          : later.length === 1
            ? {
                sv: ` Sedan står ${reviewNamesSv(later).toLowerCase()} i tur; den har också börjat.`,
                en: ` ${reviewNamesEn(later)} comes next; it has started too.`,
              }
            : {
                sv: ` Sedan står ${reviewNamesSv(later).toLowerCase()} i tur; de har också börjat.`,
                en: ` ${reviewNamesEn(later)} come next; they have started too.`,
              };
      const which = open.length > 1 ? { sv: ` för uppföljning ${review?.number}`, en: ` for review ${review?.number}` } : { sv: '', en: '' };
      if (missing.length > 0) {
        return {
          headline,
          next: plus(
            {
              sv: `${subjectOf(missing, reader).sv} lämnar uppföljningsrapport${which.sv}: aktiviteter, räckvidd, resultat och använda medel.`,
              en: `${subjectOf(missing, reader).en} submit the review report${which.en}: activities, reach, outcomes and resources used.`,
            },
            after,
          ),
          whoActs: who(missing, ['civil']),
          dueAt: review?.dueAt ?? state.deadlines.review?.dueAt ?? null,
        };
      }
      const unheard = review ? unheardParties(state, review) : [];
      if (unheard.length > 0) {
        return {
          headline,
          next: plus(
            {
              sv: `${subjectOf(unheard, reader).sv} anger hållning inför beslutet${which.sv} (eller att de inte tar ställning). Sedan registrerar vårdenheten beslutet.`,
              en: `${subjectOf(unheard, reader).en} state a position before the decision${which.en} (or that they take none). Then the healthcare unit records the decision.`,
            },
            after,
          ),
          whoActs: who(unheard, rolesOf(unheard)),
          dueAt: review?.dueAt ?? state.deadlines.review?.dueAt ?? null,
        };
      }
      return {
        headline,
        next: plus(
          review?.final
            ? {
                sv: 'Parterna möts och beslutar att förnya, avsluta eller säga upp samarbetet. Vårdenheten registrerar beslutet.',
                en: 'The parties meet and decide to renew, close or terminate. The healthcare unit records the decision.',
              }
            : {
                sv: `Parterna möts och beslutar${which.sv} att fortsätta, ändra eller säga upp. Vårdenheten registrerar beslutet.`,
                en: `The parties meet and decide${which.en} to continue, amend or terminate. The healthcare unit records the decision.`,
              },
          after,
        ),
        whoActs: who(publicParty, ['healthcare']),
        dueAt: review?.dueAt ?? state.deadlines.review?.dueAt ?? null,
      };
    }
    case 'closed': {
      const endedOn = day(state.endsAt ?? state.agreement?.termEnd);
      const ended: LocalizedText =
        state.endReason === 'term-ended' || state.endReason === 'close'
          ? { sv: `Överenskommelsen upphörde när avtalstiden gick ut ${endedOn}. `, en: `The agreement ended when its term ran out on ${endedOn}. ` }
          : state.endReason === 'terminate'
            ? { sv: `Överenskommelsen sades upp och upphörde ${endedOn}. `, en: `The agreement was terminated and ended on ${endedOn}. ` }
            : { sv: '', en: '' };
      return {
        headline:
          state.endReason === 'term-ended'
            ? { sv: 'Avslutat – avtalstiden har gått ut', en: 'Closed – the term has run out' }
            : { sv: 'Avslutat', en: 'Closed' },
        next: state.renewedBy
          ? plus(ended, { sv: 'Samarbetet fortsätter i ett nytt, länkat ärende.', en: 'The partnership continues in a new, linked case.' })
          : plus(ended, { sv: 'Inget mer händer i ärendet.', en: 'Nothing more happens in this case.' }),
        whoActs: nobody,
        dueAt: null,
      };
    }
    case 'rejected':
      return {
        headline: { sv: 'Avslaget', en: 'Rejected' },
        next: {
          sv: 'Beslutet och motiveringen finns i tidslinjen. Inget mer händer i ärendet.',
          en: 'The decision and its motivation are in the timeline. Nothing more happens in this case.',
        },
        whoActs: nobody,
        dueAt: null,
      };
    case 'withdrawn':
      return {
        headline:
          state.endReason === 'declined'
            ? { sv: 'Avslutat – inbjudan avböjdes', en: 'Ended – the invitation was declined' }
            : { sv: 'Återkallat', en: 'Withdrawn' },
        next: { sv: 'Inget mer händer i ärendet.', en: 'Nothing more happens in this case.' },
        whoActs: nobody,
        dueAt: null,
      };
  }
}
