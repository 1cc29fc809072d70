import { type StateMachine, days, stateMachine, succeed } from '../builder/index.js';
import { awaitParties, needsAttention, outcomeGate, startStage } from './iop-stage.js';

/** IOP stage 3: the decision-maker approves (agreement next), returns the case to dialogue, or rejects it. */
export const iopApproval = (): StateMachine =>
  stateMachine({
    comment: 'IOP stage 3, approval: the decision-maker answers the legal checklist and approves, rejects or returns the case to dialogue.',
    startAt: 'AwaitDecision',
    states: {
      ...awaitParties({
        name: 'Decision',
        waitKind: 'decision',
        what: 'the decision',
        first: { timeoutSeconds: days(30), heartbeatSeconds: days(14) },
        escalation: 'Past the deadline: mark the decision overdue and escalate, then keep waiting',
        afterEscalation: { keepWaiting: 'The decision is overdue; keep waiting for the decision-maker' },
        next: 'DecisionGate',
      }),
      DecisionGate: outcomeGate('Gate on the decision', {
        approve: 'StartAgreement',
        return: 'ReturnToDialogue',
        reject: 'Rejected',
        withdrawn: 'ApprovalEnded',
      }),
      StartAgreement: startStage('agreement', { next: 'Approved' }),
      ReturnToDialogue: startStage('dialogue', { next: 'Returned' }),
      Approved: succeed(),
      Returned: succeed('Back to dialogue in a new execution'),
      Rejected: succeed('Rejected with motivation and diarienummer; terminal'),
      ApprovalEnded: succeed('A party withdrew; the case is terminal'),
      ...needsAttention(),
    },
  });
