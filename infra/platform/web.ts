import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DefaultStackSynthesizer, Duration, Fn, RemovalPolicy, Stack, Token } from 'aws-cdk-lib';
import type { IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  Function as EdgeFunction,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  OriginSslPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership, type IBucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { S3_SERVER_ACCESS_LOGS_USE_BUCKET_POLICY } from 'aws-cdk-lib/cx-api';
import { Construct } from 'constructs';
import type { RuntimeConfig } from '../../web/src/auth/runtime-config.js';
import { acknowledgeFinding, acknowledgeWildcardResource } from '../acknowledge.js';
import { RepoRoot } from '../repo-root.js';

/** Where `web/build.ts` writes the app; git-ignored, so absent on a fresh clone. */
export const WebDistDir = path.join(RepoRoot, 'web', 'dist');

/** What the deployed app reads from /config.json: Cognito sign-in and the API's URL. */
export type CognitoRuntimeConfig = Extract<RuntimeConfig, { auth: 'cognito' }>;

/** Where the distribution serves the HTTP API, so the web ACL guards it and the app calls it same-origin. */
export const ApiPathPrefix = '/api';

/**
 * CloudFront Function (viewer request) of the app's files: a path whose last
 * segment has no extension is a client-side route (/arenden/123), answered
 * with index.html. It replaces distribution-wide 403/404 error pages, which
 * would also have turned the API's 403/404 answers (and WAF blocks) into 200s.
 */
export const SpaRouteFunctionCode = `function handler(event) {
  var request = event.request;
  var last = request.uri.split('/').pop();
  if (last.indexOf('.') === -1) request.uri = '/index.html';
  return request;
}`;

/** CloudFront Function (viewer request) of /api/*: the HTTP API's routes have no /api prefix. */
export const ApiPrefixFunctionCode = `function handler(event) {
  var request = event.request;
  request.uri = request.uri.substring(${ApiPathPrefix.length}) || '/';
  return request;
}`;

export interface WebProps {
  /**
   * Folder with the built app (index.html, app.js...). Defaults to web/dist
   * when it exists, otherwise a placeholder page, so synthesis never needs a
   * build (tests pass a temporary folder).
   */
  readonly assetDir?: string;
  readonly logRetention?: RetentionDays;
  /** ARN of a CLOUDFRONT-scoped AWS WAF web ACL (us-east-1, see infra/edge-stack.ts); none when WAF is off. */
  readonly webAclArn?: string;
}

/**
 * The web app: a private bucket read by CloudFront through origin access
 * control, served as a single-page app with security headers, behind the
 * AWS WAF web ACL when there is one. The HTTP API is added under /api/*
 * (`addApi`) and the app published (`publish`) once the user pool and API
 * exist, because they need the distribution's URL first (callback URL).
 */
export class Web extends Construct {
  readonly bucket: IBucket;
  readonly distribution: Distribution;
  /** https://<distribution domain>, the app's origin. */
  readonly url: string;
  private readonly assetDir: string;
  private readonly logRetention: RetentionDays;
  private readonly headers: ResponseHeadersPolicy;

  constructor(scope: Construct, id: string, props: WebProps = {}) {
    super(scope, id);
    this.assetDir = props.assetDir ?? defaultAssetDir();
    this.logRetention = props.logRetention ?? RetentionDays.ONE_MONTH;

    // S3 server access logs are granted by bucket policy, not the deprecated
    // LogDeliveryWrite canned ACL (the feature flag's default is the ACL).
    this.node.setContext(S3_SERVER_ACCESS_LOGS_USE_BUCKET_POLICY, true);

    // Access logs of both the site bucket and the distribution. CloudFront
    // standard logging writes with ACLs and supports only SSE-S3.
    const logBucket = new Bucket(this, 'LogBucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: Duration.days(90) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledgeFinding(logBucket, 'AwsSolutions-S1', 'This is the access-log bucket; logging its own access would loop.');

    const bucket = new Bucket(this, 'SiteBucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: logBucket,
      serverAccessLogsPrefix: 'site-bucket/',
      // Old app versions are only kept for a quick rollback.
      lifecycleRules: [{ noncurrentVersionExpiration: Duration.days(30) }],
      // Rebuilt from source on every deployment, nothing irreplaceable; still,
      // deleting the stack fails until someone empties the bucket on purpose.
      removalPolicy: RemovalPolicy.DESTROY,
    });

    this.headers = this.securityHeaders();
    const spaRoutes = new EdgeFunction(this, 'SpaRoutes', {
      comment: 'Client-side routes of the IOP web app get index.html',
      code: FunctionCode.fromInline(SpaRouteFunctionCode),
      runtime: FunctionRuntime.JS_2_0,
    });
    const distribution = new Distribution(this, 'Distribution', {
      comment: 'IOP web app',
      defaultRootObject: 'index.html',
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD_OPTIONS,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        compress: true,
        responseHeadersPolicy: this.headers,
        functionAssociations: [{ function: spaRoutes, eventType: FunctionEventType.VIEWER_REQUEST }],
      },
      ...(props.webAclArn ? { webAclId: props.webAclArn } : {}),
      httpVersion: HttpVersion.HTTP2_AND_3,
      // Users are in Sweden: Europe and North America edges are enough.
      priceClass: PriceClass.PRICE_CLASS_100,
      enableLogging: true,
      logBucket,
      logFilePrefix: 'distribution/',
    });
    acknowledgeFinding(
      distribution,
      'AwsSolutions-CFR1',
      'No geo restriction: the app serves Swedish organisations whose staff may sign in from abroad; Cognito guards every action.',
    );
    if (!props.webAclArn) {
      acknowledgeFinding(
        distribution,
        'AwsSolutions-CFR2',
        'WAF is off (the dev stage, or -c waf=false): the API keeps its per-route throttling and JWT authorization.',
      );
    }
    acknowledgeFinding(
      distribution,
      'AwsSolutions-CFR4',
      'The default *.cloudfront.net certificate allows TLSv1 for old clients; a custom domain with TLSv1.2_2021 replaces it in production.',
    );

    this.bucket = bucket;
    this.distribution = distribution;
    this.url = `https://${distribution.distributionDomainName}`;
  }

  /**
   * Serves the HTTP API under /api/*: never cached, every viewer header but
   * Host (API Gateway routes on its own host name) forwarded, Authorization
   * included, which CloudFront allows only with caching disabled. Returns the
   * API's URL as the app sees it, same-origin and behind the web ACL.
   */
  addApi(api: IHttpApi): string {
    const stripPrefix = new EdgeFunction(this, 'ApiPrefix', {
      comment: 'Drops the /api prefix before the request reaches the HTTP API',
      code: FunctionCode.fromInline(ApiPrefixFunctionCode),
      runtime: FunctionRuntime.JS_2_0,
    });
    // apiEndpoint is https://<id>.execute-api.<region>.amazonaws.com; the origin wants the host.
    const origin = new HttpOrigin(Fn.select(2, Fn.split('/', api.apiEndpoint)), {
      protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
      originSslProtocols: [OriginSslPolicy.TLS_V1_2],
    });
    this.distribution.addBehavior(`${ApiPathPrefix}/*`, origin, {
      // No redirect: a client that follows one may turn a POST into a GET.
      viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
      allowedMethods: AllowedMethods.ALLOW_ALL,
      cachePolicy: CachePolicy.CACHING_DISABLED,
      originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
      responseHeadersPolicy: this.headers,
      functionAssociations: [{ function: stripPrefix, eventType: FunctionEventType.VIEWER_REQUEST }],
    });
    return `${this.url}${ApiPathPrefix}`;
  }

  /**
   * Uploads the app plus a generated /config.json (CDK tokens resolve at
   * deploy time) and invalidates the distribution. Call once.
   */
  publish(config: Omit<CognitoRuntimeConfig, 'auth' | 'redirectUri'> & { readonly redirectUri?: string }): BucketDeployment {
    const runtimeConfig: CognitoRuntimeConfig = {
      auth: 'cognito',
      authority: config.authority,
      clientId: config.clientId,
      redirectUri: config.redirectUri ?? `${this.url}/auth/callback`,
      apiUrl: config.apiUrl,
    };
    const logGroup = new LogGroup(this, 'DeploymentLogs', {
      retention: this.logRetention,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    // Our own role instead of CDK's default (which carries the managed
    // AWSLambdaBasicExecutionRole): it may write to its one log group only.
    const role = new Role(this, 'DeploymentRole', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: 'Uploads the web app to its bucket and invalidates the distribution',
    });
    logGroup.grantWrite(role);
    const deployment = new BucketDeployment(this, 'Deployment', {
      sources: [
        // The local build's config.json ({ auth: 'local' }) must never reach AWS.
        Source.asset(this.assetDir, { exclude: ['config.json'] }),
        Source.jsonData('config.json', runtimeConfig),
      ],
      destinationBucket: this.bucket,
      // Browsers revalidate every file (names are not content-hashed); the
      // edge keeps them until the invalidation below.
      cacheControl: [CacheControl.fromString('public, max-age=0, must-revalidate, s-maxage=31536000')],
      distribution: this.distribution,
      distributionPaths: ['/*'],
      memoryLimit: 512,
      role,
      logGroup,
    });
    this.acknowledgeDeploymentFindings(role);
    return deployment;
  }

  private securityHeaders(): ResponseHeadersPolicy {
    const region = Stack.of(this).region;
    // The app talks to its API ('self': /api/* on this distribution) and to
    // Cognito (discovery, token endpoint). Wildcards, not the exact hosts: the
    // user pool depends on this distribution's URL (a circular dependency).
    const connect = ["'self'", `https://cognito-idp.${region}.amazonaws.com`, `https://*.auth.${region}.amazoncognito.com`].join(' ');
    return new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'Security headers of the IOP web app',
      securityHeadersBehavior: {
        contentSecurityPolicy: {
          contentSecurityPolicy: [
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            `connect-src ${connect}`,
            "frame-ancestors 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "object-src 'none'",
          ].join('; '),
          override: true,
        },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.days(365),
          includeSubdomains: true,
          override: true,
        },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
      },
    });
  }

  /**
   * The deployment runs CDK's own provider function; what it grants and how it
   * is built is CDK's, so each finding is acknowledged with why it is harmless.
   */
  private acknowledgeDeploymentFindings(role: Role): void {
    const stack = Stack.of(this);
    const reasons: Record<string, string> = {
      'AwsSolutions-IAM5[Action::s3:GetObject*]': 'CDK grantRead: reads the uploaded app and the staged asset.',
      'AwsSolutions-IAM5[Action::s3:GetBucket*]': 'CDK grantRead: the AWS CLI sync reads bucket metadata.',
      'AwsSolutions-IAM5[Action::s3:List*]': 'CDK grantRead: the AWS CLI sync lists both buckets to diff them.',
      'AwsSolutions-IAM5[Action::s3:DeleteObject*]': 'CDK grantReadWrite: the sync prunes files no longer in the app.',
      'AwsSolutions-IAM5[Action::s3:Abort*]': 'CDK grantReadWrite: aborts failed multipart uploads of large files.',
      'AwsSolutions-IAM5[Resource::*]': 'CloudFront CreateInvalidation/GetInvalidation are granted by CDK on every distribution.',
    };
    for (const [id, reason] of Object.entries(reasons)) acknowledgeFinding(role, id, reason);
    acknowledgeWildcardResource(role, `${this.bucket.bucketArn}/*`, 'Every object of the site bucket is part of the app.');
    acknowledgeWildcardResource(
      role,
      `arn:\${AWS::Partition}:s3:::${assetBucketName(stack)}/*`,
      'Reads the app zip that CDK staged in the bootstrap asset bucket.',
    );

    const handler = stack.node.findAll().find((c): c is LambdaFunction => c instanceof LambdaFunction && c.role === role);
    if (!handler) throw new Error('The BucketDeployment created no function with the deployment role');
    const provider = "CDK's BucketDeployment provider (AWS CLI layer), run by CloudFormation at deploy time";
    acknowledgeFinding(handler, 'AwsSolutions-L1', `${provider}: its runtime is chosen by aws-cdk-lib and follows its releases.`);
    acknowledgeFinding(handler, 'Serverless-LambdaLatestVersion', `${provider}: its runtime is chosen by aws-cdk-lib.`);
    acknowledgeFinding(handler, 'Serverless-LambdaDLQ', `${provider}: a failed run fails the stack update, which reports it.`);
    acknowledgeFinding(handler, 'Serverless-LambdaTracing', `${provider}: one short copy per deployment, nothing worth tracing.`);
  }
}

/** The bootstrap bucket that holds file assets, as the default synthesizer names it. */
function assetBucketName(stack: Stack): string {
  const qualifier = stack.synthesizer.bootstrapQualifier ?? DefaultStackSynthesizer.DEFAULT_QUALIFIER;
  const account = Token.isUnresolved(stack.account) ? '${AWS::AccountId}' : stack.account;
  const region = Token.isUnresolved(stack.region) ? '${AWS::Region}' : stack.region;
  return `cdk-${qualifier}-assets-${account}-${region}`;
}

/** web/dist when built, otherwise a placeholder page (fresh clone, tests). */
function defaultAssetDir(): string {
  return existsSync(path.join(WebDistDir, 'index.html')) ? WebDistDir : placeholderAssetDir();
}

/**
 * A folder with a single page saying the app is not built. Same path and
 * content every time, so the asset hash (and the deployment) stay stable.
 */
export function placeholderAssetDir(): string {
  const dir = path.join(tmpdir(), 'iop-web-placeholder');
  const file = path.join(dir, 'index.html');
  const html = [
    '<!doctype html>',
    '<html lang="sv"><head><meta charset="utf-8" /><title>Partnerskap och upphandling</title></head>',
    '<body><p>Webbappen är inte byggd än. / The web app has not been built yet: run <code>npx tsx web/build.ts</code>.</p></body>',
    '</html>',
    '',
  ].join('\n');
  if (existsSync(file) && readFileSync(file, 'utf8') === html) return dir;
  mkdirSync(dir, { recursive: true });
  // Written beside and renamed, so a parallel synthesis never hashes half a file.
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, html);
  renameSync(partial, file);
  return dir;
}

/**
 * Builds web/dist (minified) when it is missing, by the web app's own build
 * script; the CDK app awaits this before synthesis. Returns the folder, or
 * undefined when there is no web app to build.
 */
export async function ensureWebDist(): Promise<string | undefined> {
  if (existsSync(path.join(WebDistDir, 'index.html'))) return WebDistDir;
  if (!existsSync(path.join(RepoRoot, 'web', 'build.ts'))) return undefined;
  const { buildWeb } = await import('../../web/build.js');
  const built = await buildWeb({ outdir: WebDistDir, minify: true });
  return built.outdir;
}
