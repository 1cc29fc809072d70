import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import releaseSchema from './schema/release-schema.json' with { type: 'json' };
import packageSchema from './schema/release-package-schema.json' with { type: 'json' };
import { mergePatch } from './json-merge-patch.js';
import { extensionByUrl } from './ocds-extensions.js';

/**
 * OCDS 1.1.5 schemas are JSON Schema draft-04; each extension is a JSON Merge
 * Patch onto the release schema. A package is judged against the release
 * schema with the patches of the extensions it declares (ocds-extensions.ts),
 * compiled once per set of extensions.
 */
const compiled = new Map<string, ValidateFunction>();

// Both packages are CommonJS with a `default` member; under NodeNext the types
// see the module object, at run time either shape can arrive.
type AjvClass = typeof AjvDraft04.default;
const Ajv: AjvClass = (AjvDraft04 as unknown as { default?: AjvClass }).default ?? (AjvDraft04 as unknown as AjvClass);
type FormatsPlugin = typeof ajvFormats.default;
const addFormats: FormatsPlugin = (ajvFormats as unknown as { default?: FormatsPlugin }).default ?? (ajvFormats as unknown as FormatsPlugin);

const declaredExtensions = (pkg: unknown): string[] => {
  const list = (pkg as { extensions?: unknown } | null)?.extensions;
  return Array.isArray(list) ? list.filter((e): e is string => typeof e === 'string') : [];
};

/** The release schema with the declared extensions' patches applied (an unknown URL adds nothing). */
function releaseSchemaFor(extensions: readonly string[]): Record<string, unknown> {
  return extensions.reduce<unknown>((schema, url) => {
    const extension = extensionByUrl(url);
    return extension ? mergePatch(schema, extension.releaseSchemaPatch) : schema;
  }, releaseSchema) as Record<string, unknown>;
}

function validatorFor(extensions: readonly string[]): ValidateFunction {
  const key = [...extensions].sort().join(' ');
  let validate = compiled.get(key);
  if (!validate) {
    // OCDS adds its own keywords (codelist, openCodelist, deprecated...): not errors.
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema(releaseSchemaFor(extensions) as object);
    validate = ajv.compile(packageSchema);
    compiled.set(key, validate);
  }
  return validate;
}

export function validateReleasePackage(pkg: unknown): { valid: boolean; errors: string[] } {
  const validate = validatorFor(declaredExtensions(pkg));
  const valid = validate(pkg) as boolean;
  return { valid, errors: (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`) };
}

type Schema = { $ref?: string; properties?: Record<string, Schema>; items?: Schema; patternProperties?: Record<string, Schema> };

/**
 * Fields of the releases that neither the core schema nor a declared
 * extension defines (OCDS allows extra fields, so the schema alone would
 * pass them): each is an extension the package should have declared.
 */
export function undeclaredFields(pkg: unknown): string[] {
  const schema = releaseSchemaFor(declaredExtensions(pkg)) as Schema & { definitions?: Record<string, Schema> };
  const resolve = (s: Schema): Schema => (s.$ref?.startsWith('#/definitions/') ? resolve(schema.definitions?.[s.$ref.slice(14)] ?? {}) : s);
  const found: string[] = [];
  const walk = (value: unknown, s: Schema, path: string): void => {
    const at = resolve(s);
    if (Array.isArray(value)) {
      value.forEach((v, i) => {
        walk(v, at.items ?? {}, `${path}/${i}`);
      });
    } else if (value !== null && typeof value === 'object' && (at.properties || at.patternProperties)) {
      for (const [key, v] of Object.entries(value)) {
        const property = at.properties?.[key] ?? Object.entries(at.patternProperties ?? {}).find(([p]) => new RegExp(p).test(key))?.[1];
        if (property) walk(v, property, `${path}/${key}`);
        else found.push(`${path}/${key}`);
      }
    }
  };
  const releases = (pkg as { releases?: unknown } | null)?.releases;
  if (Array.isArray(releases)) {
    releases.forEach((r, i) => {
      walk(r, schema, `/releases/${i}`);
    });
  }
  return found;
}
