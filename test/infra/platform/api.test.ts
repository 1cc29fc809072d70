import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { ApiThrottling, ComputeRoutes, throttleOf } from '../../../infra/platform/request-limits.js';
import { Routes, routeKeyOf } from '../../../shared/platform/http/routes.js';
import { catalogFunctions } from '../../../infra/platform/catalog-function.js';
import { buildTestPlatform } from '../support/test-platform.js';
import { buildTestStack } from '../support/test-stack.js';
import { logicalIdOf } from '../support/logical-id.js';

describe('Api in the whole stack', () => {
  const { stack } = buildTestStack();
  const template = Template.fromStack(stack);
  const routes = Object.values(template.findResources('AWS::ApiGatewayV2::Route')).map(
    (r) => (r as { Properties: { RouteKey: string; AuthorizationType?: string } }).Properties,
  );

  it('is an HTTP API with one route per entry of the shared route list', () => {
    template.resourceCountIs('AWS::ApiGatewayV2::Api', 1);
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', { ProtocolType: 'HTTP' });
    expect(routes).toHaveLength(Routes.length);
    expect(routes.map((r) => r.RouteKey).sort()).toEqual(Routes.map(routeKeyOf).sort());
  });

  it('puts exactly the jwt routes behind the JWT authorizer', () => {
    for (const route of Routes) {
      const created = routes.find((r) => r.RouteKey === routeKeyOf(route));
      expect(created?.AuthorizationType ?? 'NONE', routeKeyOf(route)).toBe(route.auth === 'jwt' ? 'JWT' : 'NONE');
    }
  });

  it('checks Cognito ID tokens: issuer of the user pool, audience of the app client', () => {
    const poolId = logicalIdOf(stack.auth.userPool);
    const clientId = logicalIdOf(stack.auth.userPoolClient);
    template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: {
        Audience: [{ Ref: clientId }],
        Issuer: { 'Fn::Join': ['', ['https://cognito-idp.eu-north-1.amazonaws.com/', { Ref: poolId }]] },
      },
    });
  });

  it('integrates each route with its own function', () => {
    template.allResourcesProperties('AWS::ApiGatewayV2::Integration', {
      IntegrationType: 'AWS_PROXY',
      PayloadFormatVersion: '2.0',
    });
    const functionsUsed = new Set(Routes.map((r) => r.function));
    template.resourceCountIs('AWS::ApiGatewayV2::Integration', functionsUsed.size);
  });

  it('has a throttled auto-deployed default stage with JSON access logs', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: Match.objectLike({
        ThrottlingRateLimit: ApiThrottling.default.rateLimit,
        ThrottlingBurstLimit: ApiThrottling.default.burstLimit,
      }),
      AccessLogSettings: { DestinationArn: Match.anyValue(), Format: Match.stringLikeRegexp('"requestId":"\\$context.requestId"') },
    });
  });

  describe('throttling per route', () => {
    type StageResource = {
      Properties: { RouteSettings?: Record<string, { ThrottlingRateLimit: number; ThrottlingBurstLimit: number }> };
      DependsOn?: string[];
    };
    const stage = Object.values(template.findResources('AWS::ApiGatewayV2::Stage'))[0] as StageResource;
    const settings = stage.Properties.RouteSettings ?? {};
    const publicKeys = Routes.filter((r) => r.auth === 'none').map(routeKeyOf);

    it('names only existing routes as computing ones', () => {
      expect(ComputeRoutes.length).toBeGreaterThan(0);
      for (const key of ComputeRoutes) expect(Routes.map(routeKeyOf), key).toContain(key);
    });

    it('is tighter than the default for the public and the computing routes', () => {
      for (const limits of [ApiThrottling.public, ApiThrottling.compute]) {
        expect(limits.rateLimit).toBeLessThan(ApiThrottling.default.rateLimit);
        expect(limits.burstLimit).toBeLessThan(ApiThrottling.default.burstLimit);
        expect(limits.burstLimit).toBeGreaterThanOrEqual(limits.rateLimit);
      }
      expect(publicKeys).toEqual(expect.arrayContaining(['GET /public/iop', 'GET /procurement/ocds/{noticeId}']));
      expect(ComputeRoutes).toContain('POST /procurement/notices/{id}/what-if');
    });

    it('sets exactly the non-default routes in RouteSettings, with their limits', () => {
      const expected = Object.fromEntries(
        Routes.filter((r) => throttleOf(r) !== ApiThrottling.default).map((r) => [
          routeKeyOf(r),
          { ThrottlingRateLimit: throttleOf(r).rateLimit, ThrottlingBurstLimit: throttleOf(r).burstLimit },
        ]),
      );
      expect(Object.keys(expected).sort()).toEqual([...publicKeys, ...ComputeRoutes].sort());
      expect(settings).toEqual(expected);
      expect(settings['GET /public/iop']).toEqual({
        ThrottlingRateLimit: ApiThrottling.public.rateLimit,
        ThrottlingBurstLimit: ApiThrottling.public.burstLimit,
      });
      expect(settings['POST /procurement/notices/{id}/what-if']).toEqual({
        ThrottlingRateLimit: ApiThrottling.compute.rateLimit,
        ThrottlingBurstLimit: ApiThrottling.compute.burstLimit,
      });
    });

    it('makes the stage wait for every route its settings name (CloudFormation refuses unknown route keys)', () => {
      const routeIds = Object.entries(template.findResources('AWS::ApiGatewayV2::Route'))
        .filter(([, r]) => (r as { Properties: { RouteKey: string } }).Properties.RouteKey in settings)
        .map(([id]) => id);
      expect(routeIds).toHaveLength(Object.keys(settings).length);
      expect(stage.DependsOn ?? []).toEqual(expect.arrayContaining(routeIds));
    });
  });
});

describe('Api, before and while contexts add their routes', () => {
  it('has no route until a context integrates its functions, then exactly theirs', () => {
    const { stack, functionPlatform, api } = buildTestPlatform('ApiRoutesTest');
    expect(api.unintegratedRoutes()).toHaveLength(Routes.length);
    const added = api.addRoutesFor(catalogFunctions(stack, ['IopApi'], functionPlatform));
    expect(added.map(routeKeyOf)).toEqual(Routes.filter((r) => r.function === 'IopApi').map(routeKeyOf));
    expect(api.unintegratedRoutes().some((r) => r.function === 'IopApi')).toBe(false);
    // One integration, shared by all routes of the function.
    Template.fromStack(stack).resourceCountIs('AWS::ApiGatewayV2::Integration', 1);
  });

  it('refuses to integrate a route twice', () => {
    const { stack, functionPlatform, api } = buildTestPlatform('ApiTwiceTest');
    const functions = catalogFunctions(stack, ['SystemApi'], functionPlatform);
    api.addRoutesFor(functions);
    expect(() => api.addRoutesFor(functions)).toThrow(/integrated twice/);
  });
});
