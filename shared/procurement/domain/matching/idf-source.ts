import { stemmer } from '@orama/stemmers/swedish';
import { cpvRows } from '../../reference-data/cpv-vocabulary.js';

/**
 * Inverse document frequencies over the 9,454 Swedish CPV labels: words that
 * describe everything ("tjänster", "produkter") weigh little, specific words
 * ("hemtjänst", "tolkning") much. Words absent from CPV get the highest weight.
 */
function buildIdf(): { idf(stem: string): number } {
  const df = new Map<string, number>();
  const rows = cpvRows();
  for (const [, sv] of rows) {
    const stems = new Set((sv.toLocaleLowerCase('sv-SE').match(/\p{L}[\p{L}\p{N}]*/gu) ?? []).map((w) => stemmer(w)));
    for (const s of stems) df.set(s, (df.get(s) ?? 0) + 1);
  }
  const n = rows.length;
  const idf = (count: number) => Math.log(1 + n / (1 + count));
  const unseen = idf(0);
  return {
    idf: (stem) => {
      const c = df.get(stem);
      return c === undefined ? unseen : idf(c);
    },
  };
}

let cached: { idf(stem: string): number } | undefined;

/** Built on first use (about 9,000 labels, a few ms). */
export const CpvIdfSource = {
  idf(stem: string): number {
    cached ??= buildIdf();
    return cached.idf(stem);
  },
};
