import { type StateMachine, days, stateMachine, succeed } from '../builder/index.js';
import { awaitParties, needsAttention, outcomeGate, startStage } from './iop-stage.js';

/** IOP stage 1: the invited counterparties answer; when all accepted, the dialogue starts. */
export const iopInitiation = (): StateMachine =>
  stateMachine({
    comment: 'IOP stage 1, initiation: invited counterparties accept or decline; the pre-check ran when the case was created. One execution per stage.',
    startAt: 'AwaitInvitationAnswers',
    states: {
      ...awaitParties({
        name: 'InvitationAnswers',
        waitKind: 'invitations',
        what: 'every invited party to accept or decline',
        first: { timeoutSeconds: days(14), heartbeatSeconds: days(7) },
        escalation: 'Past the deadline: unanswered invitations lapse and the case is marked stalled (it stays readable and can be withdrawn)',
        afterEscalation: { next: 'InvitationsLapsed' },
        next: 'InvitationGate',
      }),
      InvitationGate: outcomeGate('Gate on the callback output', {
        accepted: 'StartDialogue',
        declined: 'InitiationEnded',
        withdrawn: 'InitiationEnded',
      }),
      StartDialogue: startStage('dialogue', { next: 'InitiationDone' }),
      InitiationDone: succeed('Every party accepted; the dialogue runs in its own execution'),
      InitiationEnded: succeed('A counterparty declined or a party withdrew; the case is terminal'),
      InvitationsLapsed: succeed('Invitations lapsed; the case is marked stalled and kept'),
      ...needsAttention(),
    },
  });
