import { literal, record, strictObject, string, unknown } from 'zod/mini';

export const HealthView = strictObject({ status: literal('ok'), time: string() });

/** The OpenAPI document, as JSON. */
export const OpenApiDocumentView = record(string(), unknown());
