import { SendTaskSuccessCommand } from '@aws-sdk/client-sfn';
import { SystemActor } from '../../shared/platform/auth/actor.js';
import type { StoredCase } from '../../shared/platform/dynamodb/index.js';
import { clock } from '../../shared/platform/clock.js';
import { sfnClient } from '../../shared/platform/aws-clients.js';
import { createLogger } from '../../shared/platform/logger.js';
import type { TimelineEntry } from '../../shared/platform/timeline/timeline-entry.js';
import type { MatchCase, MatchWaitKind } from '../../shared/procurement/domain/match-case/match-case-model.js';
import { contractHold } from '../../shared/procurement/domain/match-case/contract-rules.js';
import { applySystemMatchAction, type SystemMatchAction } from '../../shared/procurement/domain/match-case/system-match-actions.js';
import { openDueFollowUp } from '../../shared/procurement/effects/open-due-follow-up.js';
import { commitMatchChange, matchCases } from '../../shared/procurement/effects/commit-match-change.js';
import { matchTokens } from '../../shared/procurement/effects/run-match-effects.js';
import type { MatchIndexingEventEnvelope } from '../../shared/procurement/effects/match-indexing-events.js';
import { closePastDeadline, isClosePastDeadlineEvent, isMatchIndexingEvent, reindexFromEvent } from '../../shared/procurement/effects/match-indexing-events.js';

/**
 * The Task and callback steps of workflows/match-case.asl.json, and the match
 * indexer for NoticeChanged / ProfileChanged domain events, and the daily
 * closing of notices past their deadline. Each task reads
 * the case from DynamoDB (the system of record) and is safe to run late or
 * twice: a step for a stage the case has left does nothing.
 */
export interface MatchTaskEvent {
  readonly task: 'load-case' | 'await' | 'remind' | 'escalate' | 'standstill-end' | 'check-appeal' | 'advance-stage' | 'mark-needs-attention';
  readonly caseId: string;
  readonly waitKind?: MatchWaitKind;
  readonly taskToken?: string;
  readonly error?: unknown;
  /** The execution's input (load-case): `followUp` is set when a yearly follow-up schedule started it. */
  readonly input?: { readonly followUp?: unknown };
}

/** What load-case answers when this execution has nothing to run (RouteStage's default). */
const HANDED_OVER = 'handed-over';

const logger = createLogger({ function: 'ProcurementTasks' });
const cases = matchCases;
const WEEK = 7 * 86_400_000;
/** How long each human step waits before its first reminder (mirrors the state machine). */
const WaitDays: Readonly<Record<MatchWaitKind, number>> = { initiation: 14, dialogue: 60, 'award-decision': 90, contract: 30, 'follow-up': 60 };

/** The output a wait gets at once when the case has already passed it (the callback raced the wait). */
function alreadyAnswered(s: MatchCase, kind: MatchWaitKind): Record<string, unknown> | undefined {
  switch (kind) {
    case 'initiation':
      return s.stage === 'initiation' ? undefined : { superseded: true };
    case 'dialogue':
      return s.stage === 'dialogue' ? undefined : { superseded: true };
    case 'award-decision':
      return s.award ? { outcome: s.award.outcome } : s.stage === 'approval' ? undefined : { outcome: 'cancelled' };
    case 'contract':
      return s.contract || s.stage !== 'agreement' ? { signed: s.contract !== null } : undefined;
    case 'follow-up':
      return s.stage === 'review' ? undefined : { superseded: true };
  }
}

async function act(stored: StoredCase<MatchCase>, action: SystemMatchAction): Promise<void> {
  const now = clock.now();
  const t = applySystemMatchAction(stored.state, action, SystemActor, now);
  await commitMatchChange(stored, t);
}

async function note(stored: StoredCase<MatchCase>, type: string, text: TimelineEntry['text']): Promise<void> {
  const at = clock.nowIso();
  const entry: TimelineEntry = {
    at,
    actor: { sub: SystemActor.sub, name: SystemActor.name, org: SystemActor.org, role: SystemActor.role },
    type,
    text,
    material: true,
  };
  const state = { ...stored.state, updatedAt: at };
  await commitMatchChange(stored, { state, timeline: [entry], effects: [] });
}

export async function handler(event: MatchTaskEvent | MatchIndexingEventEnvelope | { task: string }): Promise<Record<string, unknown>> {
  if (isClosePastDeadlineEvent(event)) {
    const result = await closePastDeadline();
    logger.info('notices closed', result);
    return result;
  }
  if (isMatchIndexingEvent(event)) {
    const result = await reindexFromEvent(event);
    logger.info('match index', { event: event['detail-type'], ...result });
    return result;
  }
  return runTask(event as MatchTaskEvent);
}

async function runTask(event: MatchTaskEvent): Promise<Record<string, unknown>> {
  const stored = await cases.get(event.caseId);
  if (!stored) throw new Error(`No match case ${event.caseId}`);
  const s = stored.state;
  const now = clock.now();
  logger.info('task', { task: event.task, caseId: s.id, stage: s.stage });
  switch (event.task) {
    case 'load-case':
      if (event.input?.followUp !== undefined) {
        // Started by a yearly follow-up schedule: open the follow-up if it is due;
        // the follow-up runs in its own execution, started by that stage change.
        await openDueFollowUp(stored, now);
        return { stage: HANDED_OVER, directAward: s.directAward };
      }
      return { stage: s.stage, directAward: s.directAward };
    case 'await': {
      const kind = event.waitKind!;
      const answered = alreadyAnswered(s, kind);
      if (answered) {
        await sfnClient().send(new SendTaskSuccessCommand({ taskToken: event.taskToken!, output: JSON.stringify(answered) }));
      } else {
        await matchTokens.put(s.id, kind, {
          token: event.taskToken!,
          dueAt: new Date(now.getTime() + WaitDays[kind] * 86_400_000).toISOString(),
          createdAt: now.toISOString(),
        });
      }
      return { waiting: !answered };
    }
    case 'remind':
      await note(stored, 'reminder-sent', { sv: 'Påminnelse: ett steg i ärendet väntar på er.', en: 'Reminder: a step in the case is waiting for you.' });
      return {};
    case 'escalate':
      await note(stored, 'escalated', {
        sv: 'Steget är försenat och har eskalerats till ansvarig handläggare.',
        en: 'The step is overdue and has been escalated to the responsible officer.',
      });
      return {};
    case 'standstill-end':
    case 'check-appeal': {
      const hold = contractHold(s, now);
      // An appeal with no court decision yet is looked at again every week.
      return hold.held ? { held: true, endsAt: hold.until ?? new Date(now.getTime() + WEEK).toISOString() } : { held: false, endsAt: now.toISOString() };
    }
    case 'advance-stage':
      if (s.stage === 'approval' && s.award?.outcome === 'awarded' && !contractHold(s, now).held) await act(stored, { type: 'end-standstill' });
      return { stage: (await cases.get(s.id))?.state.stage ?? s.stage };
    case 'mark-needs-attention':
      if (s.stage !== 'closed' && s.stage !== 'withdrawn')
        await act(stored, { type: 'mark-needs-attention', reason: JSON.stringify(event.error ?? 'unknown').slice(0, 2000) });
      return {};
  }
}
