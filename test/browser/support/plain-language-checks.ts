import { dictionaries } from '../../../web/src/i18n/dictionary.js';
import { IopDemoUsers } from '../../../local/seed/iop-seed.js';
import { DemoOrganisations } from '../../../local/seed/organisations-seed.js';
import { ProcurementDemoUsers } from '../../../local/seed/procurement-seed-store.js';
import { seedProfiles } from '../../../local/seed/procurement-seed.js';
import nuts from '../../../shared/procurement/reference-data/nuts-se.json' with { type: 'json' };

/**
 * What a reader must never meet on a page: an id where a name belongs, the
 * validation engine's own wording, or English on a Swedish page. Each check
 * returns the offending snippets, so a failure says what was found and where.
 */

/** Ids of every seeded organisation, unit, public body and bidder, and the demo cases' internal ids. */
export const SeedIds: readonly string[] = [
  ...new Set([
    ...DemoOrganisations.map((o) => o.id),
    ...Object.values(IopDemoUsers).map((u) => u.org),
    ...ProcurementDemoUsers.map((u) => u.org),
    ...seedProfiles(new Date()).map((p) => p.orgId),
    'iop-demo-angered',
    'iop-demo-alingsas',
    'iop-demo-lerum',
  ]),
];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const around = (text: string, index: number, length: number) => text.slice(Math.max(0, index - 40), index + length + 40).replace(/\s+/g, ' ');

function findAll(text: string, pattern: RegExp): { index: number; match: string }[] {
  return [...text.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`))].map((m) => ({
    index: m.index,
    match: m[0],
  }));
}

const idPatterns = SeedIds.map((id) => new RegExp(`(?<![\\w-])${escapeRegExp(id)}(?![\\w-])`));
const Uuid = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/i;
const NutsCode = /\bSE(?:\d{3}|ZZZ)\b/;
const placeOf = new Map(nuts.map((n) => [n.code, n.sv]));

/** Seed ids and uuids; a NUTS code only when its place name is not beside it. */
export function rawIds(text: string): string[] {
  const found: string[] = [];
  for (const pattern of [...idPatterns, Uuid])
    for (const m of findAll(text, pattern)) found.push(`id "${m.match}" in "${around(text, m.index, m.match.length)}"`);
  for (const m of findAll(text, NutsCode)) {
    const place = placeOf.get(m.match);
    const near = text.slice(Math.max(0, m.index - 60), m.index + 60);
    if (!place || !near.includes(place)) found.push(`NUTS code "${m.match}" without its place in "${around(text, m.index, m.match.length)}"`);
  }
  return found;
}

/** Phrases of zod's messages (English and its Swedish locale) and of regular expressions. */
const SchemaPhrases: readonly RegExp[] = [
  /\bexpected\b/i,
  /\breceived\b/i,
  /Too (small|big)/i,
  /Invalid (input|option|string|ISO|type|format)/i,
  /förväntade/i,
  /Ogiltig (inmatning|indata|sträng|format|tecken|nyckel|val)/i,
  /För (lite|stor|stort|litet)\(?/i,
  /[<>]=\s*\d/,
  /\\[dswb]|\[\^?[\w-]+\]\{?\d*|\^\[|\(\?:/,
  /\b(regex|pattern|datetime|nonempty|ZodError|unrecognized_keys|invalid_type|too_small|too_big)\b/i,
];

export function schemaMessages(text: string): string[] {
  return SchemaPhrases.flatMap((p) => findAll(text, p).map((m) => `schema text "${m.match}" in "${around(text, m.index, m.match.length)}"`));
}

/** English words that no Swedish sentence of the app uses. */
const EnglishWords =
  /\b(the|and|of|to|is|are|was|not|must|should|please|field|fields|request|invalid|unknown|required|allowed|found|conflict|deadline|passed|rule|met|error|errors|characters|enter|fill|at least|at most|sign in|sign out|case|cases|agreement|review|procurement|supplier|bidder|tender|lot)\b/gi;

/** Texts of the English dictionary that differ from their Swedish ones (long enough to be telling). */
const EnglishOnlyTexts: readonly string[] = (() => {
  const sv = new Set(Object.values(dictionaries.sv).map((s) => s.split(/\{\w+\}/)[0]!.trim()));
  const out = new Set<string>();
  for (const value of Object.values(dictionaries.en)) {
    const fixed = value
      .split(/\{\w+\}/)
      .map((s) => s.trim())
      .sort((a, b) => b.length - a.length)[0]!;
    if (fixed.length >= 14 && !sv.has(fixed)) out.add(fixed);
  }
  return [...out];
})();

/** English on a Swedish page: words of the list above, or texts from the English dictionary. */
export function englishInSwedish(text: string): string[] {
  // An e-mail address is a name, not a sentence: its words are not read as English.
  text = text.replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, (address) => ' '.repeat(address.length));
  const found = findAll(text, EnglishWords).map((m) => `English "${m.match}" in "${around(text, m.index, m.match.length)}"`);
  for (const phrase of EnglishOnlyTexts) {
    const index = text.indexOf(phrase);
    if (index >= 0) found.push(`English text "${phrase}"`);
  }
  return found;
}
