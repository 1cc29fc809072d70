import { type StateMachine, booleanEquals, choice, stateMachine, succeed, wait, when } from '../builder/index.js';
import { iopTask, needsAttention } from './iop-stage.js';

/**
 * A consultation round (remiss) of the dialogue, one execution per round: it
 * sleeps until the round's deadline and closes the round then, so who answered
 * and who did not is recorded on the day, not at the case's next change. An
 * extended deadline is simply waited for again.
 */
export const iopConsultation = (): StateMachine => {
  // No callback here, so no gate on an unexpected outcome: only the failure path.
  const { MarkNeedsAttentionUnknownOutcome: _noGate, ...whenFailed } = needsAttention();
  return stateMachine({
    comment:
      'IOP consultation round (remiss), started with the round (input: caseId, startedAt, round.deadline): ' +
      'at the deadline the round closes and the case records who answered and who did not; an extended deadline is waited for again.',
    startAt: 'WaitForDeadline',
    states: {
      WaitForDeadline: wait({ comment: "Sleep until the round's deadline (round.deadline)", timestampPath: '$.round.deadline', next: 'CloseIfLapsed' }),
      CloseIfLapsed: iopTask('close-consultation', {
        comment:
          'Close the round if its deadline has passed (who answered, who did not); ' +
          'answers whether it is still open (its deadline was extended) and until when',
        with: { 'startedAt.$': '$.startedAt' },
        resultSelector: { 'open.$': '$.Payload.open', 'deadline.$': '$.Payload.deadline' },
        resultPath: '$.round',
        next: 'StillOpen',
      }),
      StillOpen: choice({
        comment: 'Extended: wait for the new deadline. Closed (now, earlier by the last answer or early by the unit) or replaced: done',
        choices: [when(booleanEquals('$.round.open', true), 'WaitForDeadline')],
        otherwise: 'RoundClosed',
      }),
      RoundClosed: succeed('The round is closed and recorded on the case'),
      ...whenFailed,
    },
  });
};
