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
  /** The stems as interned ids, in the order of weights (the order every score is summed in). */
  readonly ids: Int32Array;
  /** The weights in the order of ids. */
  readonly values: Float64Array;
  /** ids sorted ascending, with their weights: a stem is looked up by binary search, without hashing a string. */
  readonly sortedIds: Int32Array;
  readonly sortedValues: Float64Array;
}

// Every stem seen gets a small integer id for the life of the process (the vocabulary is bounded by the language).
const stemIds = new Map<string, number>();
const stemNames: string[] = [];
function stemId(stem: string): number {
  let id = stemIds.get(stem);
  if (id === undefined) {
    id = stemNames.length;
    stemIds.set(stem, id);
    stemNames.push(stem);
  }
  return id;
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
  return vectorOf(weights, surface);
}

/** A stored text vector: [stem, normalised weight, first word] in the vector's order. */
export type TextVectorEntries = readonly (readonly [string, number, string])[];

export const textVectorEntries = (v: TextVector): TextVectorEntries => [...v.weights].map(([stem, w]) => [stem, w, v.surface.get(stem) ?? stem] as const);

/** The vector textVector made, back from its entries (JSON keeps every weight exactly): no text is tokenised again. */
export function textVectorFromEntries(entries: TextVectorEntries): TextVector {
  const weights = new Map<string, number>();
  const surface = new Map<string, string>();
  for (const [stem, w, word] of entries) {
    weights.set(stem, w);
    surface.set(stem, word);
  }
  return vectorOf(weights, surface);
}

function vectorOf(weights: Map<string, number>, surface: Map<string, string>): TextVector {
  const ids = new Int32Array(weights.size);
  const values = new Float64Array(weights.size);
  let i = 0;
  for (const [stem, w] of weights) {
    ids[i] = stemId(stem);
    values[i++] = w;
  }
  const order = Array.from(ids.keys()).sort((x, y) => ids[x]! - ids[y]!);
  return {
    weights,
    surface,
    ids,
    values,
    sortedIds: Int32Array.from(order, (k) => ids[k]!),
    sortedValues: Float64Array.from(order, (k) => values[k]!),
  };
}

export interface TextRelevance {
  /** Cosine similarity 0–1. */
  readonly score: number;
  /** Words both texts share, strongest first (as written in the first text). */
  readonly matchedWords: string[];
}

/** The position of id in a vector's sortedIds, or -1. */
function find(sortedIds: Int32Array, id: number): number {
  let lo = 0;
  let hi = sortedIds.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const x = sortedIds[mid]!;
    if (x < id) lo = mid + 1;
    else if (x > id) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/**
 * The score of textRelevance alone, without collecting the shared words and
 * without allocating: the products are added in the order of the smaller
 * vector's stems (the first text's on a tie), the very sum textRelevance makes.
 */
export function textScore(a: TextVector, b: TextVector): number {
  const aSmall = a.ids.length <= b.ids.length;
  const ids = aSmall ? a.ids : b.ids;
  const values = aSmall ? a.values : b.values;
  const other = aSmall ? b : a;
  const otherIds = other.sortedIds;
  const otherValues = other.sortedValues;
  let score = 0;
  for (let i = 0; i < ids.length; i++) {
    const k = find(otherIds, ids[i]!);
    if (k >= 0) score += values[i]! * otherValues[k]!;
  }
  return Math.min(1, score);
}

export function textRelevance(a: TextVector, b: TextVector, maxWords = 8): TextRelevance {
  const aSmall = a.ids.length <= b.ids.length;
  const small = aSmall ? a : b;
  const large = aSmall ? b : a;
  const shared: [string, number][] = [];
  let score = 0;
  for (let i = 0; i < small.ids.length; i++) {
    const k = find(large.sortedIds, small.ids[i]!);
    if (k < 0) continue;
    const product = small.values[i]! * large.sortedValues[k]!;
    score += product;
    shared.push([stemNames[small.ids[i]!]!, product]);
  }
  shared.sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
  return {
    score: Math.min(1, score),
    matchedWords: shared.slice(0, maxWords).map(([stem]) => a.surface.get(stem) ?? stem),
  };
}

/**
 * textScore(target, other) for one fixed text against many others (a notice's
 * lot against every candidate bidder): the target's stems are laid out by id
 * once, so each other text is read once, with no search. The products are
 * added in textScore's order (the smaller text's, the target's on a tie), so
 * the result is the same number.
 */
export function textScorer(target: TextVector): (other: TextVector) => number {
  let span = 0;
  for (let i = 0; i < target.ids.length; i++) span = Math.max(span, target.ids[i]! + 1);
  // A very large vocabulary would make the layout cost more than it saves.
  if (span > 65_536) return (other) => textScore(target, other);
  const rank = new Int32Array(span).fill(-1); // stem id → position in target.ids
  for (let i = 0; i < target.ids.length; i++) rank[target.ids[i]!] = i;
  const n = target.ids.length;
  const products = new Float64Array(n);
  const seen = new Int32Array(n);
  let stamp = 0;
  return (other) => {
    const ids = other.ids;
    const values = other.values;
    if (n > ids.length) {
      // other is the smaller: its order, textScore's `values[i] * otherValues[k]` with other's weight first.
      let score = 0;
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i]!;
        const k = id < span ? rank[id]! : -1;
        if (k >= 0) score += values[i]! * target.values[k]!;
      }
      return Math.min(1, score);
    }
    // target is the smaller (or as large): the products are summed in the target's order.
    stamp++;
    let found = 0;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      const k = id < span ? rank[id]! : -1;
      if (k >= 0) {
        products[k] = target.values[k]! * values[i]!;
        seen[k] = stamp;
        found++;
      }
    }
    let score = 0;
    for (let k = 0; k < n && found > 0; k++) {
      if (seen[k] === stamp) {
        score += products[k]!;
        found--;
      }
    }
    return Math.min(1, score);
  };
}
