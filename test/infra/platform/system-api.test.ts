import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { SystemApi } from '../../../infra/platform/system-api.js';
import { Routes, routeKeyOf } from '../../../shared/platform/http/routes.js';
import { buildTestPlatform } from '../support/test-platform.js';

describe('SystemApi (the routes of the API itself)', () => {
  const { stack, functionPlatform, api } = buildTestPlatform('SystemApiTest');
  const system = new SystemApi(stack, 'SystemApi', { ...functionPlatform, api });
  const template = Template.fromStack(stack);
  const systemRoutes = Routes.filter((r) => r.function === 'SystemApi');

  it('is the SystemApi function of the catalog, and only that', () => {
    expect([...system.functions.keys()]).toEqual(['SystemApi']);
  });

  it('integrates exactly the SystemApi routes of the shared list, all public', () => {
    const routes = Object.values(template.findResources('AWS::ApiGatewayV2::Route')).map(
      (r) => (r as { Properties: { RouteKey: string; AuthorizationType?: string } }).Properties,
    );
    expect(routes.map((r) => r.RouteKey).sort()).toEqual(systemRoutes.map(routeKeyOf).sort());
    expect(routes.every((r) => (r.AuthorizationType ?? 'NONE') === 'NONE')).toBe(true);
    expect(api.unintegratedRoutes().map(routeKeyOf)).toEqual(Routes.filter((r) => r.function !== 'SystemApi').map(routeKeyOf));
  });

  it('needs no AWS SDK grant: its role may only write logs and traces', () => {
    const policies = JSON.stringify(template.findResources('AWS::IAM::Policy'));
    expect(policies).not.toMatch(/dynamodb:|states:|events:PutEvents|scheduler:/);
  });
});
