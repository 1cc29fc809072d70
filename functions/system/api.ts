import { httpLambdaWith } from '../../shared/platform/http/http-lambda-core.js';
import { implement } from '../../shared/platform/http/contract/implement.js';
import { ok } from '../../shared/platform/http/route.js';
import { openApiDocument } from '../../shared/platform/http/openapi/openapi-document.js';
import { clock } from '../../shared/platform/clock.js';
import { SystemContract } from '../../shared/platform/system/contract.js';

// No SDK client: the system routes read no data, so the chain without idempotency.
export const handler = httpLambdaWith(
  implement(SystemContract, {
    health: async () => ok({ status: 'ok' as const, time: clock.nowIso() }),
    // Generated from the contracts by `npm run openapi` (a test keeps it current).
    openApi: async () => ok(openApiDocument(), 200, { 'cache-control': 'public, max-age=300' }),
  }),
);
