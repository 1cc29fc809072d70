import {
  _default,
  array,
  boolean,
  enum as zEnum,
  int,
  iso,
  maxLength,
  maximum,
  minLength,
  minimum,
  nonnegative,
  number,
  optional,
  regex,
  strictObject,
  string,
  type infer as Infer,
} from 'zod/mini';
import { CpvSetSchema, NutsCodeSchema, SocialObjectiveSchema } from './codes.js';

/** How a contract is reserved: LOU 4 kap. 18 § (res-ws), 19 kap. 25 § (res-pub-ser), or not at all. */
export const Reservations = { none: 'none', shelteredWorkshops: 'res-ws', publicServiceMission: 'res-pub-ser' } as const;
export type Reservation = (typeof Reservations)[keyof typeof Reservations];

export const Procedures = {
  open: 'open',
  restricted: 'restricted',
  negotiated: 'negotiated',
  /** Förenklat förfarande: below the EU thresholds and the light regime (19 kap.). */
  simplified: 'simplified',
  directAward: 'direct-award',
} as const;
export type Procedure = (typeof Procedures)[keyof typeof Procedures];

/** Lots a notice may have, registered or made by a what-if split (a real procurement has a handful, rarely dozens). */
export const MaxLots = 100;

const Sek = number().check(int('Whole kronor'), nonnegative('Cannot be negative'), maximum(1e12));
const Months = int().check(minimum(1), maximum(240));

export const LotSchema = strictObject({
  id: string().check(regex(/^[A-Za-z0-9-]{1,20}$/, 'Letters, digits and hyphens')),
  title: string().check(minLength(1), maxLength(300)),
  description: optional(string().check(maxLength(5000))),
  valueSek: Sek,
  cpv: CpvSetSchema,
  durationMonths: Months,
  /** Regions of this lot when narrower than the notice's. */
  nuts: optional(array(NutsCodeSchema).check(minLength(1))),
});
export type Lot = Infer<typeof LotSchema>;

export const SocialClauseSchema = strictObject({
  objective: optional(SocialObjectiveSchema),
  text: string().check(minLength(1), maxLength(2000)),
});

/** What procurement staff register (POST /procurement/notices). */
export const NoticeInputSchema = strictObject({
  buyer: strictObject({
    orgId: string().check(minLength(1), maxLength(100)),
    /** The buying unit, e.g. "Västra Götalandsregionen, Koncernstab inköp". */
    unit: string().check(minLength(1), maxLength(300)),
  }),
  title: string().check(minLength(1), maxLength(300)),
  /** Swedish description; the text bidders' descriptions are matched against. */
  description: string().check(minLength(1), maxLength(20_000)),
  cpv: CpvSetSchema,
  nuts: array(NutsCodeSchema).check(minLength(1), maxLength(25)),
  estimatedValueSek: Sek,
  durationMonths: Months,
  procedure: zEnum(Procedures),
  /** Ramavtal: at most 4 years including options. */
  framework: _default(boolean(), false),
  deadline: iso.datetime({ offset: true }),
  lots: _default(array(LotSchema).check(maxLength(MaxLots)), []),
  maxLotsBidPerSupplier: optional(int().check(minimum(1))),
  maxLotsAwardedPerSupplier: optional(int().check(minimum(1))),
  reservation: _default(zEnum(Reservations), 'none'),
  /** LOU 19 kap. 25 a §: reserved for idéburna organisationer. */
  reservedForIdeburna: _default(boolean(), false),
  socialObjectives: _default(array(SocialObjectiveSchema).check(maxLength(10)), []),
  socialClauses: _default(array(SocialClauseSchema).check(maxLength(20)), []),
});
export type NoticeInput = Infer<typeof NoticeInputSchema>;

export interface Notice extends NoticeInput {
  readonly id: string;
  /** The buyer's public body (from the organisation registry): only its procurement staff see the reach and run match cases. */
  readonly publicBody?: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export { noticeListKey, WHOLE_NOTICE_LOT } from './notice-keys.js';
