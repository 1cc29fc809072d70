import { Duration, Lazy, RemovalPolicy } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  type CfnRoute,
  type CfnStage,
  CorsHttpMethod,
  HttpApi,
  HttpMethod,
  type HttpStage,
  type IHttpApi,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { Routes, routeKeyOf, type RouteSpec } from '../../shared/platform/http/routes.js';
import type { FunctionId } from '../../shared/platform/function-catalog.js';
import { acknowledgeFinding } from '../acknowledge.js';
import { ApiThrottling, type Throttle, throttleOf } from './request-limits.js';

export interface ApiProps {
  /** JWT issuer (the Cognito user pool) and audience (the app client id). */
  readonly jwtIssuer: string;
  readonly jwtAudience: readonly string[];
  /**
   * Browser origins allowed to call the API cross-origin. The web app itself
   * calls it same-origin, through its distribution's /api/*; none means no CORS.
   */
  readonly allowedOrigins: readonly string[];
  readonly logRetention?: RetentionDays;
}

/**
 * The HTTP API: JWT authorizer on the Cognito user pool, JSON access logs and
 * throttling per route (request-limits.ts). Routes come from the shared route
 * list; each context integrates the routes of its own functions (`addRoutesFor`).
 */
export class Api extends Construct {
  readonly httpApi: IHttpApi;
  readonly stage: HttpStage;
  private readonly api: HttpApi;
  private readonly authorizer: HttpJwtAuthorizer;
  private readonly integrations = new Map<FunctionId, HttpLambdaIntegration>();
  private readonly integrated = new Set<string>();
  /** Routes whose throttle is not the stage default, by route key. */
  private readonly routeThrottles = new Map<string, Throttle>();

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);
    const api = new HttpApi(this, 'HttpApi', {
      description: 'IOP cases and socially-aware procurement',
      createDefaultStage: false,
      ...(props.allowedOrigins.length > 0
        ? {
            corsPreflight: {
              allowOrigins: [...props.allowedOrigins],
              allowMethods: [CorsHttpMethod.GET, CorsHttpMethod.POST, CorsHttpMethod.PUT, CorsHttpMethod.DELETE],
              allowHeaders: ['authorization', 'content-type', 'idempotency-key', 'acting-for'],
              maxAge: Duration.hours(1),
            },
          }
        : {}),
    });
    const accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: props.logRetention ?? RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.stage = api.addStage('DefaultStage', {
      stageName: '$default',
      autoDeploy: true,
      throttle: ApiThrottling.default,
      accessLogSettings: { destination: new LogGroupLogDestination(accessLogs), format: accessLogFormat() },
    });
    // Filled in as contexts add routes; CloudFormation wants PascalCase keys in this JSON property.
    const stageResource = this.stage.node.defaultChild as CfnStage;
    stageResource.routeSettings = Lazy.any({
      produce: () =>
        this.routeThrottles.size === 0
          ? undefined
          : Object.fromEntries([...this.routeThrottles].map(([key, t]) => [key, { ThrottlingRateLimit: t.rateLimit, ThrottlingBurstLimit: t.burstLimit }])),
    });
    this.authorizer = new HttpJwtAuthorizer('CognitoJwt', props.jwtIssuer, {
      jwtAudience: [...props.jwtAudience],
      identitySource: ['$request.header.Authorization'],
    });
    this.api = api;
    this.httpApi = api;
  }

  /**
   * Integrates every route of the shared list whose function is one of these,
   * in list order (so each integration sits under the same route as before),
   * and returns them. `jwt` routes go behind the authorizer.
   */
  addRoutesFor(functions: ReadonlyMap<FunctionId, IFunction>): RouteSpec[] {
    const routes = (Routes as readonly RouteSpec[]).filter((route) => functions.has(route.function));
    for (const route of routes) {
      const key = routeKeyOf(route);
      if (this.integrated.has(key)) throw new Error(`Route ${key} is integrated twice`);
      const [created] = this.api.addRoutes({
        path: route.path,
        methods: [HttpMethod[route.method]],
        integration: this.integrationFor(route.function, functions),
        ...(route.auth === 'jwt' ? { authorizer: this.authorizer } : {}),
      });
      if (route.auth === 'none' && created) {
        acknowledgeFinding(created, 'AwsSolutions-APIG4', `${key} is public by design (liveness, API description or open data).`);
      }
      const throttle = throttleOf(route);
      if (throttle !== ApiThrottling.default && created) {
        this.routeThrottles.set(key, throttle);
        // Route settings name the route, so the stage must wait until it exists.
        (this.stage.node.defaultChild as CfnStage).addResourceDependency(created.node.defaultChild as CfnRoute);
      }
      this.integrated.add(key);
    }
    return routes;
  }

  /** Routes of the shared list that no function was given for; the stack refuses to synthesize with any. */
  unintegratedRoutes(): RouteSpec[] {
    return (Routes as readonly RouteSpec[]).filter((route) => !this.integrated.has(routeKeyOf(route)));
  }

  /** One integration per function, shared by its routes. */
  private integrationFor(fid: FunctionId, functions: ReadonlyMap<FunctionId, IFunction>): HttpLambdaIntegration {
    let integration = this.integrations.get(fid);
    const fn = functions.get(fid);
    if (!fn) throw new Error(`No function ${fid}`);
    if (!integration) {
      integration = new HttpLambdaIntegration(`${fid}Integration`, fn);
      this.integrations.set(fid, integration);
    }
    return integration;
  }
}

/** One JSON object per request, so CloudWatch Logs Insights can query the fields. */
function accessLogFormat(): AccessLogFormat {
  return AccessLogFormat.custom(
    JSON.stringify({
      requestId: '$context.requestId',
      requestTime: '$context.requestTime',
      routeKey: '$context.routeKey',
      status: '$context.status',
      responseLatency: '$context.responseLatency',
      integrationLatency: '$context.integrationLatency',
      integrationError: '$context.integrationErrorMessage',
      authorizerError: '$context.authorizer.error',
      sourceIp: '$context.identity.sourceIp',
      userAgent: '$context.identity.userAgent',
    }),
  );
}
