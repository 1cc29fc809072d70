import { AdminOperationDocs } from '../../../admin/contract/operation-docs.js';
import { AdminContract } from '../../../admin/contract/operations.js';
import { IopDocumentsOperationDocs } from '../../../iop/contract/document-operation-docs.js';
import { IopDocumentsContract } from '../../../iop/contract/document-operations.js';
import { IopOperationDocs } from '../../../iop/contract/operation-docs.js';
import { IopContract } from '../../../iop/contract/operations.js';
import { NotificationsOperationDocs } from '../../../notifications/contract/operation-docs.js';
import { NotificationsContract } from '../../../notifications/contract/operations.js';
import { ProcurementOperationDocs } from '../../../procurement/contract/operation-docs.js';
import { ProcurementContract } from '../../../procurement/contract/operations.js';
import { ReportingOperationDocs } from '../../../reporting/contract/operation-docs.js';
import { ReportingContract } from '../../../reporting/contract/operations.js';
import { SystemContract } from '../../system/contract.js';
import { SystemOperationDocs } from '../../system/operation-docs.js';
import { type DocumentedOperation, documented } from '../contract/operation-docs.js';

/**
 * Every operation with its summary, texts and view, in the order of AllOperations
 * (routes.ts): what the OpenAPI document is written from and what the tests
 * check an answer against. No Lambda imports this.
 */
export const AllDocumentedOperations: readonly DocumentedOperation[] = [
  ...documented(SystemContract, SystemOperationDocs),
  ...documented(IopContract, IopOperationDocs),
  ...documented(IopDocumentsContract, IopDocumentsOperationDocs),
  ...documented(ProcurementContract, ProcurementOperationDocs),
  ...documented(NotificationsContract, NotificationsOperationDocs),
  ...documented(AdminContract, AdminOperationDocs),
  ...documented(ReportingContract, ReportingOperationDocs),
];
