import ReservedServices from './reserved-services-cpv.json' with { type: 'json' };

/**
 * The services a contract may be reserved for under LOU 19 kap. 25 § (public
 * service mission) and 19 kap. 25 a § (idéburna organisationer): each list is
 * data, with its source, in reserved-services-cpv.json. The two lists differ in
 * part. A list that is not entered (codes null) would be "unknown": nothing is
 * judged against it, and the data file would say why.
 */
export interface ReservedServiceList {
  readonly law: string;
  readonly source: string;
  readonly codes: readonly string[] | null;
  readonly ranges: readonly { readonly from: string; readonly to: string }[] | null;
  readonly note: string | null;
}

export const Reserved19Kap25: ReservedServiceList = ReservedServices['19kap25'];
export const Reserved19Kap25a: ReservedServiceList = ReservedServices['19kap25a'];

/** Whether the CPV code is on the list; undefined when the list is not entered. */
export function isOnReservedList(list: ReservedServiceList, cpv: string): boolean | undefined {
  if (list.codes === null) return undefined;
  if (list.codes.includes(cpv)) return true;
  const n = Number(cpv);
  return (list.ranges ?? []).some((r) => n >= Number(r.from) && n <= Number(r.to));
}

export const isReservableUnder19Kap25 = (cpv: string): boolean => isOnReservedList(Reserved19Kap25, cpv) === true;
