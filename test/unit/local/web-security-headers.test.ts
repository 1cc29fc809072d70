import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { placeholderAssetDir, Web } from '../../../infra/platform/web.js';
import { WebSecurityHeaders } from '../../../local/runtime/web-security-headers.js';

interface SecurityHeadersConfig {
  ContentSecurityPolicy: { ContentSecurityPolicy: string };
  StrictTransportSecurity: { AccessControlMaxAgeSec: number; IncludeSubdomains?: boolean; Preload?: boolean };
  ContentTypeOptions: object;
  FrameOptions: { FrameOption: string };
  ReferrerPolicy: { ReferrerPolicy: string };
}

/** The distribution's security headers as a browser receives them, from the synthesized policy. */
function deployedHeaders(): Record<string, string> {
  const stack = new Stack(new App(), 'HeadersTest', { env: { account: '123456789012', region: 'eu-north-1' } });
  new Web(stack, 'Web', { assetDir: placeholderAssetDir() });
  const policies = Object.values(Template.fromStack(stack).findResources('AWS::CloudFront::ResponseHeadersPolicy'));
  expect(policies).toHaveLength(1);
  const config = (policies[0] as { Properties: { ResponseHeadersPolicyConfig: { SecurityHeadersConfig: SecurityHeadersConfig } } }).Properties
    .ResponseHeadersPolicyConfig.SecurityHeadersConfig;
  const hsts = config.StrictTransportSecurity;
  return {
    'content-security-policy': config.ContentSecurityPolicy.ContentSecurityPolicy,
    'strict-transport-security': [`max-age=${hsts.AccessControlMaxAgeSec}`, hsts.IncludeSubdomains && 'includeSubDomains', hsts.Preload && 'preload']
      .filter(Boolean)
      .join('; '),
    ...(config.ContentTypeOptions && { 'x-content-type-options': 'nosniff' }),
    'x-frame-options': config.FrameOptions.FrameOption,
    'referrer-policy': config.ReferrerPolicy.ReferrerPolicy,
  };
}

describe('the local web security headers', () => {
  it("are CloudFront's, with connect-src narrowed to the one local origin", () => {
    const deployed = deployedHeaders();
    const localConnect = "connect-src 'self'";
    const csp = deployed['content-security-policy']!.replace(/connect-src [^;]*/, localConnect);
    expect(deployed['content-security-policy']).toMatch(/connect-src 'self' /);
    expect({ ...WebSecurityHeaders }).toEqual({ ...deployed, 'content-security-policy': csp });
  });
});
