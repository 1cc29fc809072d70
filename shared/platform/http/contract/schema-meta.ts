import { clone, globalRegistry } from 'zod/mini';
import type { $ZodType, GlobalMeta } from 'zod/v4/core';

/**
 * What classic zod's `.describe()` and `.meta()` did, for zod/mini schemas: a copy of the schema
 * registered with the metadata the OpenAPI document reads (an id names a component), the original
 * left bare. Not mini's `describe()`/`meta()` checks: an object schema with a check can no longer be
 * extended or picked from, and the views are.
 */
export function withMeta<T extends $ZodType>(schema: T, meta: GlobalMeta): T {
  const copy = clone(schema);
  globalRegistry.add(copy, meta);
  return copy;
}

/** The schema with a description (a copy, as `withMeta`). */
export const described = <T extends $ZodType>(schema: T, description: string): T => withMeta(schema, { description });
