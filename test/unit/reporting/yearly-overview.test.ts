import { describe, expect, it } from 'vitest';
import type { IopCase, IopReview } from '../../../shared/iop/domain/case-model.js';
import { contributionInYear, shareOfYearInForce, yearsInForce } from '../../../shared/reporting/domain/money-per-year.js';
import { yearlyOverview, type OverviewInputs } from '../../../shared/reporting/domain/yearly-overview.js';
import { followUpOf, matchesFilter, registerRow } from '../../../shared/reporting/domain/register-entries.js';
import { overviewCsv, overviewTables, parseCsv, registerCsv, toCsv } from '../../../shared/reporting/contract.js';
import type { Notice } from '../../../shared/procurement/domain/notice.js';
import type { TenderSchool } from '../../../shared/procurement/domain/tender-school/tender-school.js';
import { active, inDialogue, initiated } from '../iop/fixtures.js';

const now = new Date('2027-06-15T10:00:00.000Z');

/** An active agreement from the fixtures, its term moved to the given start (five years). */
function activeFrom(start: string, changes: Partial<IopCase> = {}): IopCase {
  const c = active();
  const a = c.agreementInForce!;
  const end = new Date(start);
  end.setUTCFullYear(end.getUTCFullYear() + 5);
  const agreement = { ...a, termStart: start, termEnd: end.toISOString() };
  return { ...c, stage: 'agreement', agreementInForce: agreement, agreement, ...changes };
}

const review = (r: Partial<IopReview> & Pick<IopReview, 'number'>): IopReview => ({ final: false, openedAt: '2027-01-01T00:00:00.000Z', reports: [], ...r });

const inputs = (over: Partial<OverviewInputs>): OverviewInputs => ({
  publicBody: { id: 'vgr', name: 'Västra Götalandsregionen' },
  year: 2027,
  now,
  cases: [],
  areaOfUnit: {},
  notices: [],
  tenderSchools: [],
  ...over,
});

describe('money per year', () => {
  it('counts a whole year in full and a year begun in July as half', () => {
    expect(shareOfYearInForce({ start: '2027-01-01T00:00:00.000Z', end: '2032-01-01T00:00:00.000Z' }, 2027)).toBe(1);
    expect(shareOfYearInForce({ start: '2027-07-02T00:00:00.000Z', end: '2032-01-01T00:00:00.000Z' }, 2027)).toBeCloseTo(183 / 365, 5);
    expect(shareOfYearInForce({ start: '2027-01-01T00:00:00.000Z', end: '2032-01-01T00:00:00.000Z' }, 2032)).toBe(0);
    expect(yearsInForce({ start: '2027-01-01T00:00:00.000Z', end: '2032-01-01T00:00:00.000Z' })).toEqual([2027, 2028, 2029, 2030, 2031]);
  });

  it("sums each side's money and in-kind from the agreement's parties", () => {
    const c = activeFrom('2027-01-01T00:00:00.000Z');
    const a = c.agreementInForce!;
    const side = (s: 'public' | 'civil', k: 'moneySekPerYear' | 'inKindSekPerYear') =>
      a.parties.filter((p) => p.side === s).reduce((sum, p) => sum + (a.contributions[p.orgId]?.[k] ?? 0), 0);
    expect(contributionInYear(a, 2027)).toEqual({
      year: 2027,
      public: { moneySek: side('public', 'moneySekPerYear'), inKindSek: side('public', 'inKindSekPerYear') },
      civil: { moneySek: side('civil', 'moneySekPerYear'), inKindSek: side('civil', 'inKindSekPerYear') },
    });
    expect(side('public', 'moneySekPerYear')).toBeGreaterThan(0);
    // Terminated at mid-year: half of the year.
    expect(contributionInYear(a, 2027, '2027-07-02T00:00:00.000Z').public.moneySek).toBe(Math.round((side('public', 'moneySekPerYear') * 182) / 365));
  });
});

describe('the yearly overview', () => {
  it('counts IOPs by stage and by the area of their unit, only those started by the end of the year', () => {
    const unit = initiated().parties.find((p) => p.side === 'public')!.orgId;
    const late = { ...initiated(), id: 'late', createdAt: '2028-02-01T00:00:00.000Z' };
    const o = yearlyOverview(
      inputs({ cases: [initiated(), inDialogue(), activeFrom('2027-01-01T00:00:00.000Z'), late], areaOfUnit: { [unit]: 'vardcentral' } }),
    );
    expect(o.iops.total).toBe(3);
    const stage = (s: string) => o.iops.byStage.find((x) => x.stage === s)?.count;
    expect([stage('initiation'), stage('dialogue'), stage('agreement'), stage('review')]).toEqual([1, 1, 1, 0]);
    expect(o.iops.byArea).toEqual([{ area: 'vardcentral', count: 3 }]);
  });

  it('sorts reviews of the year into done, due and overdue, and totals what was reported against what was planned', () => {
    const report = {
      activities: 'x',
      reach: 40,
      outcomes: 'y',
      moneyUsedSek: 100,
      inKindUsedSek: 50,
      submittedBy: 'Lina Berg',
      orgId: 'roda-korset',
      at: '2027-02-01T00:00:00.000Z',
    };
    const c = activeFrom('2026-01-01T00:00:00.000Z', {
      reviews: [
        review({
          number: 1,
          dueAt: '2027-02-15T00:00:00.000Z',
          reports: [report],
          decision: { decision: 'continue', motivation: 'm', decidedBy: 'Sara Lindqvist', at: '2027-03-01T00:00:00.000Z' },
        }),
        review({ number: 2, dueAt: '2027-05-01T00:00:00.000Z' }),
        review({ number: 3, dueAt: '2027-09-01T00:00:00.000Z' }),
        review({ number: 4, dueAt: '2026-09-01T00:00:00.000Z' }), // another year
        review({ number: 5, dueAt: '2027-04-01T00:00:00.000Z', closedAt: '2027-04-02T00:00:00.000Z' }), // ended undecided
      ],
    });
    const o = yearlyOverview(inputs({ cases: [c] }));
    expect([o.reviews.done, o.reviews.due, o.reviews.overdue]).toEqual([1, 1, 1]);
    expect(o.reviews.lines.map((l) => [l.number, l.state])).toEqual([
      [1, 'done'],
      [2, 'overdue'],
      [3, 'due'],
    ]);
    expect(o.outcomes).toMatchObject({ reportsSubmitted: 1, reach: 40, moneyUsedSek: 100, inKindUsedSek: 50 });
    expect(o.outcomes.reportsExpected).toBe(3 * c.parties.filter((p) => p.side === 'civil').length);
    expect(o.reviews.lines[0]).toMatchObject({ reportedBy: ['Lina Berg'], decidedBy: 'Sara Lindqvist', decision: 'continue' });
  });

  it('lists agreements ending within a year of today, terminated ones with why', () => {
    const ending = activeFrom('2022-09-01T00:00:00.000Z', { reference: 'IOP-A' });
    const terminated = activeFrom('2027-01-01T00:00:00.000Z', { reference: 'IOP-B', endsAt: '2027-12-01T00:00:00.000Z', ending: 'terminate' });
    const running = activeFrom('2027-01-01T00:00:00.000Z', { reference: 'IOP-C' });
    const o = yearlyOverview(inputs({ cases: [running, terminated, ending] }));
    expect(o.endingWithinYear.map((e) => [e.reference, e.endsAt.slice(0, 10), e.why])).toEqual([
      ['IOP-A', '2027-09-01', 'term'],
      ['IOP-B', '2027-12-01', 'terminate'],
    ]);
  });

  it("counts the year's notices, those reaching small bidders, reserved ones and tender schools held", () => {
    const notice = (id: string, over: Partial<Notice>) =>
      ({ id, createdAt: '2027-03-01T00:00:00.000Z', reservation: 'none', reservedForIdeburna: false, ...over }) as Notice;
    const school = (startsAt: string, cancelled = false) =>
      ({ publicBody: 'vgr', startsAt, cancelled: cancelled ? { at: startsAt, reason: 'r', by: { sub: 's', name: 'n' } } : null }) as TenderSchool;
    const o = yearlyOverview(
      inputs({
        notices: [
          { notice: notice('a', {}), biddersReached: 3 },
          { notice: notice('b', { reservation: 'res-pub-ser' }), biddersReached: 0 },
          { notice: notice('c', { reservedForIdeburna: true }), biddersReached: 1 },
          { notice: notice('d', { createdAt: '2026-12-31T00:00:00.000Z' }), biddersReached: 5 },
        ],
        tenderSchools: [
          school('2027-04-01T08:00:00.000Z'),
          school('2027-05-01T08:00:00.000Z', true),
          school('2027-10-01T08:00:00.000Z'),
          school('2026-04-01T08:00:00.000Z'),
        ],
      }),
    );
    expect(o.procurement).toEqual({ notices: 3, reachingSmallBidders: 2, reserved25: 1, reserved25a: 1, tenderSchoolsHeld: 1 });
  });
});

describe('tables and CSV', () => {
  const o = yearlyOverview(inputs({ cases: [initiated(), activeFrom('2027-01-01T00:00:00.000Z')] }));
  const view = {
    ...o,
    iops: { ...o.iops, byStage: [...o.iops.byStage], byArea: [...o.iops.byArea] },
    contributions: [...o.contributions],
    endingWithinYear: [],
    reviews: { ...o.reviews, lines: [] },
  };

  it('writes UTF-8 with BOM, semicolons and CRLF, quoting what must be quoted', () => {
    const csv = toCsv([
      ['Område', 'Antal'],
      ['Vård; omsorg', 2],
      ['Säger "ja"', undefined],
    ]);
    expect(csv.startsWith('\uFEFFOmråde;Antal\r\n')).toBe(true);
    expect(csv).toContain('"Vård; omsorg";2\r\n"Säger ""ja""";\r\n');
    expect(parseCsv(csv)).toEqual([
      ['Område', 'Antal'],
      ['Vård; omsorg', '2'],
      ['Säger "ja"', ''],
    ]);
  });

  it('holds every table of the page in the CSV, row for row', () => {
    const rows = parseCsv(overviewCsv(view, 'sv'));
    for (const table of overviewTables(view, 'sv')) {
      const at = rows.findIndex((r) => r[0] === table.caption);
      expect(at, table.caption).toBeGreaterThan(0);
      expect(rows[at + 1]).toEqual(table.columns);
      expect(rows.slice(at + 2, at + 2 + table.rows.length)).toEqual(table.rows.map((r) => r.map((x) => (x === undefined ? '' : String(x)))));
    }
    // Money of the chosen year is in the contributions table.
    const contributions = overviewTables(view, 'sv').find((t) => t.id === 'contributions')!;
    expect(contributions.rows.find((r) => r[0] === 2027)?.[1]).toBe(o.contributions.find((c) => c.year === 2027)?.public.moneySek);
  });
});

describe('the public register', () => {
  const context = { now, nameOf: (id: string) => (id === 'vgr' ? 'Västra Götalandsregionen' : undefined), areaOfUnit: {} as Record<string, string> };

  it('gives an agreement in force its public money per year, follow-up and summary, and no people', () => {
    const c = activeFrom('2027-01-01T00:00:00.000Z', { reviews: [review({ number: 1, dueAt: '2027-03-01T00:00:00.000Z' })] });
    const row = registerRow(c, context)!;
    expect(row.publicMoneyPerYear.map((m) => m.year)).toEqual([2027, 2028, 2029, 2030, 2031]);
    expect(row.followUp).toEqual({ state: 'overdue', reviewsDone: 0, nextDueAt: '2027-03-01T00:00:00.000Z' });
    expect(row.summary.sv.length).toBeGreaterThan(2);
    const people = [...Object.values(c.agreementInForce!.signatures).map((s) => s.signedBy), c.createdBy.sub];
    for (const person of people) expect(JSON.stringify(row)).not.toContain(person);
    expect(registerRow(inDialogue(), context)).toBeUndefined();
    expect(followUpOf(activeFrom('2027-01-01T00:00:00.000Z'), now).state).toBe('not-yet');
  });

  it('searches words without regard to case or diacritics, and filters by area, unit, organisation and year', () => {
    const row = registerRow(activeFrom('2027-01-01T00:00:00.000Z'), context)!;
    const word = row.title.split(' ')[0]!;
    expect(matchesFilter(row, { q: word.toUpperCase() })).toBe(true);
    expect(matchesFilter(row, { q: 'ingetsådantord' })).toBe(false);
    expect(matchesFilter(row, { unit: row.unit.orgId, organisation: row.organisations[0]!.orgId, year: 2029 })).toBe(true);
    expect(matchesFilter(row, { year: 2035 })).toBe(false);
    expect(matchesFilter(row, { area: 'sjukhus' })).toBe(false);
    const csv = parseCsv(
      registerCsv(
        [
          {
            ...row,
            organisations: [...row.organisations],
            publicMoneyPerYear: [...row.publicMoneyPerYear],
            summary: { sv: [...row.summary.sv], en: [...row.summary.en] },
          },
        ],
        'sv',
      ),
    );
    expect(csv).toHaveLength(2);
    expect(csv[1]![0]).toBe(row.reference);
  });
});
