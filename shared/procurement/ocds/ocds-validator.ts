import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import releaseSchema from './schema/release-schema.json' with { type: 'json' };
import packageSchema from './schema/release-package-schema.json' with { type: 'json' };
import lotsExtension from './schema/lots-extension-release-schema.json' with { type: 'json' };
import { mergePatch } from './json-merge-patch.js';

/**
 * OCDS 1.1.5 schemas are JSON Schema draft-04; the lots extension is a JSON
 * Merge Patch onto the release schema. Compiled once, on first use.
 */
let validate: ValidateFunction | undefined;

// Both packages are CommonJS with a `default` member; under NodeNext the types
// see the module object, at run time either shape can arrive.
type AjvClass = typeof AjvDraft04.default;
const Ajv: AjvClass = (AjvDraft04 as unknown as { default?: AjvClass }).default ?? (AjvDraft04 as unknown as AjvClass);
type FormatsPlugin = typeof ajvFormats.default;
const addFormats: FormatsPlugin = (ajvFormats as unknown as { default?: FormatsPlugin }).default ?? (ajvFormats as unknown as FormatsPlugin);

function compile(): ValidateFunction {
  // OCDS adds its own keywords (codelist, openCodelist, deprecated...): not errors.
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(mergePatch(releaseSchema, lotsExtension) as object);
  return ajv.compile(packageSchema);
}

export function validateReleasePackage(pkg: unknown): { valid: boolean; errors: string[] } {
  validate ??= compile();
  const valid = validate(pkg) as boolean;
  return { valid, errors: (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`) };
}
