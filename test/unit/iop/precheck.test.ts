import { describe, expect, it } from 'vitest';
import { DefaultIopConfig, InitiateIopCaseSchema, checkIdeburen, iopConfigFromEnv, precheck } from '../../../shared/iop/domain/index.js';
import { input } from './fixtures.js';

const base = {
  publicParty: { orgId: 'angereds-narsjukhus', name: 'Angereds Närsjukhus', contribution: { moneySekPerYear: 500_000, inKindSekPerYear: 0 } },
  civilParties: [{ orgId: 'rsmh', name: 'RSMH', contribution: { moneySekPerYear: 0, inKindSekPerYear: 100_000 }, criteria: input.civilParties[0]!.criteria }],
  durationMonths: 60,
  budgetPerYearSek: 600_000,
};
const result = (check: string, results: ReturnType<typeof precheck>) => results.find((r) => r.check === check)!;

describe('pre-check', () => {
  it('passes a co-financed, five-year case with an idéburen organisation, each with a reason in both languages', () => {
    const results = precheck(base, DefaultIopConfig);
    expect(results.map((r) => [r.check, r.outcome])).toEqual([
      ['ideburen', 'pass'],
      ['co-financing', 'pass'],
      ['duration', 'pass'],
      ['purchase-like', 'pass'],
      ['budget', 'pass'],
    ]);
    for (const r of results) {
      expect(r.reason.sv.length).toBeGreaterThan(10);
      expect(r.reason.en.length).toBeGreaterThan(10);
    }
  });

  it.each([
    ['solePublicBenefitPurpose', false, 'allmännyttigt syfte'],
    ['publicBodyControllingInfluence', true, 'bestämmande inflytande'],
    ['assetsToNonProfitOnDissolution', false, 'upplöses'],
  ] as const)('fails the idéburen criteria when %s is %s', (field, value, words) => {
    const r = checkIdeburen('x', 'X', { ...input.civilParties[0]!.criteria, [field]: value }, 'civilParties.0.criteria');
    expect(r.outcome).toBe('fail');
    expect(r.reason.sv).toContain(words);
    expect(r.path).toBe('civilParties.0.criteria');
  });

  it('exempts foundations from the dissolution rule', () => {
    const r = checkIdeburen('x', 'X', { ...input.civilParties[0]!.criteria, assetsToNonProfitOnDissolution: false, isFoundation: true }, 'p');
    expect(r.outcome).toBe('pass');
  });

  it('records the Kammarkollegiet registration when present', () => {
    const r = checkIdeburen(
      'x',
      'X',
      { ...input.civilParties[0]!.criteria, kammarkollegietRegistration: { registrationNumber: 'IO-123', registeredAt: '2023-03-01' } },
      'p',
    );
    expect(r.reason.sv).toContain('Kammarkollegiet (IO-123');
    expect(r.reason.en).toContain('Kammarkollegiet (IO-123');
  });

  it('fails co-financing when one side contributes nothing', () => {
    expect(
      result(
        'co-financing',
        precheck({ ...base, civilParties: [{ ...base.civilParties[0]!, contribution: { moneySekPerYear: 0, inKindSekPerYear: 0 } }] }, DefaultIopConfig),
      ).outcome,
    ).toBe('fail');
    expect(
      result(
        'co-financing',
        precheck({ ...base, publicParty: { ...base.publicParty, contribution: { moneySekPerYear: 0, inKindSekPerYear: 0 } } }, DefaultIopConfig),
      ).outcome,
    ).toBe('fail');
  });

  it('fails a term above the configured maximum and accepts exactly the maximum', () => {
    expect(result('duration', precheck({ ...base, durationMonths: 60 }, DefaultIopConfig)).outcome).toBe('pass');
    expect(result('duration', precheck({ ...base, durationMonths: 61 }, DefaultIopConfig)).outcome).toBe('fail');
    expect(result('duration', precheck({ ...base, durationMonths: 61 }, { ...DefaultIopConfig, maxTermMonths: 72 })).outcome).toBe('pass');
  });

  it('flags "looks like a purchase" when the public side pays the full cost and the organisation gives nothing', () => {
    const purchase = precheck(
      { ...base, civilParties: [{ ...base.civilParties[0]!, contribution: { moneySekPerYear: 0, inKindSekPerYear: 0 } }], budgetPerYearSek: 500_000 },
      DefaultIopConfig,
    );
    expect(result('purchase-like', purchase).outcome).toBe('warn');
    expect(result('purchase-like', purchase).reason.sv).toContain('köp');
    expect(result('purchase-like', precheck(base, DefaultIopConfig)).outcome).toBe('pass');
  });

  it('reads the maximum term from IOP_MAX_TERM_MONTHS and rejects nonsense', () => {
    expect(iopConfigFromEnv({}).maxTermMonths).toBe(60);
    expect(iopConfigFromEnv({ IOP_MAX_TERM_MONTHS: '48' }).maxTermMonths).toBe(48);
    expect(() => iopConfigFromEnv({ IOP_MAX_TERM_MONTHS: 'five years' })).toThrow(/IOP_MAX_TERM_MONTHS/);
  });
});

describe('initiation schema', () => {
  it('gives the field path of a negative amount and of a missing civil party', () => {
    const bad = InitiateIopCaseSchema.safeParse({
      ...input,
      civilParties: [],
      healthcareUnit: { ...input.healthcareUnit, contribution: { moneySekPerYear: -1 } },
    });
    expect(bad.success).toBe(false);
    const paths = bad.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toContain('civilParties');
    expect(paths).toContain('healthcareUnit.contribution.moneySekPerYear');
  });

  it('rejects unknown fields', () => {
    expect(InitiateIopCaseSchema.safeParse({ ...input, extra: 1 }).success).toBe(false);
    expect(InitiateIopCaseSchema.safeParse(input).success).toBe(true);
  });
});
