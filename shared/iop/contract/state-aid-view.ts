import { array, boolean, enum as zEnum, number, optional, strictObject, string, type infer as Infer } from 'zod/mini';
import { InstantField } from '../../platform/http/contract/view-fields.js';

/**
 * Each civil party's EU state aid if the case is approved as drafted: summed
 * over every IOP case the organisation is in, over the three-year window that
 * holds the most, against both ceilings. Another public body's case is counted
 * but not named (its reference and title are not this reader's to see).
 */
const Ceiling = strictObject({ ceilingEur: number(), share: number(), level: zEnum(['ok', 'approaching', 'over']) });

export const StateAidLineView = strictObject({
  reference: optional(string()),
  title: optional(string()),
  sek: number(),
  eur: number(),
  sekPerEur: number(),
  rateYear: number(),
  thisCase: boolean(),
});

export const StateAidPositionView = strictObject({
  orgId: string(),
  name: string(),
  window: strictObject({ from: InstantField, to: InstantField }),
  totalSek: number(),
  totalEur: number(),
  lines: array(StateAidLineView),
  deMinimis: Ceiling,
  sgei: Ceiling,
  rateSource: string(),
});
export type StateAidPositionView = Infer<typeof StateAidPositionView>;
