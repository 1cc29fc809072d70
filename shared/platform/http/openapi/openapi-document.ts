import { readFileSync } from 'node:fs';

/**
 * The OpenAPI document `npm run openapi` writes (about 200 KB of JSON, growing
 * with the routes), read on first use from beside the running module rather
 * than bundled: from the sources that is this folder; in Lambda it is the
 * bundle's folder, where the CDK app copies the system function's assets.
 */
export const OpenApiDocumentAsset = 'shared/platform/http/openapi/openapi.json';

let document: Record<string, unknown> | undefined;

export function openApiDocument(): Record<string, unknown> {
  document ??= JSON.parse(readFileSync(new URL('./openapi.json', import.meta.url), 'utf8')) as Record<string, unknown>;
  return document;
}
