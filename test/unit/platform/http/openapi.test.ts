import { describe, expect, it } from 'vitest';
import { safeParse } from 'zod/mini';
import { buildOpenApi } from '../../../../shared/platform/http/openapi/build-openapi.js';
import { iopExamples } from '../../../../shared/iop/contract/examples.js';
import { AllDocumentedOperations } from '../../../../shared/platform/http/openapi/documented-routes.js';
import { AllOperations, routeKeyOf } from '../../../../shared/platform/http/routes.js';
import { iopRoutes } from '../../../../functions/iop/api.js';
import { reportingRoutes } from '../../../../functions/reporting/api.js';
import { iopDocumentRoutes } from '../../../../functions/iop/documents.js';
import { procurementRoutes } from '../../../../functions/procurement/api.js';
import { notificationsRoutes } from '../../../../functions/notifications/api.js';
import { adminRoutes } from '../../../../functions/admin/api.js';

process.env.LOG_LEVEL ??= 'silent';

describe('the OpenAPI document', () => {
  // biome-ignore lint/suspicious/noExplicitAny: a walk through a JSON document.
  const doc = buildOpenApi(AllDocumentedOperations) as {
    openapi: string;
    paths: Record<string, Record<string, any>>;
    components: { schemas: Record<string, any> };
  };

  it('describes every operation of every contract, with its summary and its success view', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(AllDocumentedOperations.map(routeKeyOf)).toEqual(AllOperations.map(routeKeyOf));
    for (const op of AllDocumentedOperations) {
      const described = doc.paths[op.path]?.[op.method.toLowerCase()];
      expect(described?.summary, routeKeyOf(op)).toBe(op.summary);
      expect(described?.responses[op.response.status]?.content[op.response.mediaType ?? 'application/json'].schema, routeKeyOf(op)).toBeDefined();
    }
  });

  it('is generated from the very schemas the handlers validate with', () => {
    const handlers: Record<string, { body?: unknown; query?: unknown }> = {
      ...iopRoutes,
      ...reportingRoutes,
      ...iopDocumentRoutes,
      ...procurementRoutes,
      ...notificationsRoutes,
      ...adminRoutes,
    };
    for (const op of AllOperations.filter((o) => o.function !== 'SystemApi')) {
      const served = handlers[routeKeyOf(op)];
      expect(served, routeKeyOf(op)).toBeDefined();
      expect(served?.body, `${routeKeyOf(op)} body`).toBe(op.body);
      expect(served?.query, `${routeKeyOf(op)} query`).toBe(op.query);
    }
  });

  it('gives request bodies as JSON Schema, with the fields clients must send', () => {
    const ref = doc.paths['/iop/cases']!.post.requestBody.content['application/json'].schema;
    const initiate = ref.$ref ? doc.components.schemas[ref.$ref.split('/').pop()] : ref;
    expect(initiate.type).toBe('object');
    expect(initiate.required).toEqual(expect.arrayContaining(['title', 'healthcareUnit', 'civilParties', 'durationMonths']));
    expect(initiate.additionalProperties).toBe(false);
    const stage = doc.paths['/iop/cases']!.get.parameters.find((p: { name: string }) => p.name === 'stage');
    expect(stage.schema.enum).toContain('approval');
    const action = doc.paths['/iop/cases/{id}/actions']!.post;
    expect(action.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['id', 'Idempotency-Key']));
    expect(Object.keys(action.responses)).toEqual(expect.arrayContaining(['200', '400', '401', '403', '404', '409', '410', '422']));
  });

  it('shows examples the domain made, each a valid view of its route', () => {
    const examples = iopExamples();
    expect(Object.keys(examples).length).toBeGreaterThanOrEqual(4);
    for (const [key, example] of Object.entries(examples)) {
      const op = AllDocumentedOperations.find((o) => routeKeyOf(o) === key)!;
      expect(safeParse(op.response.view, example).success, key).toBe(true);
      const documented = buildOpenApi(AllDocumentedOperations, examples) as typeof doc;
      expect(documented.paths[op.path]![op.method.toLowerCase()].responses[op.response.status].content['application/json'].example, key).toEqual(example);
    }
  });

  it('describes the CSV downloads as text/csv with a string schema, as the handlers answer them', () => {
    const csvRoutes = AllDocumentedOperations.filter((op) => op.path.endsWith('.csv'));
    expect(csvRoutes.length).toBeGreaterThanOrEqual(3);
    for (const op of csvRoutes) {
      const content = doc.paths[op.path]![op.method.toLowerCase()].responses[op.response.status].content;
      expect(Object.keys(content), routeKeyOf(op)).toEqual(['text/csv']);
      const schema = content['text/csv'].schema;
      expect((schema.$ref ? doc.components.schemas[schema.$ref.split('/').pop()] : schema).type, routeKeyOf(op)).toBe('string');
    }
  });

  it('describes the case view a reader gets, with allowedActions and without storage bookkeeping', () => {
    const view = doc.components.schemas.IopCase;
    expect(view.required).toEqual(expect.arrayContaining(['id', 'stage', 'status', 'version', 'allowedActions']));
    expect(Object.keys(view.properties)).not.toEqual(expect.arrayContaining(['stageRuns']));
    for (const hidden of ['stageRuns', 'outcomes', 'generation']) expect(view.properties[hidden], hidden).toBeUndefined();
  });
});

describe('the served openapi.json', () => {
  it('is current: regenerate it with `npm run openapi` after changing a contract', async () => {
    const { readFileSync } = await import('node:fs');
    const { OpenApiFile, openApiText } = await import('../../../../shared/platform/http/openapi/write-openapi.js');
    expect(readFileSync(OpenApiFile, 'utf8')).toBe(openApiText());
  });
});
