import {
  _default,
  array,
  boolean,
  int,
  maxLength,
  maximum,
  minLength,
  minimum,
  nonnegative,
  number,
  strictObject,
  string,
  type infer as Infer,
} from 'zod/mini';
import { CpvCodeSchema, NutsCodeSchema, SocialObjectiveSchema } from './codes.js';

/** A civil-society actor's profile (PUT /bidders/{orgId}); the orgId comes from the path. */
export const BidderProfileInputSchema = strictObject({
  name: string().check(minLength(1), maxLength(300)),
  /** Free text in Swedish, matched against notice texts. */
  description: string().check(minLength(1), maxLength(10_000)),
  cpv: array(CpvCodeSchema).check(minLength(1), maxLength(50)),
  regions: array(NutsCodeSchema).check(minLength(1), maxLength(25)),
  /** Largest contract value per year the organisation can carry, SEK. */
  capacitySekPerYear: int().check(nonnegative(), maximum(1e12)),
  staff: int().check(nonnegative(), maximum(1_000_000)),
  /** Share (0–1) of employees with disabilities or otherwise disadvantaged (LOU 4 kap. 18 §). */
  disadvantagedShare: number().check(minimum(0), maximum(1)),
  /** Idéburen organisation (LOU 19 kap. 25 a §, Act 2022:900). */
  ideburen: boolean(),
  consortiumWilling: boolean(),
  /** Social objectives the organisation works towards (eForms codelist). */
  socialObjectives: _default(array(SocialObjectiveSchema).check(maxLength(10)), []),
});
export type BidderProfileInput = Infer<typeof BidderProfileInputSchema>;

export interface BidderProfile extends BidderProfileInput {
  readonly orgId: string;
  readonly updatedAt: string;
}
