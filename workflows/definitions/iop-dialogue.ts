import { type StateMachine, days, stateMachine, succeed } from '../builder/index.js';
import { awaitParties, needsAttention, outcomeGate, startStage } from './iop-stage.js';

/** IOP stage 2: the parties talk as equals until all consent to one draft and ask for a decision. */
export const iopDialogue = (): StateMachine =>
  stateMachine({
    comment:
      'IOP stage 2, equal dialogue: meetings, numbered drafts, consultation; ' +
      'leaves only when every party consented to the same draft and a decision was requested.',
    startAt: 'AwaitConsensus',
    states: {
      ...awaitParties({
        name: 'Consensus',
        waitKind: 'consensus',
        what: 'every party to consent to the same draft and a decision to be requested',
        first: { timeoutSeconds: days(90), heartbeatSeconds: days(21) },
        escalation: 'Past the deadline: mark the dialogue stalled (not lost) and keep waiting',
        afterEscalation: { keepWaiting: 'The dialogue is stalled; keep waiting for the parties' },
        next: 'ConsensusGate',
      }),
      ConsensusGate: outcomeGate('Gate on the callback output', {
        'decision-requested': 'StartApproval',
        withdrawn: 'DialogueEnded',
      }),
      StartApproval: startStage('approval', { next: 'DialogueDone' }),
      DialogueDone: succeed(),
      DialogueEnded: succeed('A party withdrew; the case is terminal'),
      ...needsAttention(),
    },
  });
