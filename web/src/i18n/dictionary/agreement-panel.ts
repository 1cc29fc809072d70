/** The agreement and the review reports as the case page shows them: the summary panel, the PDF download and the link to a review report. */
export const sv = {
  'agreementDoc.downloadPdf': 'Ladda ner PDF',
  'agreementDoc.downloadingPdf': 'Hämtar PDF …',
  'agreementDoc.pdfFailed': 'PDF-filen kunde inte hämtas. Försök igen.',
  'agreementDoc.caseHeading': 'Överenskommelsen i korthet',
  'agreementDoc.read': 'Läs hela överenskommelsen (version {version})',
  'reviewReport.link': 'Läs rapporten för {name}',
} as const;

export const en: Readonly<Record<keyof typeof sv, string>> = {
  'agreementDoc.downloadPdf': 'Download PDF',
  'agreementDoc.downloadingPdf': 'Fetching the PDF …',
  'agreementDoc.pdfFailed': 'The PDF could not be fetched. Try again.',
  'agreementDoc.caseHeading': 'The agreement in brief',
  'agreementDoc.read': 'Read the whole agreement (version {version})',
  'reviewReport.link': 'Read the report of {name}',
};
