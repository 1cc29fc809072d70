import type { Notice } from '../domain/notice.js';
import { cpvEntry } from '../reference-data/cpv.js';
import { OcdsExtensionUrls } from './ocds-extension-urls.js';

/**
 * A notice as an OCDS 1.1.5 release package, declaring every extension it
 * uses: lots, other requirements (the reservation, in the eForms-to-OCDS
 * mapping: tender.otherRequirements.reservedParticipation with shelteredWorkshop
 * for LOU 4 kap. 18 § or publicServiceMissionOrganization for 19 kap. 25 §) and
 * location (tender.deliveryAddresses: the NUTS regions).
 */
export const OCID_PREFIX = 'ocds-iopwf';

const ReservedParticipation = { 'res-ws': 'shelteredWorkshop', 'res-pub-ser': 'publicServiceMissionOrganization' } as const;
const Methods = { open: 'open', restricted: 'selective', negotiated: 'limited', simplified: 'open', 'direct-award': 'direct' } as const;

const sek = (amount: number) => ({ amount, currency: 'SEK' });
const months = (start: string, n: number) => {
  const d = new Date(start);
  d.setUTCMonth(d.getUTCMonth() + n);
  return d.toISOString();
};
const classification = (code: string) => ({ scheme: 'CPV', id: code, description: cpvEntry(code)?.label.sv ?? code, uri: `https://ted.europa.eu/cpv/${code}` });

export function buildReleasePackage(notice: Notice, baseUri: string, publishedAt: string): Record<string, unknown> {
  const ocid = `${OCID_PREFIX}-${notice.id}`;
  const items =
    notice.lots.length === 0
      ? [
          {
            id: '1',
            description: notice.title,
            classification: classification(notice.cpv.main),
            additionalClassifications: notice.cpv.additional.map(classification),
          },
        ]
      : notice.lots.map((lot, i) => ({
          id: String(i + 1),
          description: lot.title,
          classification: classification(lot.cpv.main),
          additionalClassifications: lot.cpv.additional.map(classification),
          relatedLot: lot.id,
          // A lot's own regions, where narrower than the notice's (location extension).
          ...(lot.nuts ? { deliveryAddresses: lot.nuts.map((region) => ({ region })) } : {}),
        }));
  const reserved = notice.reservation === 'none' ? [] : [ReservedParticipation[notice.reservation]];
  const tender: Record<string, unknown> = {
    id: notice.id,
    title: notice.title,
    description: notice.description,
    status: 'active',
    procuringEntity: { id: notice.buyer.orgId, name: notice.buyer.unit },
    items,
    value: sek(notice.estimatedValueSek),
    procurementMethod: Methods[notice.procedure],
    procurementMethodDetails: notice.procedure,
    mainProcurementCategory: 'services',
    tenderPeriod: { endDate: notice.deadline },
    contractPeriod: { durationInDays: Math.round(notice.durationMonths * 30.4375) },
    eligibilityCriteria: notice.reservedForIdeburna ? 'Reserverad för idéburna organisationer (LOU 19 kap. 25 a §).' : undefined,
    otherRequirements: reserved.length > 0 ? { reservedParticipation: reserved } : undefined,
    deliveryAddresses: notice.nuts.map((region) => ({ region })),
    lots: notice.lots.map((lot) => ({
      id: lot.id,
      title: lot.title,
      description: lot.description ?? null,
      status: 'active',
      value: sek(lot.valueSek),
      contractPeriod: { durationInDays: Math.round(lot.durationMonths * 30.4375) },
    })),
    lotDetails:
      notice.lots.length > 0
        ? { maximumLotsBidPerSupplier: notice.maxLotsBidPerSupplier ?? null, maximumLotsAwardedPerSupplier: notice.maxLotsAwardedPerSupplier ?? null }
        : undefined,
  };
  for (const key of Object.keys(tender)) if (tender[key] === undefined) delete tender[key];
  if (notice.lots.length === 0) delete tender.lots;
  return {
    uri: `${baseUri}/procurement/ocds/${encodeURIComponent(notice.id)}`,
    version: '1.1',
    extensions: [OcdsExtensionUrls.lots, OcdsExtensionUrls.otherRequirements, OcdsExtensionUrls.location],
    publishedDate: publishedAt,
    publisher: { name: notice.buyer.unit },
    releases: [
      {
        ocid,
        id: `${ocid}-tender-${notice.updatedAt.replace(/[^0-9]/g, '')}`,
        date: notice.updatedAt,
        tag: ['tender'],
        initiationType: 'tender',
        language: 'sv',
        buyer: { id: notice.buyer.orgId, name: notice.buyer.unit },
        parties: [
          { id: notice.buyer.orgId, name: notice.buyer.unit, roles: ['buyer', 'procuringEntity'], address: { region: notice.nuts[0], countryName: 'Sverige' } },
        ],
        tender,
      },
    ],
  };
}
