import { literal, record, strictObject, string, unknown } from 'zod/mini';
import { type Contract, operation } from '../http/contract/operation.js';

export const HealthView = strictObject({ status: literal('ok'), time: string() });

/** The routes every deployment answers without data: liveness and the API description. */
export const SystemContract = {
  health: operation({
    method: 'GET',
    path: '/health',
    function: 'SystemApi',
    auth: 'none',
    summary: 'Liveness',
    tags: ['system'],
    response: { status: 200, description: 'The API is up', view: HealthView },
  }),
  openApi: operation({
    method: 'GET',
    path: '/openapi.json',
    function: 'SystemApi',
    auth: 'none',
    summary: 'This API description (OpenAPI 3.1)',
    tags: ['system'],
    response: { status: 200, description: 'OpenAPI document', view: record(string(), unknown()) },
  }),
} as const satisfies Contract;
