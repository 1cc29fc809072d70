import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { App, Aws, CfnParameter, Stack, Validations } from 'aws-cdk-lib';
import { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiPrefixFunctionCode, SpaRouteFunctionCode, Web, placeholderAssetDir } from '../../../infra/platform/web.js';
import { unacknowledgedNagFindings } from '../support/nag-findings.js';
import { buildTestStack } from '../support/test-stack.js';

const DeploymentType = 'Custom::CDKBucketDeployment';

type Json = Record<string, unknown>;

/** Runs a CloudFront Function's code on a viewer request for `uri`, as CloudFront would, and returns the URI it forwards. */
function viewerRequest(code: string, uri: string): string {
  const handler = runInNewContext(`${code}\nhandler;`) as (event: { request: { uri: string } }) => { uri: string };
  return handler({ request: { uri } }).uri;
}

/** The inline code of the CloudFront Function a behavior runs on viewer requests. */
function viewerFunctionCode(template: Template, behavior: Json): string {
  const associations = behavior.FunctionAssociations as Array<{ EventType: string; FunctionARN: { 'Fn::GetAtt': [string, string] } }>;
  expect(associations).toHaveLength(1);
  expect(associations[0]?.EventType).toBe('viewer-request');
  const id = associations[0]?.FunctionARN['Fn::GetAtt'][0] ?? '';
  const fn = template.findResources('AWS::CloudFront::Function')[id] as { Properties: { FunctionCode: string; FunctionConfig: { Runtime: string } } };
  expect(fn.Properties.FunctionConfig.Runtime).toBe('cloudfront-js-2.0');
  return fn.Properties.FunctionCode;
}

const distributionConfigOf = (template: Template): Json =>
  (Object.values(template.findResources('AWS::CloudFront::Distribution'))[0] as { Properties: { DistributionConfig: Json } }).Properties.DistributionConfig;

/** A built app as web/build.ts leaves it, local config.json included. */
function fakeBuild(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'iop-web-test-'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>fake build</title>');
  writeFileSync(path.join(dir, 'app.js'), 'console.log("app");');
  // A page loaded on demand: its own chunk, which must be uploaded beside app.js.
  mkdirSync(path.join(dir, 'chunks'));
  writeFileSync(path.join(dir, 'chunks', 'page-ABCD1234.js'), 'export const page = 1;');
  writeFileSync(path.join(dir, 'config.json'), JSON.stringify({ auth: 'local' }));
  return dir;
}

/**
 * The deployment's sources as they are uploaded: the staged asset folders of
 * the synthesized assembly, with deploy-time markers replaced by the
 * CloudFormation expression (as JSON text) they stand for.
 */
function deployedSources(assemblyDir: string, template: Template): Array<Map<string, string>> {
  const deployments = Object.values(template.findResources(DeploymentType));
  expect(deployments).toHaveLength(1);
  const props = (deployments[0] as { Properties: { SourceObjectKeys: string[]; SourceMarkers: Json[] } }).Properties;
  return props.SourceObjectKeys.map((key, i) => {
    const dir = path.join(assemblyDir, `asset.${key.replace(/\.zip$/, '')}`);
    const files = new Map<string, string>();
    for (const name of ['index.html', 'app.js', 'chunks/page-ABCD1234.js', 'config.json']) {
      if (!existsSync(path.join(dir, name))) continue;
      let text = readFileSync(path.join(dir, name), 'utf8');
      for (const [marker, value] of Object.entries(props.SourceMarkers[i] ?? {})) {
        text = text.replaceAll(marker, JSON.stringify(value).replaceAll('"', "'"));
      }
      files.set(name, text);
    }
    return files;
  });
}

describe('Web', () => {
  const outdir = mkdtempSync(path.join(tmpdir(), 'iop-web-cdk-out-'));
  const assetDir = fakeBuild();
  afterAll(() => {
    rmSync(outdir, { recursive: true, force: true });
    rmSync(assetDir, { recursive: true, force: true });
  });

  const app = new App({ outdir });
  const stack = new Stack(app, 'WebTest', { env: { account: '123456789012', region: 'eu-north-1' } });
  const apiUrl = new CfnParameter(stack, 'ApiUrl');
  const web = new Web(stack, 'Web', { assetDir });
  web.publish({
    authority: `https://cognito-idp.eu-north-1.amazonaws.com/${Aws.STACK_NAME}`,
    clientId: Aws.STACK_ID,
    apiUrl: apiUrl.valueAsString,
  });
  const template = Template.fromStack(stack);

  describe('the site bucket', () => {
    const siteBucket = (): [string, Json] => {
      const buckets = template.findResources('AWS::S3::Bucket', { Properties: { VersioningConfiguration: Match.anyValue() } });
      const entries = Object.entries(buckets);
      expect(entries).toHaveLength(1);
      return entries[0] as [string, Json];
    };

    it('is private, encrypted, versioned and logs its access', () => {
      const [, bucket] = siteBucket();
      expect(bucket.Properties).toMatchObject({
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
        VersioningConfiguration: { Status: 'Enabled' },
        LoggingConfiguration: { DestinationBucketName: { Ref: expect.stringMatching(/LogBucket/) }, LogFilePrefix: 'site-bucket/' },
      });
      expect(bucket.Properties).not.toHaveProperty('WebsiteConfiguration');
      // No deprecated canned ACL on any bucket: log delivery is granted by bucket policy.
      for (const b of Object.values(template.findResources('AWS::S3::Bucket'))) expect(b).not.toHaveProperty('Properties.AccessControl');
    });

    it('is readable by this distribution only, and only over TLS', () => {
      const [logicalId] = siteBucket();
      template.hasResourceProperties('AWS::S3::BucketPolicy', {
        Bucket: { Ref: logicalId },
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
            Match.objectLike({
              Effect: 'Allow',
              Action: 's3:GetObject',
              Principal: { Service: 'cloudfront.amazonaws.com' },
              Condition: { StringEquals: { 'AWS:SourceArn': Match.anyValue() } },
            }),
          ]),
        },
      });
      const policies = Object.values(template.findResources('AWS::S3::BucketPolicy'));
      const principals = policies.flatMap((p) =>
        (p as { Properties: { PolicyDocument: { Statement: Json[] } } }).Properties.PolicyDocument.Statement.filter((s) => s.Effect === 'Allow').map((s) =>
          JSON.stringify(s.Principal),
        ),
      );
      // No public ("*") or OAI principal is ever allowed in.
      expect(principals.every((p) => p.includes('cloudfront.amazonaws.com') || p.includes('logging.s3.amazonaws.com'))).toBe(true);
    });
  });

  describe('the distribution', () => {
    it('reads the bucket through an origin access control, not an identity', () => {
      template.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
      template.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
        OriginAccessControlConfig: Match.objectLike({ OriginAccessControlOriginType: 's3', SigningBehavior: 'always' }),
      });
      template.resourceCountIs('AWS::CloudFront::CloudFrontOriginAccessIdentity', 0);
      template.hasResourceProperties('AWS::CloudFront::Distribution', {
        DistributionConfig: Match.objectLike({
          Origins: [Match.objectLike({ OriginAccessControlId: Match.anyValue(), S3OriginConfig: { OriginAccessIdentity: '' } })],
        }),
      });
    });

    it('serves index.html at the root and for every client-side route (SPA fallback)', () => {
      const config = distributionConfigOf(template);
      expect(config.DefaultRootObject).toBe('index.html');
      const code = viewerFunctionCode(template, config.DefaultCacheBehavior as Json);
      expect(code).toBe(SpaRouteFunctionCode);
      for (const route of ['/', '/arenden', '/arenden/iop-1a2b3c4d5e6f', '/upphandlingar/N-1a2b3c4d', '/auth/callback']) {
        expect(viewerRequest(code, route), route).toBe('/index.html');
      }
      for (const file of ['/index.html', '/app.js', '/chunks/page-ABCD1234.js', '/styles.css', '/config.json'])
        expect(viewerRequest(code, file), file).toBe(file);
    });

    it('has no distribution-wide error pages, which would turn API and WAF 403/404 answers into 200s', () => {
      expect(distributionConfigOf(template)).not.toHaveProperty('CustomErrorResponses');
    });

    it('has no web ACL unless given one', () => {
      expect(distributionConfigOf(template)).not.toHaveProperty('WebACLId');
    });

    it('redirects HTTP to HTTPS, adds the security headers and logs access', () => {
      template.hasResourceProperties('AWS::CloudFront::Distribution', {
        DistributionConfig: Match.objectLike({
          DefaultCacheBehavior: Match.objectLike({
            ViewerProtocolPolicy: 'redirect-to-https',
            ResponseHeadersPolicyId: { Ref: Match.stringLikeRegexp('SecurityHeaders') },
          }),
          Logging: Match.objectLike({ Bucket: Match.anyValue(), Prefix: 'distribution/' }),
        }),
      });
      template.hasResourceProperties('AWS::CloudFront::ResponseHeadersPolicy', {
        ResponseHeadersPolicyConfig: Match.objectLike({
          SecurityHeadersConfig: Match.objectLike({
            ContentSecurityPolicy: {
              ContentSecurityPolicy: Match.stringLikeRegexp("frame-ancestors 'none'.*object-src 'none'"),
              Override: true,
            },
            StrictTransportSecurity: Match.objectLike({ AccessControlMaxAgeSec: 31_536_000, Override: true }),
            ContentTypeOptions: { Override: true },
            FrameOptions: { FrameOption: 'DENY', Override: true },
          }),
        }),
      });
    });

    it('lets the app call its API and Cognito (CSP connect-src)', () => {
      const policy = Object.values(template.findResources('AWS::CloudFront::ResponseHeadersPolicy'))[0] as {
        Properties: { ResponseHeadersPolicyConfig: { SecurityHeadersConfig: { ContentSecurityPolicy: { ContentSecurityPolicy: string } } } };
      };
      const csp = policy.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy;
      const connect =
        csp
          .split('; ')
          .find((d) => d.startsWith('connect-src'))
          ?.split(' ') ?? [];
      expect(connect).toEqual(
        expect.arrayContaining(["'self'", 'https://cognito-idp.eu-north-1.amazonaws.com', 'https://*.auth.eu-north-1.amazoncognito.com']),
      );
      // The API is same-origin (/api/*): no wildcard that any execute-api endpoint would match.
      expect(connect.some((source) => source.includes('execute-api'))).toBe(false);
    });
  });

  describe('the API behind the distribution', () => {
    const apiStack = new Stack(new App({ outdir }), 'WebApiTest', { env: { account: '123456789012', region: 'eu-north-1' } });
    const apiWeb = new Web(apiStack, 'Web', { assetDir, webAclArn: 'arn:aws:wafv2:us-east-1:123456789012:global/webacl/test/abc' });
    const httpApi = new HttpApi(apiStack, 'HttpApi', { createDefaultStage: true });
    const webApiUrl = apiWeb.addApi(httpApi);
    const apiTemplate = Template.fromStack(apiStack);
    const config = distributionConfigOf(apiTemplate);
    const behaviors = (config.CacheBehaviors ?? []) as Json[];
    const behavior = behaviors[0] ?? {};

    it('serves the HTTP API under /api/*, uncached, with every viewer header but Host (so Authorization too)', () => {
      expect(behaviors).toHaveLength(1);
      expect(behavior).toMatchObject({
        PathPattern: '/api/*',
        ViewerProtocolPolicy: 'https-only',
        AllowedMethods: ['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE'],
        // Managed policies: CachingDisabled and AllViewerExceptHostHeader.
        CachePolicyId: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad',
        OriginRequestPolicyId: 'b689b0a8-53d0-40ab-baf2-68738e2966ac',
      });
      const origin = (config.Origins as Json[]).find((o) => o.Id === behavior.TargetOriginId);
      const apiId = Object.keys(apiTemplate.findResources('AWS::ApiGatewayV2::Api'))[0];
      expect(origin).toMatchObject({
        DomainName: { 'Fn::Select': [2, { 'Fn::Split': ['/', { 'Fn::GetAtt': [apiId, 'ApiEndpoint'] }] }] },
        CustomOriginConfig: { OriginProtocolPolicy: 'https-only', OriginSSLProtocols: ['TLSv1.2'] },
      });
    });

    it('drops the /api prefix, since the routes have none', () => {
      const code = viewerFunctionCode(apiTemplate, behavior);
      expect(code).toBe(ApiPrefixFunctionCode);
      expect(viewerRequest(code, '/api/iop/cases/iop-1a2b')).toBe('/iop/cases/iop-1a2b');
      expect(viewerRequest(code, '/api/procurement/ocds/N-1')).toBe('/procurement/ocds/N-1');
      expect(viewerRequest(code, '/api/')).toBe('/');
    });

    it("gives the app the API's URL on its own origin", () => {
      expect(apiStack.resolve(webApiUrl)).toEqual({
        'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [expect.stringMatching(/^WebDistribution/), 'DomainName'] }, '/api']],
      });
    });

    it('puts the distribution behind the given web ACL, and needs no acknowledgement for it', () => {
      expect(config.WebACLId).toBe('arn:aws:wafv2:us-east-1:123456789012:global/webacl/test/abc');
      // Only the Web construct's findings: the bare stand-in HTTP API has its own.
      expect(unacknowledgedNagFindings(apiWeb).map((f) => `${f.rule} at ${f.path}`)).toEqual([]);
      // And "no WAF" is not acknowledged where there is one.
      const acknowledged = apiWeb.distribution.node.metadata
        .filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
        .flatMap((m) => Object.keys(m.data as Record<string, string>));
      expect(acknowledged.some((id) => id.includes('AwsSolutions-CFR2'))).toBe(false);
      expect(acknowledged.some((id) => id.includes('AwsSolutions-CFR1'))).toBe(true);
    });
  });

  describe('the deployment', () => {
    const assembly = app.synth();
    const sources = deployedSources(assembly.directory, template);

    it('uploads into the site bucket and invalidates the distribution', () => {
      template.resourceCountIs(DeploymentType, 1);
      template.hasResourceProperties(DeploymentType, {
        DestinationBucketName: { Ref: Match.stringLikeRegexp('SiteBucket') },
        DistributionId: { Ref: Match.stringLikeRegexp('Distribution') },
        DistributionPaths: ['/*'],
        Prune: true,
      });
    });

    it('uploads the built app without its local config.json', () => {
      const app = sources.find((files) => files.has('index.html'));
      expect(app?.get('index.html')).toContain('fake build');
      expect(app?.has('app.js')).toBe(true);
      expect(app?.has('chunks/page-ABCD1234.js')).toBe(true);
      expect(app?.has('config.json')).toBe(false);
    });

    it('generates config.json for Cognito sign-in, resolved at deploy time', () => {
      const config = sources.find((files) => files.has('config.json'))?.get('config.json');
      expect(config).toBeDefined();
      expect(JSON.parse(config ?? '{}')).toEqual({
        auth: 'cognito',
        authority: "https://cognito-idp.eu-north-1.amazonaws.com/{'Ref':'AWS::StackName'}",
        clientId: "{'Ref':'AWS::StackId'}",
        // Without a redirect URI the app's own callback route is used.
        redirectUri: "https://{'Fn::GetAtt':['WebDistributionCF3E234B','DomainName']}/auth/callback",
        apiUrl: "{'Ref':'ApiUrl'}",
      });
    });
  });

  it('has no unacknowledged cdk-nag finding (AwsSolutions and Serverless)', () => {
    expect(unacknowledgedNagFindings(stack).map((f) => `${f.rule} at ${f.path}`)).toEqual([]);
  });

  it('has no unacknowledged cdk-nag finding in an account-agnostic stack either', () => {
    // The bootstrap asset bucket's name then holds ${AWS::AccountId}.
    const agnostic = new Stack(new App({ outdir }), 'Agnostic', { env: { region: 'eu-north-1' } });
    new Web(agnostic, 'Web', { assetDir }).publish({ authority: 'https://issuer.example', clientId: 'client', apiUrl: 'https://api.example' });
    expect(unacknowledgedNagFindings(agnostic).map((f) => `${f.rule} at ${f.path}`)).toEqual([]);
  });

  it('has a stable placeholder page for when the app is not built', () => {
    const dir = placeholderAssetDir();
    const first = readFileSync(path.join(dir, 'index.html'), 'utf8');
    expect(first).toMatch(/not been built/);
    expect(placeholderAssetDir()).toBe(dir);
    expect(readFileSync(path.join(dir, 'index.html'), 'utf8')).toBe(first);
  });
});

describe('Web in the whole stack', () => {
  const { stack } = buildTestStack();
  const template = Template.fromStack(stack);
  const distribution = Object.keys(template.findResources('AWS::CloudFront::Distribution'))[0] ?? '';
  const domain = { 'Fn::GetAtt': [distribution, 'DomainName'] };
  const appUrl = { 'Fn::Join': ['', ['https://', domain, '/']] };
  const callbackUrl = { 'Fn::Join': ['', ['https://', domain, '/auth/callback']] };

  it('outputs the app URL, and the API URL the app uses', () => {
    template.hasOutput('WebUrl', { Value: appUrl });
    template.hasOutput('WebApiUrl', { Value: { 'Fn::Join': ['', ['https://', domain, '/api']] } });
  });

  it("makes the app's callback route a Cognito callback URL and its root a sign-out URL, beside the configured ones", () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      CallbackURLs: [callbackUrl, 'https://iop.example.org/auth/callback'],
      LogoutURLs: [appUrl, 'https://iop.example.org/'],
    });
  });

  it('allows CORS only for the configured origins: the app itself calls the API same-origin', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      CorsConfiguration: Match.objectLike({ AllowOrigins: ['https://iop.example.org'] }),
    });
  });

  it('points config.json at the user pool, its client and the app URL (whose /api/* is the API), not at the HTTP API', () => {
    const logicalId = (type: string, pattern: RegExp): string => {
      const ids = Object.keys(template.findResources(type)).filter((id) => pattern.test(id));
      expect(ids, type).toHaveLength(1);
      return ids[0] ?? '';
    };
    const deployment = Object.values(template.findResources(DeploymentType))[0] as { Properties: { SourceMarkers: Json[] } };
    const values = deployment.Properties.SourceMarkers.flatMap((markers) => Object.values(markers));
    expect(values).toEqual(
      expect.arrayContaining([
        { Ref: logicalId('AWS::Cognito::UserPool', /^AuthUserPool/) },
        { Ref: logicalId('AWS::Cognito::UserPoolClient', /^AuthUserPoolWebClient/) },
        domain,
      ]),
    );
    expect(JSON.stringify(values)).not.toContain('ApiEndpoint');
  });
});
