import * as z from 'zod';
import { CpvCodeSchema, NutsCodeSchema, SocialObjectiveSchema } from './codes.js';

/** A civil-society actor's profile (PUT /bidders/{orgId}); the orgId comes from the path. */
export const BidderProfileInputSchema = z.strictObject({
  name: z.string().min(1).max(300),
  /** Free text in Swedish, matched against notice texts. */
  description: z.string().min(1).max(10_000),
  cpv: z.array(CpvCodeSchema).min(1).max(50),
  regions: z.array(NutsCodeSchema).min(1).max(25),
  /** Largest contract value per year the organisation can carry, SEK. */
  capacitySekPerYear: z.number().int().nonnegative().max(1e12),
  staff: z.number().int().nonnegative().max(1_000_000),
  /** Share (0–1) of employees with disabilities or otherwise disadvantaged (LOU 4 kap. 18 §). */
  disadvantagedShare: z.number().min(0).max(1),
  /** Idéburen organisation (LOU 19 kap. 25 a §, Act 2022:900). */
  ideburen: z.boolean(),
  consortiumWilling: z.boolean(),
  /** Social objectives the organisation works towards (eForms codelist). */
  socialObjectives: z.array(SocialObjectiveSchema).max(10).default([]),
});
export type BidderProfileInput = z.infer<typeof BidderProfileInputSchema>;

export interface BidderProfile extends BidderProfileInput {
  readonly orgId: string;
  readonly updatedAt: string;
}
