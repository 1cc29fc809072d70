import { describe, expect, it } from 'vitest';
import { RuleViolationError } from '../../../shared/platform/errors/domain-errors.js';
import type { AidPeriod, IopAction } from '../../../shared/iop/domain/index.js';
import { aidPeriodsOf, applyAction, sekPerEurOn, stateAidOfCase, stateAidPosition } from '../../../shared/iop/domain/index.js';
import { active, approve, checklist, config, inApproval, t0, users } from './fixtures.js';

/** Another case that granted Svenska Röda Korset `sekPerYear` from `from` to `to`. */
const elsewhere = (sekPerYear: number, from: string, to: string, caseId = 'iop-other0001'): AidPeriod => ({
  caseId,
  reference: 'IOP-2026-OTHER1',
  title: 'Läxhjälp i Bergsjön',
  publicBody: 'vgr',
  orgId: 'svenska-roda-korset',
  sekPerYear,
  from,
  to,
  grantedAt: from,
});
const redCrossOf = (positions: ReturnType<typeof stateAidOfCase>) => positions.find((p) => p.orgId === 'svenska-roda-korset')!;
const refusal = (fn: () => unknown): RuleViolationError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof RuleViolationError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
};

describe('state aid per organisation across its cases', () => {
  it('converts at the dated EUR/SEK rate of the year the aid is granted, the latest known year after the table', () => {
    expect(sekPerEurOn('2023-06-01T00:00:00Z')).toMatchObject({ year: 2023, sekPerEur: 11.4765 });
    expect(sekPerEurOn('2026-12-01T00:00:00Z')).toMatchObject({ year: 2024, sekPerEur: 11.4321 });
    expect(sekPerEurOn('2026-12-01T00:00:00Z').source).toMatch(/riksbank/i);
  });

  it('counts this case alone when the organisation has no other aid: its share of the public contribution over three years', () => {
    // The healthcare unit gives 1,150,000 SEK a year, shared by two organisations: 575,000 each, 1,725,000 over three years.
    const pos = redCrossOf(stateAidOfCase(inApproval(), [], t0, config));
    expect(pos.totalSek).toBe(1_725_000);
    expect(pos.totalEur).toBe(Math.round(1_725_000 / 11.4321));
    expect(pos.window).toEqual({ from: '2027-01-01T00:00:00.000Z', to: '2030-01-01T00:00:00.000Z' });
    expect(pos.deMinimis.level).toBe('ok');
    expect(pos.lines).toHaveLength(1);
  });

  it('adds what another case gives the same organisation in the same three years, and passes the de minimis ceiling together', () => {
    const other = elsewhere(900_000, '2026-01-01T00:00:00.000Z', '2029-01-01T00:00:00.000Z');
    const alone = stateAidPosition(other, [], config);
    expect(alone.deMinimis.level).toBe('ok');
    const pos = redCrossOf(stateAidOfCase(inApproval(), [other], t0, config));
    expect(pos.lines.map((l) => [l.reference, l.thisCase])).toEqual([
      ['IOP-2026-TEST01', true],
      ['IOP-2026-OTHER1', false],
    ]);
    expect(pos.totalEur).toBeGreaterThan(config.deMinimisEur);
    expect(pos.deMinimis.level).toBe('over');
    // The other organisation of the case has no other aid: it stays under.
    expect(stateAidOfCase(inApproval(), [other], t0, config).find((p) => p.orgId === 'goteborgs-stadsmission')!.deMinimis.level).toBe('ok');
  });

  it('looks at a rolling three years: aid that ended more than three years before the case does not count', () => {
    const old = elsewhere(2_000_000, '2020-01-01T00:00:00.000Z', '2023-06-01T00:00:00.000Z');
    const pos = redCrossOf(stateAidOfCase(inApproval(), [old], t0, config));
    expect(pos.lines.map((l) => l.thisCase)).toEqual([true]);
    expect(pos.deMinimis.level).toBe('ok');
  });

  it('finds the heaviest three years: aid overlapping the first year of the case counts for that overlap only', () => {
    // 1,200,000 SEK a year until mid-2027: the worst window starts 2024-07-01 and holds half a year of this case.
    const other = elsewhere(1_200_000, '2024-07-01T00:00:00.000Z', '2027-07-01T00:00:00.000Z');
    const pos = redCrossOf(stateAidOfCase(inApproval(), [other], t0, config));
    const mine = pos.lines.find((l) => l.thisCase)!;
    const theirs = pos.lines.find((l) => !l.thisCase)!;
    expect(theirs.sek + mine.sek).toBe(pos.totalSek);
    expect(pos.totalSek).toBeGreaterThan(3 * 1_200_000 * 0.99);
  });

  it('reads the aid of a stored case from its agreement, and only up to the day a termination ended it', () => {
    const signed = active();
    const periods = aidPeriodsOf(signed, 'svenska-roda-korset');
    expect(periods).toEqual([expect.objectContaining({ sekPerYear: 575_000, from: '2027-01-01T00:00:00.000Z', to: signed.agreement!.termEnd })]);
    const ended = aidPeriodsOf({ ...signed, endsAt: '2028-01-01T00:00:00.000Z' }, 'svenska-roda-korset');
    expect(ended[0]!.to).toBe('2028-01-01T00:00:00.000Z');
    expect(aidPeriodsOf({ ...signed, stage: 'withdrawn' }, 'svenska-roda-korset')).toEqual([]);
    expect(aidPeriodsOf(signed, 'rsmh')).toEqual([]);
  });

  it('refuses approval under de minimis when the sum across cases passes the ceiling, naming the organisation in Swedish and English', () => {
    const other = elsewhere(900_000, '2026-01-01T00:00:00.000Z', '2029-01-01T00:00:00.000Z');
    // Without the other case the same approval passes.
    expect(applyAction(inApproval(), approve, users.approver, t0, config, { aidElsewhere: [] }).state.stage).toBe('agreement');
    const e = refusal(() => applyAction(inApproval(), approve, users.approver, t0, config, { aidElsewhere: [other] }));
    expect(e.errors.map((x) => x.path)).toEqual(['checklist.stateAid.basis']);
    expect(e.errors[0]!.text?.sv).toMatch(/^Svenska Röda Korset får .* i offentligt stöd i 2 ärenden .* över de minimis-taket på 300\s000 euro/);
    expect(e.errors[0]!.text?.en).toMatch(/^Svenska Röda Korset receives .* in 2 cases .* over the de minimis ceiling of EUR 300,000/);
  });

  it('warns in the timeline when the sum across cases approaches the ceiling', () => {
    const other = elsewhere(550_000, '2026-01-01T00:00:00.000Z', '2029-01-01T00:00:00.000Z');
    const r = applyAction(inApproval(), approve, users.approver, t0, config, { aidElsewhere: [other] });
    expect(r.state.stage).toBe('agreement');
    const warning = r.timeline.find((e) => e.type === 'state-aid-warning')!;
    expect(warning.text.sv).toMatch(/Svenska Röda Korset: .* av de minimis-taket/);
    expect(warning.text.en).toMatch(/Svenska Röda Korset: EUR .* of the de minimis ceiling/);
  });

  it('under the SGEI basis the higher ceiling applies to the same sum', () => {
    const other = elsewhere(900_000, '2026-01-01T00:00:00.000Z', '2029-01-01T00:00:00.000Z');
    const sgei = { ...approve, checklist: { ...checklist, stateAid: { met: true, motivation: 'SGEI-beslut', basis: 'sgei' } } } as IopAction;
    expect(applyAction(inApproval(), sgei, users.approver, t0, config, { aidElsewhere: [other] }).state.stage).toBe('agreement');
  });
});
