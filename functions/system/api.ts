import { httpLambdaWith } from '../../shared/http/http-lambda-core.js';
import { route } from '../../shared/http/route.js';
import { buildOpenApi } from '../../shared/http/openapi/build-openapi.js';
import { AllRouteDocs } from '../../shared/http/openapi/all-route-docs.js';
import { clock } from '../../shared/platform/clock.js';

let openApi: Record<string, unknown> | undefined;

// No SDK client: the system routes read no data, so the chain without idempotency.
export const handler = httpLambdaWith({
  'GET /health': route({
    auth: 'none',
    handler: async () => ({ status: 200, body: { status: 'ok', time: clock.nowIso() } }),
  }),
  'GET /openapi.json': route({
    auth: 'none',
    handler: async () => {
      // Built once per container: the document only changes with a deployment.
      openApi ??= buildOpenApi(AllRouteDocs);
      return { status: 200, body: openApi, headers: { 'cache-control': 'public, max-age=300' } };
    },
  }),
});
