import * as z from 'zod';
import type { RouteDocs } from './route-doc.js';

export const HealthSchema = z.object({ status: z.literal('ok'), time: z.string() });

export const SystemRouteDocs: RouteDocs = {
  'GET /health': { summary: 'Liveness', tags: ['system'], success: { status: 200, description: 'The API is up', schema: HealthSchema } },
  'GET /openapi.json': { summary: 'This API description (OpenAPI 3.1)', tags: ['system'], success: { status: 200, description: 'OpenAPI document' } },
};
