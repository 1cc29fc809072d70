import type { CpvSet } from './codes.js';

/** Every code of a CPV set, main first (a module of its own so that matching does not load the code schemas). */
export const allCpv = (set: CpvSet): string[] => [set.main, ...set.additional];
