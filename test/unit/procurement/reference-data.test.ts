import { describe, expect, it } from 'vitest';
import { cpvCodeCount, cpvPath, isKnownCpv, sharedCpvDepth } from '../../../shared/procurement/reference-data/cpv.js';
import { isKnownNuts, SocialServiceCpv } from '../../../shared/procurement/reference-data/codelists.js';
import { isReservableUnder19Kap25 } from '../../../shared/procurement/reference-data/reserved-services-cpv.js';
import { thresholdAt } from '../../../shared/procurement/reference-data/thresholds.js';

describe('CPV 2008', () => {
  it('ships all 9,454 codes with Swedish labels', () => {
    expect(cpvCodeCount()).toBe(9454);
    expect(cpvPath('85311100').map((e) => e.code)).toEqual(['85000000', '85300000', '85310000', '85311000', '85311100']);
    expect(cpvPath('85311100').at(-1)?.label).toEqual({ sv: 'Äldreomsorg', en: 'Welfare services for the elderly' });
    expect(isKnownCpv('85311100')).toBe(true);
    expect(isKnownCpv('85311199')).toBe(false);
  });

  it('measures closeness by shared prefix at hierarchy levels', () => {
    expect(sharedCpvDepth('85311100', '85311100')).toBe(8);
    expect(sharedCpvDepth('85311100', '85311200')).toBe(5);
    expect(sharedCpvDepth('85311000', '85312000')).toBe(4);
    expect(sharedCpvDepth('85311000', '85320000')).toBe(3);
    expect(sharedCpvDepth('85311000', '85100000')).toBe(2);
    expect(sharedCpvDepth('85311000', '55520000')).toBe(0);
    // seven shared digits are still only a category-level match
    expect(sharedCpvDepth('98133000', '98133110')).toBe(5);
  });

  it('gives the path of known codes down to a depth', () => {
    expect(cpvPath('85311100', 3).map((e) => e.code)).toEqual(['85000000', '85300000']);
  });
});

describe('codelists and thresholds', () => {
  it('knows Swedish NUTS 3 codes', () => {
    expect(isKnownNuts('SE232')).toBe(true);
    expect(isKnownNuts('SE999')).toBe(false);
  });

  it('ships the 115 social-service CPV codes', () => {
    expect(SocialServiceCpv).toHaveLength(115);
  });

  it('reserves under 19 kap. 25 § only the listed codes and the 85000000–85323000 range', () => {
    expect(isReservableUnder19Kap25('85000000')).toBe(true);
    expect(isReservableUnder19Kap25('85323000')).toBe(true);
    expect(isReservableUnder19Kap25('85312400')).toBe(true);
    expect(isReservableUnder19Kap25('98133110')).toBe(true);
    expect(isReservableUnder19Kap25('85400000')).toBe(false);
    expect(isReservableUnder19Kap25('55520000')).toBe(false);
  });

  it('keeps the direct award limit with its validity period', () => {
    expect(thresholdAt('direct-award-limit', new Date('2022-01-31T12:00:00Z')).amountSek).toBe(615_312);
    expect(thresholdAt('direct-award-limit', new Date('2022-02-01T12:00:00Z')).amountSek).toBe(700_000);
    expect(thresholdAt('direct-award-limit', new Date('2027-06-01T12:00:00Z')).amountSek).toBe(700_000);
  });
});
