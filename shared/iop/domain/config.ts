import { EnvNames } from '../../platform/env-names.js';

/**
 * The numbers the IOP rules depend on. Regional guidelines set the maximum term
 * (default five years); the deadlines match the TimeoutSeconds of the human
 * steps in workflows/iop-*.asl.json, so the status shown to readers and the
 * workflow's timeout path agree.
 */
export interface IopConfig {
  readonly maxTermMonths: number;
  readonly invitationDays: number;
  readonly dialogueDays: number;
  readonly decisionDays: number;
  readonly signatureDays: number;
  readonly reviewReportDays: number;
  /** Extra time given after a reminder before the escalation path is taken. */
  readonly reminderGraceDays: number;
  readonly defaultNoticeMonths: number;
  /** The final review opens this many months before the term ends. */
  readonly finalReviewMonthsBeforeEnd: number;
  /** EU state aid per organisation over any three years (EUR): de minimis, Regulation 2023/2831; SGEI, 2023/2832. The EUR/SEK rate is dated data (state-aid/exchange-rates.json). */
  readonly deMinimisEur: number;
  readonly sgeiEur: number;
  /** Warn when the public contribution reaches this share of a ceiling. */
  readonly stateAidWarnShare: number;
}

export const DefaultIopConfig: IopConfig = {
  maxTermMonths: 60,
  invitationDays: 14,
  dialogueDays: 90,
  decisionDays: 30,
  signatureDays: 30,
  reviewReportDays: 60,
  reminderGraceDays: 7,
  defaultNoticeMonths: 3,
  finalReviewMonthsBeforeEnd: 3,
  deMinimisEur: 300_000,
  sgeiEur: 750_000,
  stateAidWarnShare: 0.8,
};

/** Reads IOP_MAX_TERM_MONTHS; a malformed value is a deployment fault and throws. */
export function iopConfigFromEnv(env: Record<string, string | undefined> = process.env): IopConfig {
  const raw = env[EnvNames.iopMaxTermMonths];
  if (raw === undefined || raw === '') return DefaultIopConfig;
  const months = Number(raw);
  if (!Number.isInteger(months) || months < 1) {
    throw new Error(`${EnvNames.iopMaxTermMonths} must be a positive whole number of months, got "${raw}"`);
  }
  return { ...DefaultIopConfig, maxTermMonths: months };
}
