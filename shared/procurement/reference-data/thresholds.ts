/**
 * Amounts and limits of the Public Procurement Act (LOU) that change over time,
 * kept as data with validity periods (thresholds are revised every two years).
 * Dates are inclusive calendar dates; `validTo: null` means still in force.
 */
export const ThresholdKinds = {
  directAwardLimit: 'direct-award-limit',
} as const;
export type ThresholdKind = (typeof ThresholdKinds)[keyof typeof ThresholdKinds];

export interface Threshold {
  readonly kind: ThresholdKind;
  readonly amountSek: number;
  readonly validFrom: string;
  readonly validTo: string | null;
  readonly source: string;
}

export const Thresholds: readonly Threshold[] = [
  { kind: 'direct-award-limit', amountSek: 615_312, validFrom: '2020-01-01', validTo: '2022-01-31', source: 'LOU 19 kap. 8 § (28 % of the EU threshold)' },
  { kind: 'direct-award-limit', amountSek: 700_000, validFrom: '2022-02-01', validTo: null, source: 'LOU 19 kap. 8 §' },
];

/** Limits that are fixed in the Act rather than revised. */
export const ContractLimits = {
  /** Framework agreements, options included (LOU 7 kap. 2 §). */
  frameworkMaxMonths: 48,
  /** Contracts reserved under LOU 19 kap. 25 §. */
  reserved19Kap25MaxMonths: 36,
  /** No repeat award under 19 kap. 25 § to the same organisation by the same buyer within this time. */
  reserved19Kap25RepeatYears: 3,
  /** LOU 4 kap. 18 §: share of employees with disabilities or disadvantaged. */
  shelteredWorkshopMinShare: 0.3,
} as const;

export function thresholdAt(kind: ThresholdKind, at: Date): Threshold {
  const day = at.toISOString().slice(0, 10);
  const found = Thresholds.find((t) => t.kind === kind && t.validFrom <= day && (t.validTo === null || day <= t.validTo));
  if (!found) throw new Error(`No ${kind} threshold in force on ${day}`);
  return found;
}
