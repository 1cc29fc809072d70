import { coerce, enum as zEnum, int, maximum, minimum, object, optional } from 'zod/mini';
import { type Contract, operation, viewType } from '../../platform/http/contract/operation.js';
import { DocumentLanguages } from '../documents/document-language.js';
import type { AgreementDocumentView, AgreementPdfView, ReviewReportView } from './agreement-document-view.js';

/** ?version=2&lang=en: the version to read (the latest unless given) and its language (Swedish unless given). */
export const AgreementDocumentQuery = object({
  version: optional(coerce.number().check(int(), minimum(1), maximum(1000))),
  lang: optional(zEnum(DocumentLanguages)),
});

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
    query: AgreementDocumentQuery,
    response: { status: 200, view: viewType<typeof AgreementDocumentView>() },
  }),
  agreementPdf: operation({
    method: 'GET',
    path: '/iop/cases/{id}/agreement.pdf',
    function: fn,
    auth: 'jwt',
    query: AgreementDocumentQuery,
    response: { status: 200, view: viewType<typeof AgreementPdfView>(), mediaType: 'application/pdf' },
  }),
  review: operation({
    method: 'GET',
    path: '/iop/cases/{id}/reviews/{number}',
    function: fn,
    auth: 'jwt',
    response: { status: 200, view: viewType<typeof ReviewReportView>() },
  }),
} as const satisfies Contract;
