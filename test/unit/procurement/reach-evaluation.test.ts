import { describe, expect, it } from 'vitest';
import { generateNotices, generateProfiles, seedNotices, seedProfiles } from '../../../local/seed/procurement-seed.js';
import { prepareNotice, prepareProfile } from '../../../shared/procurement/domain/matching/evaluate-match.js';
import { matchNoticeAgainstProfiles } from '../../../shared/procurement/domain/matching/candidate-index.js';
import { reachAmong } from '../../../shared/procurement/domain/matching/reach-evaluation.js';
import { reachOf } from '../../../shared/procurement/domain/matching/reach.js';
import type { TextVector } from '../../../shared/procurement/domain/matching/swedish-text.js';
import { textRelevance, textScore, textScorer } from '../../../shared/procurement/domain/matching/swedish-text.js';

const now = new Date('2026-03-02T09:00:00Z');

/** The cosine as a plain map walk: the smaller vector's stems in their order, looked up in the other. */
function mapScore(a: TextVector, b: TextVector): number {
  const [small, large] = a.weights.size <= b.weights.size ? [a.weights, b.weights] : [b.weights, a.weights];
  let score = 0;
  for (const [stem, w] of small) {
    const other = large.get(stem);
    if (other !== undefined) score += w * other;
  }
  return Math.min(1, score);
}

describe('the text score over interned stem ids', () => {
  it('is bit for bit the sum over the stem maps, in either argument order, for one text against many, and as textRelevance reports', () => {
    const targets = generateNotices(150, now, 31).flatMap((n) => prepareNotice(n).targets.map((t) => t.text));
    const profiles = [...seedProfiles(now), ...generateProfiles(60, now, 32)].map((p) => prepareProfile(p).text);
    let shared = 0;
    for (const a of targets) {
      const scoreAgainst = textScorer(a);
      for (const b of profiles) expect(Object.is(scoreAgainst(b), mapScore(a, b))).toBe(true);
    }
    for (const a of targets)
      for (const b of profiles) {
        expect(Object.is(textScore(a, b), mapScore(a, b))).toBe(true);
        expect(Object.is(textScore(b, a), mapScore(b, a))).toBe(true);
        expect(Object.is(textRelevance(a, b).score, textScore(a, b))).toBe(true);
        if (textScore(a, b) > 0) shared++;
      }
    expect(shared).toBeGreaterThan(100); // the texts do share words: the sums above are not all zero
  });
});

describe('the reach built directly equals reachOf over full matches', () => {
  const profiles = [...seedProfiles(now), ...generateProfiles(150, now, 33)];
  const naive = (n: Parameters<typeof reachAmong>[0]) => reachOf(n, matchNoticeAgainstProfiles(n, profiles, now));

  it('for lots with the same facts (one evaluation per class of lots) and lots that differ', () => {
    for (const n of [...seedNotices(now), ...generateNotices(60, now, 34)]) {
      expect(JSON.stringify(reachAmong(n, profiles, now))).toBe(JSON.stringify(naive(n)));
    }
  });

  it('for lots sharing an id, whose lists reachOf merges', () => {
    const base = seedNotices(now).find((n) => n.lots.length >= 2)!;
    const n = { ...base, id: 'dup', lots: base.lots.map((l, i) => ({ ...l, id: i < 2 ? 'X' : l.id })) };
    const reach = reachAmong(n, profiles, now);
    expect(reach.lots[0]!.reached.length + reach.lots[0]!.nearMissed.length).toBeGreaterThan(0);
    expect(JSON.stringify(reach)).toBe(JSON.stringify(naive(n)));
  });
});
