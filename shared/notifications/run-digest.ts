import { PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { CaseStore, ItemStore } from '../platform/dynamodb/index.js';
import { activeParties, type IopCase, type IopStage } from '../iop/domain/case-model.js';
import { IOP_KIND } from '../iop/store/iop-store.js';
import { eventBridgeClient } from '../platform/aws-clients.js';
import { clock } from '../platform/clock.js';
import { EnvNames, requireEnv } from '../platform/env-names.js';
import type { Logger } from '../platform/logger.js';
import type { MatchCase, WorkflowMatchStage } from '../procurement/domain/match-case/match-case-model.js';
import { MATCH_CASE_KIND } from '../procurement/store/match-case-kind.js';
import { buildDigests, type DigestCaseInput, type DigestPeriod, type OrganisationDigest } from './digest.js';
import { type DigestMailDeps, mailDigests } from './effects/send-digests.js';

export const DigestEventSource = 'iop-workflows.notifications';
export const DigestDetailType = 'digest';

/** Where the end of the last sent period is kept. */
const LAST_DIGEST = { pk: 'DIGEST', sk: 'LAST' } as const;
/** The first digest ever looks back one day. */
const FIRST_LOOK_BACK_MS = 24 * 3600_000;
// Open stages only, walked through GSI2 like the reconcilers (never a Scan).
const OpenIopStages: readonly IopStage[] = ['initiation', 'dialogue', 'approval', 'agreement', 'review'];
const OpenMatchStages: readonly WorkflowMatchStage[] = ['initiation', 'dialogue', 'approval', 'agreement', 'review'];

export interface DigestRunResult {
  readonly since: string;
  readonly until: string;
  readonly casesRead: number;
  /** Digest events put on the bus, one per organisation. */
  readonly sent: number;
  /** Digest e-mails sent, one per person whose choice asks for it. */
  readonly emailed: number;
}

/**
 * Sends one digest per organisation for the period since the last run (an
 * event on the bus, and an e-mail to each of its people whose choice asks for
 * one), then moves "last" to now. "Last" moves only after every event was accepted, so a
 * failed run is repeated whole (at least once); a rerun after a success only
 * sees what happened since.
 */
export async function runDigest(logger: Logger, mail: DigestMailDeps): Promise<DigestRunResult> {
  const items = new ItemStore();
  const until = clock.now();
  const last = await items.get<{ at: string }>(LAST_DIGEST.pk, LAST_DIGEST.sk);
  const period: DigestPeriod = {
    since: last?.at ?? new Date(until.getTime() - FIRST_LOOK_BACK_MS).toISOString(),
    until: until.toISOString(),
  };
  if (Date.parse(period.since) >= until.getTime()) return { ...period, casesRead: 0, sent: 0, emailed: 0 };

  const cases = (await Promise.all([iopCases(), matchCases()])).flat();
  const digests = buildDigests(cases, period);
  await sendDigests(digests);
  const emailed = await mailDigests({ nonMaterial: digests, everything: buildDigests(cases, period, { includeMaterial: true }) }, period, mail);
  await items.put(LAST_DIGEST.pk, LAST_DIGEST.sk, { at: period.until });
  logger.info('digest sent', { ...period, cases: cases.length, organisations: digests.length, emailed });
  return { ...period, casesRead: cases.length, sent: digests.length, emailed };
}

// Every open case's timeline is read: updatedAt is not bumped by every change
// that appends an entry (workflow steps), so it cannot narrow the reads safely.
// Stages and timelines are read in parallel: the run is a chain of small queries.
async function iopCases(): Promise<DigestCaseInput[]> {
  const store = new CaseStore<IopCase>(IOP_KIND);
  const open = (await Promise.all(OpenIopStages.map((stage) => store.listByStage(stage)))).flat();
  return inBatches(open, async ({ state }) => iopDigestInput(state, await store.timeline(state.id)));
}

/**
 * An IOP case as the digest reads it. The same recipients as the immediate
 * notifications: the parties taking part now. One that declined, withdrew or
 * left gets no digest of the case any more.
 */
export function iopDigestInput(state: IopCase, entries: DigestCaseInput['entries']): DigestCaseInput {
  return {
    caseId: state.id,
    kind: 'iop',
    reference: state.reference,
    title: state.title,
    partyOrgs: activeParties(state).map((p) => p.orgId),
    entries,
  };
}

async function matchCases(): Promise<DigestCaseInput[]> {
  const store = new CaseStore<MatchCase>(MATCH_CASE_KIND);
  const open = (await Promise.all(OpenMatchStages.map((stage) => store.listByStage(stage)))).flat();
  return inBatches(open, async ({ state }) => ({
    caseId: state.id,
    kind: 'match-case',
    reference: state.reference,
    title: state.noticeTitle,
    partyOrgs: [state.bidderOrgId, state.buyerOrgId, ...state.consortiumOrgIds],
    entries: await store.timeline(state.id),
  }));
}

/** Maps in parallel batches, keeping the read rate well under the table's capacity. */
async function inBatches<T, R>(items: readonly T[], map: (item: T) => Promise<R>, size = 10): Promise<R[]> {
  const result: R[] = [];
  for (let i = 0; i < items.length; i += size) result.push(...(await Promise.all(items.slice(i, i + size).map(map))));
  return result;
}

async function sendDigests(digests: readonly OrganisationDigest[]): Promise<void> {
  const bus = requireEnv(EnvNames.eventBusName);
  for (let i = 0; i < digests.length; i += 10) {
    const out = await eventBridgeClient().send(
      new PutEventsCommand({
        Entries: digests.slice(i, i + 10).map((digest) => ({
          EventBusName: bus,
          Source: DigestEventSource,
          DetailType: DigestDetailType,
          Detail: JSON.stringify(digest),
        })),
      }),
    );
    // Throwing keeps "last" where it was, so the next run sends the period again.
    if ((out.FailedEntryCount ?? 0) > 0) throw new Error(`${out.FailedEntryCount} digest events were not accepted`);
  }
}
