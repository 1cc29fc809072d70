import lotsExtension from './schema/lots-extension-release-schema.json' with { type: 'json' };
import locationExtension from './schema/location-extension-release-schema.json' with { type: 'json' };
import otherRequirementsExtension from './schema/other-requirements-extension-release-schema.json' with { type: 'json' };
import { OcdsExtensionUrls } from './ocds-extension-urls.js';

/**
 * The OCDS extensions the export uses, each with its extension.json URL (what
 * a package declares in `extensions`, ocds-extension-urls.ts) and its release-schema.json patch, copied
 * from the extension's repository (Apache 2.0):
 *   lots: ocds_lots_extension v1.1.5 (tender.lots, items[].relatedLot, tender.lotDetails);
 *   otherRequirements: ocds_otherRequirements_extension at commit 143e56e (untagged, so "master"):
 *     tender.otherRequirements.reservedParticipation, the eForms mapping of a reservation;
 *   location: ocds_location_extension at commit fcd56ab ("master": tender.deliveryAddresses
 *     is newer than its last tag, v1.1.5, which only has items[].deliveryAddress).
 * The validator applies the patches of the extensions a package declares and no others.
 */
export const OcdsExtensions = {
  lots: {
    url: OcdsExtensionUrls.lots,
    releaseSchemaPatch: lotsExtension,
  },
  otherRequirements: {
    url: OcdsExtensionUrls.otherRequirements,
    releaseSchemaPatch: otherRequirementsExtension,
  },
  location: {
    url: OcdsExtensionUrls.location,
    releaseSchemaPatch: locationExtension,
  },
} as const;
export type OcdsExtensionName = keyof typeof OcdsExtensions;

export const extensionByUrl = (url: string) => Object.values(OcdsExtensions).find((e) => e.url === url);
