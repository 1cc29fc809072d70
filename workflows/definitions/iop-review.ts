import { type StateMachine, booleanEquals, choice, days, isPresent, stateMachine, succeed, wait, when } from '../builder/index.js';
import { awaitParties, iopTask, needsAttention, outcomeGate, startStage } from './iop-stage.js';

/**
 * IOP stage 5: one review period, started by a one-time schedule. The term-end
 * schedule uses the same machine to end the agreement, whatever the reviews' state.
 */
export const iopReview = (): StateMachine =>
  stateMachine({
    comment:
      'IOP stage 5, one review period (annual or final), started by a one-time schedule: the organisation reports, the parties decide; ' +
      'terminate/close/renew wait until the agreement ends. ' +
      "The term-end schedule starts it with termEnd: true to end the agreement whatever the reviews' state.",
    startAt: 'Start',
    states: {
      Start: choice({
        comment: 'The term-end schedule (input: caseId, termEnd) ends the agreement; a review schedule (input: caseId, reviewNumber, final) opens its review',
        choices: [when(isPresent('$.termEnd'), 'EndAtTermEnd')],
        otherwise: 'OpenReview',
      }),
      EndAtTermEnd: iopTask('end-agreement', {
        comment: "The term has run out: the agreement ends and the case closes, whatever the reviews' state",
        with: { termEnd: true },
        next: 'Closed',
      }),
      OpenReview: iopTask('open-review', {
        comment: 'Open the review period (input: caseId, reviewNumber, final); an earlier review still open is flagged overdue and stays open',
        with: { 'reviewNumber.$': '$.reviewNumber', 'final.$': '$.final' },
        resultSelector: { 'opened.$': '$.Payload.opened', 'waiting.$': '$.Payload.waiting' },
        resultPath: '$.review',
        next: 'ReviewOpened',
      }),
      ReviewOpened: choice({
        comment:
          'Opened: this execution holds the review period. Waiting: the review is due but the agreement is being amended. ' +
          "Otherwise the case ended, the review was decided, or a later review's execution holds it",
        choices: [when(booleanEquals('$.review.opened', true), 'AwaitReview'), when(booleanEquals('$.review.waiting', true), 'WaitForAmendment')],
        otherwise: 'NothingToHold',
      }),
      WaitForAmendment: wait({
        comment: 'The review stays recorded as due; check each day whether the amendment is finished',
        seconds: days(1),
        next: 'OpenReview',
      }),
      NothingToHold: succeed('Nothing left for this execution: the review was recorded and is handled by the case as it is'),
      ...awaitParties({
        name: 'Review',
        waitKind: 'review',
        what: 'the review report and the review decision',
        with: { 'reviewNumber.$': '$.reviewNumber' },
        first: { timeoutSeconds: days(60), heartbeatSeconds: days(30) },
        escalation: 'Past the deadline: mark the review overdue and keep waiting',
        afterEscalation: { keepWaiting: 'The review is overdue; keep waiting for the parties' },
        next: 'ReviewGate',
      }),
      ReviewGate: outcomeGate('Gate on the review decision', {
        continue: 'Continued',
        revise: 'StartAmendmentDialogue',
        terminate: 'WaitUntilAgreementEnds',
        close: 'WaitUntilAgreementEnds',
        renew: 'StartRenewal',
        superseded: 'HandedOver',
        withdrawn: 'ReviewEnded',
      }),
      Continued: succeed(),
      HandedOver: succeed("A later review fell due while this one was open: that review's execution holds both, and this one stays open in the case"),
      ReviewEnded: succeed('The agreement ended (term end) while the review was open'),
      StartAmendmentDialogue: startStage('dialogue', {
        comment:
          'Start the dialogue stage as its own execution (name <caseId>-dialogue-<n>); ' +
          'then hold any later review that is still open once the amendment is done',
        next: 'OpenReview',
      }),
      StartRenewal: iopTask('start-renewal', { comment: 'Start the dialogue of the new linked case', next: 'WaitUntilAgreementEnds' }),
      WaitUntilAgreementEnds: wait({
        comment: 'Notice period (terminate) or the rest of the term (close, renew)',
        timestampPath: '$.answer.endsAt',
        next: 'EndAgreement',
      }),
      EndAgreement: iopTask('end-agreement', { comment: 'The agreement has ended: close the case and delete its schedules', next: 'Closed' }),
      Closed: succeed(),
      ...needsAttention(),
    },
  });
