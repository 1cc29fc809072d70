import type { OperationDocs } from '../../platform/http/contract/operation-docs.js';
import type { IopDocumentsContract } from './document-operations.js';
import { AgreementDocumentView, AgreementPdfView, ReviewReportView } from './agreement-document-view.js';

const tags = ['iop'] as const;

/** What the OpenAPI document says of each IOP document route, and the view it answers with (not bundled with the function). */
export const IopDocumentsOperationDocs: OperationDocs<typeof IopDocumentsContract> = {
  agreement: {
    summary: "The case's agreement as a document: its plain-language summary, its sections, signatures and what an amendment changed",
    description: 'The latest version unless `version` is given; Swedish unless `lang=en`. 404 before the agreement is generated.',
    tags,
    response: { description: 'The agreement document', view: AgreementDocumentView },
  },
  agreementPdf: {
    summary: 'The same agreement document as a PDF, named by the case and the version',
    tags,
    response: { description: 'The agreement as a PDF (Content-Disposition names the case and the version)', view: AgreementPdfView },
  },
  review: {
    summary: "One review of the agreement: each organisation's report, each party's position, the reflection on the six principles and the decision",
    tags,
    response: { description: 'The review report', view: ReviewReportView },
  },
};
