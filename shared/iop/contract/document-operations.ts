import { coerce, enum as zEnum, int, maximum, minimum, object, optional, string } from 'zod/mini';
import { type Contract, operation } from '../../platform/http/contract/operation.js';
import { DocumentLanguages } from '../documents/document-language.js';
import { AgreementDocumentView, ReviewReportView } from './agreement-document-view.js';

/** ?version=2&lang=en: the version to read (the latest unless given) and its language (Swedish unless given). */
export const AgreementDocumentQuery = object({
  version: optional(coerce.number().check(int(), minimum(1), maximum(1000))),
  lang: optional(zEnum(DocumentLanguages)),
});

const tags = ['iop'] as const;
/** A function of its own: the PDF library stays out of the IOP API's bundle. */
const fn = 'IopDocuments' as const;

/**
 * The documents of an IOP case people read: the agreement (as a page and as a
 * PDF) and the reports of its reviews. Readable by the case's parties and the
 * public body's staff; to anyone else the case does not exist (404).
 */
export const IopDocumentsContract = {
  agreement: operation({
    method: 'GET',
    path: '/iop/cases/{id}/agreement',
    function: fn,
    auth: 'jwt',
    summary: "The case's agreement as a document: its plain-language summary, its sections, signatures and what an amendment changed",
    description: 'The latest version unless `version` is given; Swedish unless `lang=en`. 404 before the agreement is generated.',
    tags,
    query: AgreementDocumentQuery,
    response: { status: 200, description: 'The agreement document', view: AgreementDocumentView },
  }),
  agreementPdf: operation({
    method: 'GET',
    path: '/iop/cases/{id}/agreement.pdf',
    function: fn,
    auth: 'jwt',
    summary: 'The same agreement document as a PDF, named by the case and the version',
    tags,
    query: AgreementDocumentQuery,
    response: {
      status: 200,
      description: 'The agreement as a PDF (Content-Disposition names the case and the version)',
      view: string(),
      mediaType: 'application/pdf',
    },
  }),
  review: operation({
    method: 'GET',
    path: '/iop/cases/{id}/reviews/{number}',
    function: fn,
    auth: 'jwt',
    summary: "One review of the agreement: each organisation's report, each party's position, the reflection on the six principles and the decision",
    tags,
    response: { status: 200, description: 'The review report', view: ReviewReportView },
  }),
} as const satisfies Contract;
