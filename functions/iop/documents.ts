// Not the http index: it also exports every context's routes, which would bring the other context's contract along.
import { httpLambda } from '../../shared/platform/http/http-lambda.js';
import { implement } from '../../shared/platform/http/contract/implement.js';
import { IopDocumentsContract } from '../../shared/iop/contract/document-operations.js';
import { iopDocumentHandlers } from '../../shared/iop/documents/api/document-handlers.js';
import { iopStore } from '../../shared/iop/store/iop-store.js';

/** The IOP case's documents (the agreement as a page and a PDF, the review reports): a function of its own, so the PDF library stays out of the IOP API. */
export const iopDocumentRoutes = implement(IopDocumentsContract, iopDocumentHandlers({ store: iopStore }));

export const handler = httpLambda(iopDocumentRoutes);
