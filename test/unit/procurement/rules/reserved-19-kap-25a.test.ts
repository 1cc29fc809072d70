import { describe, expect, it } from 'vitest';
import { reservation19Kap25aViolations } from '../../../../shared/procurement/domain/notice-rules.js';
import type { ReservedServiceList } from '../../../../shared/procurement/reference-data/reserved-services-cpv.js';
import {
  isOnReservedList,
  isReservableUnder19Kap25,
  Reserved19Kap25,
  Reserved19Kap25a,
} from '../../../../shared/procurement/reference-data/reserved-services-cpv.js';
import { seedNotices } from '../../../../local/seed/procurement-seed.js';

/** 19 kap. 25 a § (idéburna organisationer) has its own list of services, kept as data with its source like 25 §'s. */
const notice = { ...seedNotices(new Date('2026-03-02T09:00:00Z'))[0]!, reservedForIdeburna: true, lots: [] };

describe('the reserved-service lists of LOU 19 kap. 25 § and 25 a §', () => {
  it('keeps both lists as data, each naming its law and source', () => {
    for (const list of [Reserved19Kap25, Reserved19Kap25a]) {
      expect(list.law).toMatch(/19 kap\. 25( a)? §/);
      expect(list.source).toMatch(/upphandlingsmyndigheten\.se/);
    }
    expect(isReservableUnder19Kap25('85312400')).toBe(true);
    expect(isReservableUnder19Kap25('55520000')).toBe(false);
  });

  it('judges a 25 a § reservation by its own list, field by field, in Swedish and English', () => {
    const list: ReservedServiceList = {
      law: '19 kap. 25 a §',
      source: 'test',
      codes: ['98133000'],
      ranges: [{ from: '85000000', to: '85323000' }],
      note: null,
    };
    const inside = { ...notice, cpv: { main: '85312400', additional: ['98133000'] } };
    expect(reservation19Kap25aViolations(inside, list)).toEqual([]);
    const outside = { ...notice, cpv: { main: '85312400', additional: ['92600000'] } };
    const errors = reservation19Kap25aViolations(outside, list);
    expect(errors.map((e) => e.path)).toEqual(['cpv.additional.0']);
    expect(errors[0]!.text?.sv).toMatch(/idéburna organisationer/);
    expect(errors[0]!.text?.en).toMatch(/25 a §/);
  });

  it('says so, rather than guessing, while the 25 a § codes are not entered (and then judges nothing)', () => {
    if (Reserved19Kap25a.codes !== null) return;
    expect(Reserved19Kap25a.note).toMatch(/NOT ENTERED/);
    expect(isOnReservedList(Reserved19Kap25a, '55520000')).toBeUndefined();
    expect(reservation19Kap25aViolations({ ...notice, cpv: { main: '55520000', additional: [] } })).toEqual([]);
  });
});
