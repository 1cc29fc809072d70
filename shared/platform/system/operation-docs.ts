import type { OperationDocs } from '../http/contract/operation-docs.js';
import type { SystemContract } from './contract.js';
import { HealthView, OpenApiDocumentView } from './views.js';

/** What the OpenAPI document says of the system routes. */
export const SystemOperationDocs: OperationDocs<typeof SystemContract> = {
  health: {
    summary: 'Liveness',
    tags: ['system'],
    response: { description: 'The API is up', view: HealthView },
  },
  openApi: {
    summary: 'This API description (OpenAPI 3.1)',
    tags: ['system'],
    response: { description: 'OpenAPI document', view: OpenApiDocumentView },
  },
};
