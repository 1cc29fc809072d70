import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));

/** The document the contracts generate (`npm run openapi`): what the web client is typed against. */
export const OpenApiFile = fileURLToPath(new URL('../shared/platform/http/openapi/openapi.json', import.meta.url));
export const ApiTypesFile = fileURLToPath(new URL('./src/api/openapi-types.ts', import.meta.url));

const Header = `/**
 * Generated from shared/platform/http/openapi/openapi.json by web/generate-api-types.ts; do not edit.
 * After \`npm run openapi\`, run \`npx tsx web/generate-api-types.ts\` (a test fails while this file is stale).
 */
`;

/** Biome formats the text as it would the committed file, so \`biome ci\` and the staleness test agree. */
function formatted(text: string): string {
  const biome = createRequire(import.meta.url).resolve('@biomejs/biome/bin/biome');
  const run = spawnSync(process.execPath, [biome, 'format', `--stdin-file-path=${relative(repoRoot, ApiTypesFile)}`], {
    cwd: repoRoot,
    input: text,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`biome format failed: ${run.stderr}`);
  return run.stdout;
}

/** The TypeScript types of the API's paths (`paths`), from the OpenAPI document's text. */
export async function apiTypesText(openApiJson: string = readFileSync(OpenApiFile, 'utf8')): Promise<string> {
  const ast = await openapiTS(JSON.parse(openApiJson), { silent: true });
  return formatted(Header + astToString(ast));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(ApiTypesFile, await apiTypesText());
  console.log(`wrote ${relative(repoRoot, ApiTypesFile)}`);
}
