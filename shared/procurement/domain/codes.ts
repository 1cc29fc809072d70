import * as z from 'zod';
import { isKnownCpv } from '../reference-data/cpv.js';
import { isKnownNuts, isKnownSocialObjective } from '../reference-data/codelists.js';

/** Field schemas for codes: an unknown code is a 400 that names the field. */
export const CpvCodeSchema = z
  .string()
  .regex(/^\d{8}$/, { message: 'A CPV code has 8 digits (without the check digit)', abort: true })
  .refine(isKnownCpv, { message: 'Unknown CPV 2008 code' });

export const NutsCodeSchema = z.string().refine(isKnownNuts, { message: 'Unknown Swedish NUTS 3 code' });

export const SocialObjectiveSchema = z.string().refine(isKnownSocialObjective, { message: 'Unknown social objective code' });

export const CpvSetSchema = z.strictObject({
  main: CpvCodeSchema,
  additional: z.array(CpvCodeSchema).max(20).default([]),
});
export type CpvSet = z.infer<typeof CpvSetSchema>;

export const allCpv = (set: CpvSet): string[] => [set.main, ...set.additional];
