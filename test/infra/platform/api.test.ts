import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { ApiThrottle } from '../../../infra/platform/api.js';
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
        ThrottlingRateLimit: ApiThrottle.rateLimit,
        ThrottlingBurstLimit: ApiThrottle.burstLimit,
      }),
      AccessLogSettings: { DestinationArn: Match.anyValue(), Format: Match.stringLikeRegexp('"requestId":"\\$context.requestId"') },
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
