import type { Language } from '../i18n/dictionary.js';

/**
 * Numbers as the reader writes them: Swedish groups thousands with a space
 * and writes "kr" after the amount ("1 250 000 kr"), English "SEK 1,250,000".
 * Every page formats numbers here, so a count, an amount and a share read alike.
 */
const locales = { sv: 'sv-SE', en: 'en-GB' } as const satisfies Record<Language, string>;

/** A whole number or count: "1 250 000" / "1,250,000". */
export function formatNumber(value: number | null | undefined, lang: Language): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return new Intl.NumberFormat(locales[lang], { maximumFractionDigits: 1 }).format(value);
}

/** Whole kronor as "1 250 000 kr" / "SEK 1,250,000". */
export function formatSek(value: number | null | undefined, lang: Language): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return new Intl.NumberFormat(locales[lang], { style: 'currency', currency: 'SEK', maximumFractionDigits: 0 }).format(value);
}

/** A 0–1 share as a whole percent: "30 %" / "30%". */
export function formatPercent(share: number, lang: Language): string {
  return new Intl.NumberFormat(locales[lang], { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** A length of time in months: "36 månader" / "36 months"; whole years as years ("3 år"). */
export function formatMonths(months: number, lang: Language): string {
  if (months % 12 === 0 && months >= 24) return lang === 'sv' ? `${months / 12} år` : `${months / 12} years`;
  if (lang === 'sv') return months === 1 ? '1 månad' : `${formatNumber(months, lang)} månader`;
  return months === 1 ? '1 month' : `${formatNumber(months, lang)} months`;
}
