import { readReferenceData, referenceDataAsset } from './run-time-files.js';

/** One CPV 2008 code with its Swedish and English label (English is empty for 38 codes). */
export type CpvRow = readonly [code: string, sv: string, en: string];

/**
 * The CPV 2008 vocabulary: 9,454 codes with Swedish and English labels, 640 KB
 * of JSON that is not bundled but read on first use (see run-time-files.ts).
 */
export const CpvVocabularyFile = 'cpv-2008.json';
export const CpvVocabularyAsset = referenceDataAsset(CpvVocabularyFile);

let rows: readonly CpvRow[] | undefined;

/** Every row of the vocabulary, read and parsed once (a few ms). */
export function cpvRows(): readonly CpvRow[] {
  rows ??= readReferenceData<CpvRow[]>(CpvVocabularyFile);
  return rows;
}
