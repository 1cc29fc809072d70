import type { ZodType } from 'zod';

/** What the OpenAPI document says about one route, keyed by route key ("POST /iop/cases"). */
export interface RouteDoc {
  readonly summary: string;
  readonly description?: string;
  readonly tags?: readonly string[];
  readonly body?: ZodType;
  readonly query?: ZodType;
  /** Success status and the schema of its body, if described. */
  readonly success?: { readonly status: number; readonly description: string; readonly schema?: ZodType };
  /** Error statuses this route can answer besides the common ones. */
  readonly errors?: readonly number[];
}

export type RouteDocs = Readonly<Record<string, RouteDoc>>;
