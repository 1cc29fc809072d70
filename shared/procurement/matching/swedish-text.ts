import { stemmer } from '@orama/stemmers/swedish';
import { stopwords } from '@orama/stopwords/swedish';
import { CpvIdfSource } from './idf-source.js';

/**
 * Swedish text relevance: stemmed, stop-word-free tokens weighted by TF-IDF
 * and compared by cosine similarity (0–1). The IDF comes from a fixed corpus
 * (the Swedish CPV labels), so a pair's relevance never depends on which
 * other notices or profiles exist: stored matches stay valid as data grows.
 */
const stop = new Set(stopwords);

export interface TextVector {
  /** stem → weight, L2-normalised. */
  readonly weights: ReadonlyMap<string, number>;
  /** stem → the first word in the text that produced it (shown to users). */
  readonly surface: ReadonlyMap<string, string>;
}

export function swedishTokens(text: string): { stem: string; word: string }[] {
  const words = text.toLocaleLowerCase('sv-SE').match(/\p{L}[\p{L}\p{N}]*/gu) ?? [];
  const tokens: { stem: string; word: string }[] = [];
  for (const word of words) {
    if (word.length < 3 || stop.has(word)) continue;
    tokens.push({ stem: stemmer(word), word });
  }
  return tokens;
}

export function textVector(text: string): TextVector {
  const tf = new Map<string, number>();
  const surface = new Map<string, string>();
  for (const { stem, word } of swedishTokens(text)) {
    tf.set(stem, (tf.get(stem) ?? 0) + 1);
    if (!surface.has(stem)) surface.set(stem, word);
  }
  const weights = new Map<string, number>();
  let norm = 0;
  for (const [stem, count] of tf) {
    const w = (1 + Math.log(count)) * CpvIdfSource.idf(stem);
    weights.set(stem, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [stem, w] of weights) weights.set(stem, w / norm);
  return { weights, surface };
}

export interface TextRelevance {
  /** Cosine similarity 0–1. */
  readonly score: number;
  /** Words both texts share, strongest first (as written in the first text). */
  readonly matchedWords: string[];
}

/** The score of textRelevance alone (the same sum in the same order), without collecting the shared words. */
export function textScore(a: TextVector, b: TextVector): number {
  const [small, large] = a.weights.size <= b.weights.size ? [a.weights, b.weights] : [b.weights, a.weights];
  let score = 0;
  for (const [stem, w] of small) {
    const other = large.get(stem);
    if (other !== undefined) score += w * other;
  }
  return Math.min(1, score);
}

export function textRelevance(a: TextVector, b: TextVector, maxWords = 8): TextRelevance {
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  const shared: [string, number][] = [];
  for (const [stem, w] of small.weights) {
    const other = large.weights.get(stem);
    if (other === undefined) continue;
    shared.push([stem, w * other]);
  }
  shared.sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
  return {
    score: textScore(a, b),
    matchedWords: shared.slice(0, maxWords).map(([stem]) => a.surface.get(stem) ?? stem),
  };
}
