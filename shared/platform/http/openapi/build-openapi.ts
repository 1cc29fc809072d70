import * as z from 'zod';
import { Routes, routeKeyOf } from '../routes.js';
import type { RouteDocs } from './route-doc.js';

const ErrorTitles: Record<number, string> = {
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

function schemaOf(type: z.ZodType): Record<string, unknown> {
  // io: 'input' documents what clients send (defaults optional).
  const { $schema: _ignored, ...schema } = z.toJSONSchema(type, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  void _ignored;
  return schema;
}

/**
 * The OpenAPI 3.1 document, generated from the route list and the zod schemas
 * the handlers validate with, so the description cannot drift from the code.
 */
export function buildOpenApi(docs: RouteDocs, serverUrl = '/'): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of Routes) {
    const key = routeKeyOf(route);
    const doc = docs[key];
    const parameters = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    if (doc?.query) {
      const query = schemaOf(doc.query) as { properties?: Record<string, unknown>; required?: string[] };
      for (const [name, schema] of Object.entries(query.properties ?? {})) {
        parameters.push({ name, in: 'query', required: (query.required ?? []).includes(name), schema } as never);
      }
    }
    if (route.method === 'POST' || route.method === 'PUT') {
      parameters.push({
        name: 'Idempotency-Key',
        in: 'header',
        required: false,
        schema: { type: 'string' },
        description: 'A retried request with the same key returns the first answer and changes nothing twice.',
      } as never);
    }
    const success = doc?.success ?? { status: route.method === 'POST' ? 201 : 200, description: 'OK' };
    const responses: Record<string, unknown> = {
      [success.status]: {
        description: success.description,
        ...(success.schema ? { content: { 'application/json': { schema: schemaOf(success.schema) } } } : {}),
      },
    };
    const errorStatuses = new Set<number>([400, 404, ...(route.auth === 'jwt' ? [401, 403] : []), ...(doc?.errors ?? [])]);
    if (route.method === 'POST' || route.method === 'PUT') errorStatuses.add(413).add(415).add(422);
    for (const status of [...errorStatuses].sort()) {
      responses[status] = {
        description: ErrorTitles[status] ?? 'Error',
        content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
      };
    }
    paths[route.path] ??= {};
    paths[route.path]![route.method.toLowerCase()] = {
      operationId: key.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_|_$/g, ''),
      summary: doc?.summary ?? key,
      ...(doc?.description ? { description: doc.description } : {}),
      tags: doc?.tags ?? [route.path.split('/')[1]],
      ...(route.auth === 'jwt' ? { security: [{ bearerAuth: [] }] } : { security: [] }),
      parameters,
      ...(doc?.body ? { requestBody: { required: true, content: { 'application/json': { schema: schemaOf(doc.body) } } } } : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'IOP and socially-aware procurement workflows',
      version: '1.0.0',
      description:
        'Cases for idéburet offentligt partnerskap (IOP) and procurement matches through five stages: initiation, dialogue, approval, agreement, review. Errors are application/problem+json (RFC 9457).',
    },
    servers: [{ url: serverUrl }],
    components: {
      securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: {
        Problem: {
          type: 'object',
          required: ['type', 'title', 'status'],
          properties: {
            type: { type: 'string' },
            title: { type: 'string' },
            status: { type: 'integer' },
            detail: { type: 'string' },
            instance: { type: 'string' },
            correlationId: { type: 'string' },
            errors: {
              type: 'array',
              items: { type: 'object', required: ['path', 'message'], properties: { path: { type: 'string' }, message: { type: 'string' } } },
            },
          },
        },
      },
    },
    paths,
  };
}
