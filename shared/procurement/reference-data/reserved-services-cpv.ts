/**
 * LOU 19 kap. 25 §: a contract may be reserved for organisations with a public
 * service mission only for these CPV codes (the list in the Act, with the range
 * 85000000 to 85323000 inclusive). 19 kap. 25 a § (idéburna organisationer) has
 * no such list.
 */
export const Reservable19Kap25Codes = [
  '75121000',
  '75122000',
  '75123000',
  '79622000',
  '79624000',
  '79625000',
  '80110000',
  '80300000',
  '80420000',
  '80430000',
  '80511000',
  '80520000',
  '80590000',
  '92500000',
  '92600000',
  '98133000',
  '98133110',
] as const;

export const Reservable19Kap25Range = { from: '85000000', to: '85323000' } as const;

const codes = new Set<string>(Reservable19Kap25Codes);

export function isReservableUnder19Kap25(cpv: string): boolean {
  if (codes.has(cpv)) return true;
  const n = Number(cpv);
  return n >= Number(Reservable19Kap25Range.from) && n <= Number(Reservable19Kap25Range.to);
}
