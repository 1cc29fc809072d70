import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { CorsHttpMethod, HttpApi, HttpMethod, LogGroupLogDestination, type HttpStage, type IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { Routes, routeKeyOf, type RouteSpec } from '../../shared/platform/http/routes.js';
import type { FunctionId } from '../../shared/platform/function-catalog.js';
import { acknowledgeFinding } from '../acknowledge.js';
import type { Functions } from './functions.js';

/** Stage-wide limits: enough for a region's case workers, low enough to cap a runaway client's cost. */
export const ApiThrottle = { rateLimit: 50, burstLimit: 100 } as const;

export interface ApiProps {
  readonly functions: Functions;
  /** JWT issuer (the Cognito user pool) and audience (the app client id). */
  readonly jwtIssuer: string;
  readonly jwtAudience: readonly string[];
  /** Browser origins allowed to call the API (the web app). */
  readonly allowedOrigins: readonly string[];
  readonly logRetention?: RetentionDays;
}

/**
 * The HTTP API: every route of the shared route list integrated with its
 * function, `jwt` routes behind the Cognito JWT authorizer, JSON access logs
 * and stage throttling.
 */
export class Api extends Construct {
  readonly httpApi: IHttpApi;
  readonly stage: HttpStage;

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);
    const api = new HttpApi(this, 'HttpApi', {
      description: 'IOP cases and socially-aware procurement',
      createDefaultStage: false,
      corsPreflight: {
        allowOrigins: [...props.allowedOrigins],
        allowMethods: [CorsHttpMethod.GET, CorsHttpMethod.POST, CorsHttpMethod.PUT, CorsHttpMethod.DELETE],
        allowHeaders: ['authorization', 'content-type', 'idempotency-key'],
        maxAge: Duration.hours(1),
      },
    });
    const accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: props.logRetention ?? RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.stage = api.addStage('DefaultStage', {
      stageName: '$default',
      autoDeploy: true,
      throttle: ApiThrottle,
      accessLogSettings: { destination: new LogGroupLogDestination(accessLogs), format: accessLogFormat() },
    });

    const authorizer = new HttpJwtAuthorizer('CognitoJwt', props.jwtIssuer, {
      jwtAudience: [...props.jwtAudience],
      identitySource: ['$request.header.Authorization'],
    });
    const integrations = new Map<FunctionId, HttpLambdaIntegration>();
    const integrationFor = (fid: FunctionId): HttpLambdaIntegration => {
      let integration = integrations.get(fid);
      if (!integration) {
        integration = new HttpLambdaIntegration(`${fid}Integration`, props.functions.get(fid));
        integrations.set(fid, integration);
      }
      return integration;
    };

    for (const route of Routes as readonly RouteSpec[]) {
      const [created] = api.addRoutes({
        path: route.path,
        methods: [HttpMethod[route.method]],
        integration: integrationFor(route.function),
        ...(route.auth === 'jwt' ? { authorizer } : {}),
      });
      if (route.auth === 'none' && created) {
        acknowledgeFinding(created, 'AwsSolutions-APIG4', `${routeKeyOf(route)} is public by design (liveness, API description or open data).`);
      }
    }
    this.httpApi = api;
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
