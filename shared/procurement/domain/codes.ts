import { _default, array, maxLength, refine, regex, strictObject, string, type infer as Infer } from 'zod/mini';
import { isKnownCpv } from '../reference-data/cpv.js';
import { isKnownNuts, isKnownSocialObjective } from '../reference-data/codelists.js';

/** Field schemas for codes: an unknown code is a 400 that names the field. */
export const CpvCodeSchema = string().check(
  regex(/^\d{8}$/, { message: 'A CPV code has 8 digits (without the check digit)', abort: true }),
  refine(isKnownCpv, { message: 'Unknown CPV 2008 code' }),
);

export const NutsCodeSchema = string().check(refine(isKnownNuts, { message: 'Unknown Swedish NUTS 3 code' }));

export const SocialObjectiveSchema = string().check(refine(isKnownSocialObjective, { message: 'Unknown social objective code' }));

export const CpvSetSchema = strictObject({
  main: CpvCodeSchema,
  additional: _default(array(CpvCodeSchema).check(maxLength(20)), []),
});
export type CpvSet = Infer<typeof CpvSetSchema>;

export { allCpv } from './cpv-set.js';
