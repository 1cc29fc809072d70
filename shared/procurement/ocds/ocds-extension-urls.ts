/**
 * The extension.json URL of each OCDS extension the export uses: what a
 * package declares in `extensions`. Apart from the extensions' schema patches
 * (ocds-extensions.ts), which only the validator reads, so the API that writes
 * packages does not carry them.
 */
export const OcdsExtensionUrls = {
  lots: 'https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/v1.1.5/extension.json',
  otherRequirements: 'https://raw.githubusercontent.com/open-contracting-extensions/ocds_otherRequirements_extension/master/extension.json',
  location: 'https://raw.githubusercontent.com/open-contracting-extensions/ocds_location_extension/master/extension.json',
} as const;
