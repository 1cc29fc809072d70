import { type Contract, operation, viewType } from '../http/contract/operation.js';
import type { HealthView, OpenApiDocumentView } from './views.js';

/** The routes every deployment answers without data: liveness and the API description. */
export const SystemContract = {
  health: operation({
    method: 'GET',
    path: '/health',
    function: 'SystemApi',
    auth: 'none',
    response: { status: 200, view: viewType<typeof HealthView>() },
  }),
  openApi: operation({
    method: 'GET',
    path: '/openapi.json',
    function: 'SystemApi',
    auth: 'none',
    response: { status: 200, view: viewType<typeof OpenApiDocumentView>() },
  }),
} as const satisfies Contract;
