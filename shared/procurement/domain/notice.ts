import * as z from 'zod';
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

const Sek = z.number().int('Whole kronor').nonnegative('Cannot be negative').max(1e12);
const Months = z.number().int().min(1).max(240);

export const LotSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9-]{1,20}$/, 'Letters, digits and hyphens'),
  title: z.string().min(1).max(300),
  description: z.string().max(5000).optional(),
  valueSek: Sek,
  cpv: CpvSetSchema,
  durationMonths: Months,
  /** Regions of this lot when narrower than the notice's. */
  nuts: z.array(NutsCodeSchema).min(1).optional(),
});
export type Lot = z.infer<typeof LotSchema>;

export const SocialClauseSchema = z.strictObject({
  objective: SocialObjectiveSchema.optional(),
  text: z.string().min(1).max(2000),
});

/** What procurement staff register (POST /procurement/notices). */
export const NoticeInputSchema = z.strictObject({
  buyer: z.strictObject({
    orgId: z.string().min(1).max(100),
    /** The buying unit, e.g. "Västra Götalandsregionen, Koncernstab inköp". */
    unit: z.string().min(1).max(300),
  }),
  title: z.string().min(1).max(300),
  /** Swedish description; the text bidders' descriptions are matched against. */
  description: z.string().min(1).max(20_000),
  cpv: CpvSetSchema,
  nuts: z.array(NutsCodeSchema).min(1).max(25),
  estimatedValueSek: Sek,
  durationMonths: Months,
  procedure: z.enum(Procedures),
  /** Ramavtal: at most 4 years including options. */
  framework: z.boolean().default(false),
  deadline: z.iso.datetime({ offset: true }),
  lots: z.array(LotSchema).max(MaxLots).default([]),
  maxLotsBidPerSupplier: z.number().int().min(1).optional(),
  maxLotsAwardedPerSupplier: z.number().int().min(1).optional(),
  reservation: z.enum(Reservations).default('none'),
  /** LOU 19 kap. 25 a §: reserved for idéburna organisationer. */
  reservedForIdeburna: z.boolean().default(false),
  socialObjectives: z.array(SocialObjectiveSchema).max(10).default([]),
  socialClauses: z.array(SocialClauseSchema).max(20).default([]),
});
export type NoticeInput = z.infer<typeof NoticeInputSchema>;

export interface Notice extends NoticeInput {
  readonly id: string;
  /** The buyer's public body (from the organisation registry): only its procurement staff see the reach and run match cases. */
  readonly publicBody?: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** Where a notice sits in the newest-first list (`<createdAt>#<id>`): a page starts after the key of the last notice before it. */
export const noticeListKey = (n: Pick<Notice, 'createdAt' | 'id'>): string => `${n.createdAt}#${n.id}`;

/** The whole notice as a single target, when it has no lots. */
export const WHOLE_NOTICE_LOT = 'whole';
