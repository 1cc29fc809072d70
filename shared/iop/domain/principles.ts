import type { LocalizedText } from '../../platform/timeline/timeline-entry.js';

/**
 * The six principles of the national agreement between the government and
 * civil society (Överenskommelsen): they guide an IOP, so they stand in its
 * governance text and each annual review reflects on them jointly.
 */
export const Principles = ['independence', 'dialogue', 'quality', 'longTerm', 'openness', 'diversity'] as const;
export type Principle = (typeof Principles)[number];

export const PrincipleNames = {
  independence: { sv: 'självständighet och oberoende', en: 'independence and autonomy' },
  dialogue: { sv: 'dialog', en: 'dialogue' },
  quality: { sv: 'kvalitet', en: 'quality' },
  longTerm: { sv: 'långsiktighet', en: 'long-term commitment' },
  openness: { sv: 'öppenhet och insyn', en: 'openness and transparency' },
  diversity: { sv: 'mångfald', en: 'diversity' },
} as const satisfies Record<Principle, LocalizedText>;

/** The sentence of the governance text that names them (Swedish, like the agreement). */
export const PrinciplesSentence =
  'Samarbetet vilar på överenskommelsens sex principer: självständighet och oberoende, dialog, kvalitet, långsiktighet, öppenhet och insyn samt mångfald.';

/** The governance text with the principles in it: added to a text that does not name them. */
export function withPrinciples(governance: string): string {
  return governance.includes(PrinciplesSentence) ? governance : `${governance.trim()} ${PrinciplesSentence}`;
}
