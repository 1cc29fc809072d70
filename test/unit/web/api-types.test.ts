import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ApiTypesFile, apiTypesText, OpenApiFile } from '../../../web/generate-api-types.js';

/**
 * The web client is typed by web/src/api/openapi-types.ts, generated from
 * openapi.json. When the document changes and the types are not generated
 * again, the app would compile against an API that no longer exists.
 */
describe('the web API client types', () => {
  it('are generated from the committed openapi.json (after `npm run openapi`, run `npx tsx web/generate-api-types.ts`)', async () => {
    const generated = await apiTypesText(readFileSync(OpenApiFile, 'utf8'));
    expect(readFileSync(ApiTypesFile, 'utf8') === generated, 'web/src/api/openapi-types.ts is stale: run `npx tsx web/generate-api-types.ts`').toBe(true);
  }, 30_000);

  it('follow a change of the document (the check can fail)', async () => {
    const document = JSON.parse(readFileSync(OpenApiFile, 'utf8')) as { paths: Record<string, { get?: object }> };
    const madeUp = { get: { ...document.paths['/health']?.get, operationId: 'GET_made_up' } };
    const changed = { ...document, paths: { ...document.paths, '/made-up': madeUp } };
    expect(await apiTypesText(JSON.stringify(changed))).toContain("'/made-up'");
  }, 30_000);
});
