import type { NoticeView } from '../../../shared/procurement/contract.js';

/**
 * The message keys that say how a notice is reserved, in the same order
 * wherever a notice is shown (list and detail page): the 4 kap. 18 § or
 * 19 kap. 25 § reservation, then 19 kap. 25 a § for idéburna organisationer.
 * "No reservation" only when neither applies.
 */
export type ReservationKey = 'reservation.none' | 'reservation.res-ws' | 'reservation.res-pub-ser' | 'reservation.ideburna';

export function reservationKeys(n: Pick<NoticeView, 'reservation' | 'reservedForIdeburna'>): ReservationKey[] {
  const keys: ReservationKey[] = n.reservation === 'none' ? [] : [`reservation.${n.reservation}`];
  if (n.reservedForIdeburna) keys.push('reservation.ideburna');
  return keys.length === 0 ? ['reservation.none'] : keys;
}
