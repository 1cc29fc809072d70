import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildOpenApi } from './build-openapi.js';
import { AllDocumentedOperations } from './documented-routes.js';
import { iopExamples } from '../../../iop/contract/examples.js';

/**
 * Writes openapi.json from the contracts (`npm run openapi`).
 * GET /openapi.json serves this file, so the system function does not carry
 * every schema and code list; a test fails when the file is out of date.
 */
export const OpenApiFile = join(dirname(fileURLToPath(import.meta.url)), 'openapi.json');

export function openApiText(): string {
  return `${JSON.stringify(buildOpenApi(AllDocumentedOperations, iopExamples()), null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(OpenApiFile, openApiText());
  console.log(`wrote ${OpenApiFile}`);
}
