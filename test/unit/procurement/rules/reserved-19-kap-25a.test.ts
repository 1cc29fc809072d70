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

  it("holds 25 a §'s own list, partly different from 25 §'s, and refuses a reservation outside it with a plain reason", () => {
    expect(Reserved19Kap25a.codes).not.toBeNull();
    // On both lists: health and social care, home help staff.
    for (const cpv of ['85312400', '85140000', '79622000']) {
      expect(isOnReservedList(Reserved19Kap25a, cpv), cpv).toBe(true);
      expect(isReservableUnder19Kap25(cpv), cpv).toBe(true);
    }
    // Only 25 a §: community services, probation, job search, domestic help, the whole of education.
    for (const cpv of ['75200000', '75231240', '79611000', '98514000', '80100000', '80660000']) {
      expect(isOnReservedList(Reserved19Kap25a, cpv), cpv).toBe(true);
      expect(isReservableUnder19Kap25(cpv), cpv).toBe(false);
    }
    // Only 25 §: culture, sport, youth organisations.
    for (const cpv of ['92500000', '92600000', '98133110']) {
      expect(isOnReservedList(Reserved19Kap25a, cpv), cpv).toBe(false);
      expect(isReservableUnder19Kap25(cpv), cpv).toBe(true);
    }
    expect(isOnReservedList(Reserved19Kap25a, '90910000')).toBe(false);
    const cleaning = reservation19Kap25aViolations({ ...notice, cpv: { main: '90910000', additional: [] } });
    expect(cleaning).toEqual([
      {
        path: 'cpv.main',
        message: 'CPV 90910000 may not be reserved for idéburna organisationer under LOU 19 kap. 25 a §',
        text: {
          sv: 'CPV 90910000 finns inte bland de tjänster som får reserveras för idéburna organisationer (LOU 19 kap. 25 a §).',
          en: 'CPV 90910000 is not among the services that may be reserved for idéburna organisationer (LOU 19 kap. 25 a §).',
        },
      },
    ]);
  });

  it('says in its source what was checked and when', () => {
    expect(Reserved19Kap25a.source).toMatch(/read 2026-12-01/);
    expect(Reserved19Kap25a.note).toMatch(/^Checked: .* Not checked: /);
  });
});
