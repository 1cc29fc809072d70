import type { LocalizedText, TimelineEntry } from '../platform/timeline/timeline-entry.js';

/**
 * The daily digest: material changes are notified at once, everything else is
 * gathered here so a party hears about it once a day instead of not at all.
 * Pure: the caller reads the cases and sends the result.
 */

/** A case as the digest needs it: who is a party and what happened in it. */
export interface DigestCaseInput {
  readonly caseId: string;
  /** What kind of case, e.g. "iop" or "match-case", so a reader can open it. */
  readonly kind: string;
  readonly reference: string;
  readonly title: string;
  /** Organisations that hear about the case. */
  readonly partyOrgs: readonly string[];
  /** Its timeline entries; the digest keeps the non-material ones in its period. */
  readonly entries: readonly TimelineEntry[];
}

/** The period a digest covers: entries after `since`, up to and including `until`. */
export interface DigestPeriod {
  readonly since: string;
  readonly until: string;
}

export interface DigestEntry {
  readonly at: string;
  readonly type: string;
  readonly text: LocalizedText;
  /** Who did it, without the person's subject id (the digest leaves the system). */
  readonly actor: { readonly name: string; readonly org: string };
}

export interface DigestCase {
  readonly caseId: string;
  readonly kind: string;
  readonly reference: string;
  readonly title: string;
  /** Oldest first. */
  readonly entries: readonly DigestEntry[];
}

export interface OrganisationDigest {
  readonly org: string;
  readonly since: string;
  readonly until: string;
  readonly headline: LocalizedText;
  readonly entryCount: number;
  /** Ordered by each case's oldest entry. */
  readonly cases: readonly DigestCase[];
}

/**
 * Does the entry belong in the digest: inside the period and not already
 * notified, or also material ones, for readers who chose the digest alone.
 */
export function belongsInDigest(entry: TimelineEntry, period: DigestPeriod, options: DigestOptions = {}): boolean {
  const at = Date.parse(entry.at);
  return (options.includeMaterial || !entry.material) && at > Date.parse(period.since) && at <= Date.parse(period.until);
}

export interface DigestOptions {
  /** Material entries too (for people who get no e-mail at once); by default only the rest. */
  readonly includeMaterial?: boolean;
}

/** "3 händelser i 2 ärenden sedan 2027-01-04" / "3 events in 2 cases since 2027-01-04". */
export function digestHeadline(entryCount: number, caseCount: number, since: string): LocalizedText {
  const day = new Date(since).toISOString().slice(0, 10);
  return {
    sv: `${entryCount} ${entryCount === 1 ? 'händelse' : 'händelser'} i ${caseCount} ${caseCount === 1 ? 'ärende' : 'ärenden'} sedan ${day}`,
    en: `${entryCount} ${entryCount === 1 ? 'event' : 'events'} in ${caseCount} ${caseCount === 1 ? 'case' : 'cases'} since ${day}`,
  };
}

/**
 * One digest per organisation with something new: the non-material entries of
 * the period from every case it is a party to. Organisations with nothing new
 * get none, so a quiet day sends nothing.
 */
export function buildDigests(cases: readonly DigestCaseInput[], period: DigestPeriod, options: DigestOptions = {}): OrganisationDigest[] {
  const byOrg = new Map<string, DigestCase[]>();
  for (const input of cases) {
    const entries = input.entries
      .filter((e) => belongsInDigest(e, period, options))
      .map((e, i) => ({ e, i }))
      // Stable: entries at the same instant keep their timeline order.
      .sort((a, b) => Date.parse(a.e.at) - Date.parse(b.e.at) || a.i - b.i)
      .map(({ e }): DigestEntry => ({ at: e.at, type: e.type, text: e.text, actor: { name: e.actor.name, org: e.actor.org } }));
    if (entries.length === 0) continue;
    const digestCase: DigestCase = { caseId: input.caseId, kind: input.kind, reference: input.reference, title: input.title, entries };
    for (const org of new Set(input.partyOrgs)) {
      const list = byOrg.get(org) ?? [];
      list.push(digestCase);
      byOrg.set(org, list);
    }
  }
  return [...byOrg.entries()]
    .sort(([a], [b]) => compare(a, b))
    .map(([org, list]) => {
      const ordered = [...list].sort((a, b) => Date.parse(a.entries[0]!.at) - Date.parse(b.entries[0]!.at) || compare(a.caseId, b.caseId));
      const entryCount = ordered.reduce((n, c) => n + c.entries.length, 0);
      return {
        org,
        since: period.since,
        until: period.until,
        headline: digestHeadline(entryCount, ordered.length, period.since),
        entryCount,
        cases: ordered,
      };
    });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
