import { httpLambdaWith } from '../../shared/platform/http/http-lambda-core.js';
import { route } from '../../shared/platform/http/route.js';
import OpenApiDocument from '../../shared/platform/http/openapi/openapi.json' with { type: 'json' };
import { clock } from '../../shared/platform/clock.js';

// No SDK client: the system routes read no data, so the chain without idempotency.
export const handler = httpLambdaWith({
  'GET /health': route({
    auth: 'none',
    handler: async () => ({ status: 200, body: { status: 'ok', time: clock.nowIso() } }),
  }),
  'GET /openapi.json': route({
    auth: 'none',
    // Generated from the zod schemas by `npm run openapi` (a test keeps it current).
    handler: async () => ({ status: 200, body: OpenApiDocument, headers: { 'cache-control': 'public, max-age=300' } }),
  }),
});
