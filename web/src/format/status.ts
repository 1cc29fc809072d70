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

/**
 * What the status box's date means: "senast" for a deadline, "tidigast" for
 * the first day something may happen (a contract after the standstill), or
 * just the day something happens (the next review starts, the agreement ends).
 */
export type DueMeaning = 'by' | 'from' | 'on';

/** An IOP case's due date is a deadline when it is one of the case's deadlines or its consultation's; else the day something happens. */
export function iopDueMeaning(c: {
  readonly status: Partial<PublicStatus>;
  readonly deadlines?: Readonly<Partial<Record<string, { readonly dueAt?: string | undefined } | undefined>>>;
  readonly consultation?: { readonly deadline: string } | undefined;
  readonly reviews?: readonly { readonly dueAt?: string | undefined }[];
}): DueMeaning {
  const due = c.status.dueAt;
  if (!due) return 'by';
  const deadlines = [...Object.values(c.deadlines ?? {}).map((d) => d?.dueAt), c.consultation?.deadline, ...(c.reviews ?? []).map((r) => r.dueAt)];
  return deadlines.includes(due) ? 'by' : 'on';
}

/** A match case's due date is the first day of the contract while the standstill or the court's hold runs; else a deadline. */
export function matchDueMeaning(c: {
  readonly status: Partial<PublicStatus>;
  readonly award: { readonly standstill: { readonly endsAt: string; readonly lastDay: string } | null } | null;
  readonly appeal: { readonly holdUntil: { readonly endsAt: string; readonly lastDay: string } | null } | null;
}): DueMeaning {
  const due = c.status.dueAt;
  if (!due) return 'by';
  const holds = [c.award?.standstill, c.appeal?.holdUntil].flatMap((p) => (p ? [p.endsAt, p.lastDay] : []));
  return holds.includes(due) ? 'from' : 'by';
}
