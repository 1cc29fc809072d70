import type { PublicStatus } from '../../../shared/iop/contract.js';
import type { Language } from '../i18n/dictionary.js';
import { pick } from '../i18n/translate.js';
import { formatDate } from './dates.js';

/** The five stages every case passes, in order; the journey diagram draws these. */
export const JourneyStages = ['initiation', 'dialogue', 'approval', 'agreement', 'review'] as const;
export type JourneyStage = (typeof JourneyStages)[number];
export const EndStages = ['closed', 'rejected', 'withdrawn'] as const;

/** Where a stage sits on the journey: its index, or -1 for an end state or an unknown stage. */
export function journeyIndex(stage: string): number {
  return (JourneyStages as readonly string[]).indexOf(stage);
}

export function isEndStage(stage: string): boolean {
  return (EndStages as readonly string[]).includes(stage);
}

export interface StatusLines {
  readonly headline: string;
  readonly next: string;
  readonly whoActs: string;
  /** The due date as the reader reads it, or null when nothing is due. */
  readonly due: string | null;
  /** For <time datetime>. */
  readonly dueAt: string | null;
}

/** The API's status object in the reader's language; tolerant of a missing part so a card never breaks. */
export function statusLines(status: Partial<PublicStatus> | null | undefined, lang: Language): StatusLines {
  return {
    headline: pick(status?.headline, lang),
    next: pick(status?.next, lang),
    whoActs: pick(status?.whoActs?.label, lang),
    due: status?.dueAt ? formatDate(status.dueAt, lang) : null,
    dueAt: status?.dueAt ?? null,
  };
}
