import { type StateMachine, days, stateMachine, succeed } from '../builder/index.js';
import { awaitParties, iopTask, needsAttention, outcomeGate } from './iop-stage.js';

/** IOP stage 4: every party signs; then the reviews are put on the calendar. */
export const iopAgreement = (): StateMachine =>
  stateMachine({
    comment:
      'IOP stage 4, agreement: every party signs the generated agreement; ' +
      'then the annual and final reviews are scheduled (one-time EventBridge Scheduler schedules that start iop-review).',
    startAt: 'AwaitSignatures',
    states: {
      ...awaitParties({
        name: 'Signatures',
        waitKind: 'signatures',
        what: 'every party to sign',
        first: { timeoutSeconds: days(30), heartbeatSeconds: days(14) },
        escalation: 'Past the deadline: mark the signing stalled and keep waiting',
        afterEscalation: { keepWaiting: 'Signing is stalled; keep waiting for the parties' },
        next: 'SignatureGate',
      }),
      SignatureGate: outcomeGate('Gate on the callback output', {
        signed: 'ScheduleReviews',
        withdrawn: 'AgreementEnded',
      }),
      ScheduleReviews: iopTask('schedule-reviews', {
        comment: 'Create one one-time schedule per anniversary and one for the final review',
        next: 'AgreementActive',
      }),
      AgreementActive: succeed('The agreement is in force; each review is its own execution'),
      AgreementEnded: succeed('A party withdrew before signing; the case is terminal'),
      ...needsAttention(),
    },
  });
