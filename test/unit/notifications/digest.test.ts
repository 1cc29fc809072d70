import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDigests, digestHeadline, type DigestCaseInput } from '../../../shared/notifications/digest.js';
import type { TimelineEntry } from '../../../shared/platform/timeline/timeline-entry.js';

const period = { since: '2027-01-04T05:00:00.000Z', until: '2027-01-05T05:00:00.000Z' };

function entry(at: string, type: string, material = false): TimelineEntry {
  return {
    at,
    type,
    material,
    text: { sv: `sv ${type}`, en: `en ${type}` },
    actor: { sub: 'user-1', name: 'Anna', org: 'org-a', role: 'civil' },
  };
}

function kase(caseId: string, partyOrgs: string[], entries: TimelineEntry[]): DigestCaseInput {
  return { caseId, kind: 'iop', reference: `REF-${caseId}`, title: `Case ${caseId}`, partyOrgs, entries };
}

describe('buildDigests', () => {
  it('gives each party organisation the non-material entries of its cases, grouped by case, oldest first', () => {
    const digests = buildDigests(
      [
        kase('c2', ['org-a', 'org-b'], [entry('2027-01-04T12:00:00.000Z', 'consent-given'), entry('2027-01-04T08:00:00.000Z', 'meeting-noted')]),
        kase('c1', ['org-a'], [entry('2027-01-04T10:00:00.000Z', 'signed')]),
      ],
      period,
    );
    expect(digests.map((d) => d.org)).toEqual(['org-a', 'org-b']);
    const a = digests[0]!;
    expect(a.cases.map((c) => c.caseId)).toEqual(['c2', 'c1']);
    expect(a.cases[0]!.entries.map((e) => e.type)).toEqual(['meeting-noted', 'consent-given']);
    expect(a.cases[0]).toMatchObject({ reference: 'REF-c2', title: 'Case c2', kind: 'iop' });
    expect(a.entryCount).toBe(3);
    expect(a.headline).toEqual({ sv: '3 händelser i 2 ärenden sedan 2027-01-04', en: '3 events in 2 cases since 2027-01-04' });
    expect(a).toMatchObject(period);
    expect(digests[1]!.cases.map((c) => c.caseId)).toEqual(['c2']);
  });

  it('leaves out material entries (already notified) and entries outside the period', () => {
    const digests = buildDigests(
      [
        kase(
          'c1',
          ['org-a'],
          [
            entry(period.since, 'at-the-last-digest'),
            entry('2027-01-04T09:00:00.000Z', 'stage-changed', true),
            entry('2027-01-04T09:00:00.000Z', 'consent-given'),
            entry(period.until, 'at-this-digest'),
            entry('2027-01-05T05:00:00.001Z', 'after-this-digest'),
          ],
        ),
      ],
      period,
    );
    expect(digests).toHaveLength(1);
    expect(digests[0]!.cases[0]!.entries.map((e) => e.type)).toEqual(['consent-given', 'at-this-digest']);
  });

  it('sends no digest to an organisation with nothing new, and none at all on a quiet day', () => {
    const digests = buildDigests(
      [
        kase('c1', ['org-a'], [entry('2027-01-04T09:00:00.000Z', 'consent-given')]),
        kase('c2', ['org-b'], [entry('2027-01-04T09:00:00.000Z', 'decided', true)]),
      ],
      period,
    );
    expect(digests.map((d) => d.org)).toEqual(['org-a']);
    expect(buildDigests([kase('c1', ['org-a'], [entry('2027-01-03T09:00:00.000Z', 'old')])], period)).toEqual([]);
  });

  it('keeps the subject id of the actor out of the digest', () => {
    const [digest] = buildDigests([kase('c1', ['org-a'], [entry('2027-01-04T09:00:00.000Z', 'consent-given')])], period);
    expect(digest!.cases[0]!.entries[0]!.actor).toEqual({ name: 'Anna', org: 'org-a' });
    expect(JSON.stringify(digest)).not.toContain('user-1');
  });

  it('counts every non-material entry in the period exactly once per party organisation', () => {
    const at = fc.integer({ min: Date.parse('2027-01-03T00:00:00Z'), max: Date.parse('2027-01-06T00:00:00Z') }).map((ms) => new Date(ms).toISOString());
    const caseArb = fc.record({
      orgs: fc.uniqueArray(fc.constantFrom<string>('o1', 'o2', 'o3'), { minLength: 1 }),
      entries: fc.array(fc.record({ at, material: fc.boolean() }), { maxLength: 6 }),
    });
    fc.assert(
      fc.property(fc.array(caseArb, { maxLength: 5 }), (cases) => {
        const inputs = cases.map((c, i) =>
          kase(
            `c${i}`,
            c.orgs,
            c.entries.map((e, j) => entry(e.at, `t${j}`, e.material)),
          ),
        );
        const digests = buildDigests(inputs, period);
        for (const org of ['o1', 'o2', 'o3']) {
          const expected = cases
            .filter((c) => c.orgs.includes(org))
            .reduce((n, c) => n + c.entries.filter((e) => !e.material && e.at > period.since && e.at <= period.until).length, 0);
          const digest = digests.find((d) => d.org === org);
          expect(digest?.entryCount ?? 0).toBe(expected);
          if (digest) {
            expect(digest.cases.reduce((n, c) => n + c.entries.length, 0)).toBe(expected);
            for (const c of digest.cases) expect(c.entries.map((e) => e.at)).toEqual([...c.entries.map((e) => e.at)].sort());
          }
        }
      }),
    );
  });
});

describe('digestHeadline', () => {
  it('uses singular forms for one event in one case', () => {
    expect(digestHeadline(1, 1, '2027-01-04T05:00:00.000Z')).toEqual({
      sv: '1 händelse i 1 ärende sedan 2027-01-04',
      en: '1 event in 1 case since 2027-01-04',
    });
  });
});
