import { describe, expect, it } from 'vitest';
import { buildOpenApi } from '../../../../shared/platform/http/openapi/build-openapi.js';
import { AllRouteDocs } from '../../../../shared/platform/http/openapi/all-route-docs.js';
import { Routes, routeKeyOf } from '../../../../shared/platform/http/routes.js';
import { iopRoutes } from '../../../../functions/iop/api.js';
import { procurementRoutes } from '../../../../functions/procurement/api.js';

process.env.LOG_LEVEL ??= 'silent';

describe('the OpenAPI document', () => {
  const doc = buildOpenApi(AllRouteDocs) as { openapi: string; paths: Record<string, Record<string, any>> };

  it('describes every route of the API, with a summary', () => {
    expect(doc.openapi).toBe('3.1.0');
    for (const route of Routes) {
      const key = routeKeyOf(route);
      expect(AllRouteDocs[key], key).toBeDefined();
      expect(doc.paths[route.path]?.[route.method.toLowerCase()]?.summary, key).toBe(AllRouteDocs[key]!.summary);
    }
  });

  it('is generated from the very schemas the handlers validate with', () => {
    const handlers: Record<string, { body?: unknown; query?: unknown }> = { ...iopRoutes, ...procurementRoutes };
    for (const [key, route] of Object.entries(handlers)) {
      expect(AllRouteDocs[key]?.body, `${key} body`).toBe(route.body);
      if (route.query) expect(AllRouteDocs[key]?.query, `${key} query`).toBe(route.query);
    }
  });

  it('gives request bodies as JSON Schema, with the fields clients must send', () => {
    const initiate = doc.paths['/iop/cases']!.post.requestBody.content['application/json'].schema;
    expect(initiate.type).toBe('object');
    expect(initiate.required).toEqual(expect.arrayContaining(['title', 'healthcareUnit', 'civilParties', 'durationMonths']));
    expect(initiate.additionalProperties).toBe(false);
    const stage = doc.paths['/iop/cases']!.get.parameters.find((p: { name: string }) => p.name === 'stage');
    expect(stage.schema.enum).toContain('approval');
    const action = doc.paths['/iop/cases/{id}/actions']!.post;
    expect(action.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['id', 'Idempotency-Key']));
    expect(Object.keys(action.responses)).toEqual(expect.arrayContaining(['200', '400', '401', '403', '404', '409', '410', '422']));
  });
});

describe('the served openapi.json', () => {
  it('is current: regenerate it with `npm run openapi` after changing a schema or a route doc', async () => {
    const { readFileSync } = await import('node:fs');
    const { OpenApiFile, openApiText } = await import('../../../../shared/platform/http/openapi/write-openapi.js');
    expect(readFileSync(OpenApiFile, 'utf8')).toBe(openApiText());
  });
});
