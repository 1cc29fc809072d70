import { array, int, object, optional, string, type ZodMiniObject } from 'zod/mini';
import { withMeta } from '../contract/schema-meta.js';
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject, type ZodOpenApiResponseObject } from 'zod-openapi';
import { routeKeyOf } from '../contract/operation.js';
import type { DocumentedOperation } from '../contract/operation-docs.js';

const ProblemTitles: Record<number, string> = {
  400: 'Invalid request (field errors listed)',
  401: 'Not signed in',
  403: 'Not allowed',
  404: 'Not found',
  409: 'Conflict: wrong stage or stale expectedVersion',
  410: 'Deadline passed',
  413: 'Body too large',
  415: 'Not JSON',
  422: 'A rule of the process is not met',
};

/** The detail or a field's message in Swedish and English, for a user interface. */
const BilingualTextView = object({ sv: string(), en: string() });

/** RFC 9457 problem details, as every error is answered. */
const ProblemView = withMeta(
  object({
    type: string(),
    title: string(),
    status: int(),
    detail: optional(string()),
    text: optional(BilingualTextView),
    instance: optional(string()),
    correlationId: optional(string()),
    errors: optional(array(object({ path: string(), message: string(), text: optional(BilingualTextView) }))),
  }),
  { id: 'Problem' },
);

const IdempotencyKeyHeader = object({
  'Idempotency-Key': withMeta(optional(string()), { description: 'A retried request with the same key returns the first answer and changes nothing twice.' }),
});

const ActingForHeader = object({
  'Acting-For': withMeta(optional(string()), {
    description: "A member organisation's id: a user of an umbrella organisation acts for a member that has authorised it in the registry.",
  }),
});

function problemStatuses(op: DocumentedOperation): number[] {
  const statuses = new Set<number>([400, 404, ...(op.auth === 'jwt' ? [401, 403] : []), ...(op.problems ?? [])]);
  if (op.method === 'POST' || op.method === 'PUT') statuses.add(413).add(415).add(422);
  return [...statuses].sort();
}

function describe(op: DocumentedOperation, example: unknown): ZodOpenApiOperationObject {
  const pathNames = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  const writes = op.method === 'POST' || op.method === 'PUT';
  const responses: Record<string, ZodOpenApiResponseObject> = {
    [op.response.status]: {
      description: op.response.description,
      content: { [op.response.mediaType ?? 'application/json']: { schema: op.response.view, ...(example === undefined ? {} : { example }) } },
    },
  };
  for (const status of problemStatuses(op)) {
    responses[status] = { description: ProblemTitles[status] ?? 'Error', content: { 'application/problem+json': { schema: ProblemView } } };
  }
  return {
    operationId: `${op.method} ${op.path}`.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_|_$/g, ''),
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    tags: [...op.tags],
    security: op.auth === 'jwt' ? [{ bearerAuth: [] }] : [],
    ...(op.roles ? { 'x-roles': [...op.roles] } : {}),
    requestParams: {
      ...(pathNames.length ? { path: object(Object.fromEntries(pathNames.map((n) => [n, string()]))) } : {}),
      ...(op.query ? { query: op.query as ZodMiniObject } : {}),
      ...(writes || op.auth === 'jwt'
        ? { header: object({ ...(writes ? IdempotencyKeyHeader.def.shape : {}), ...(op.auth === 'jwt' ? ActingForHeader.def.shape : {}) }) }
        : {}),
    },
    ...(op.body ? { requestBody: { required: true, content: { 'application/json': { schema: op.body } } } } : {}),
    responses,
  };
}

/**
 * The OpenAPI 3.1 document, generated (with zod-openapi) from the contracts'
 * declarations joined with their docs (documented-routes.ts): the very zod schemas the handlers validate
 * with and the views they answer with;
 * `examples` (route key → a success answer) are made by each context's domain.
 */
export function buildOpenApi(
  operations: readonly DocumentedOperation[],
  examples: Readonly<Record<string, unknown>> = {},
  serverUrl = '/',
): Record<string, unknown> {
  const paths: ZodOpenApiPathsObject = {};
  for (const op of operations) {
    paths[op.path] ??= {};
    (paths[op.path] as Record<string, ZodOpenApiOperationObject>)[op.method.toLowerCase()] = describe(op, examples[routeKeyOf(op)]);
  }
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'IOP and socially-aware procurement workflows',
      version: '1.0.0',
      description:
        'Cases for idéburet offentligt partnerskap (IOP) and procurement matches through five stages: initiation, dialogue, approval, agreement, ' +
        'review. Errors are application/problem+json (RFC 9457).',
    },
    servers: [{ url: serverUrl }],
    components: { securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
    paths,
  }) as unknown as Record<string, unknown>;
}
