import { CfnOutput, ReferenceStrength, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { WafRateLimits } from './platform/request-limits.js';
import { WebFirewall } from './platform/waf.js';

/** AWS WAF accepts CLOUDFRONT-scoped web ACLs only in US East (N. Virginia). */
export const EdgeRegion = 'us-east-1';

export interface EdgeFirewallStackProps extends Omit<StackProps, 'env' | 'crossRegionReferences'> {
  readonly namePrefix: string;
  readonly account?: string;
}

/**
 * The CLOUDFRONT-scoped web ACL, alone in a small stack in us-east-1. The
 * product's stack (eu-north-1) gives its ARN to the distribution through a
 * CDK cross-region reference, so `cdk deploy --all` deploys this stack first.
 * Nothing here holds data.
 */
export class EdgeFirewallStack extends Stack {
  readonly firewall: WebFirewall;

  constructor(scope: Construct, id: string, props: EdgeFirewallStackProps) {
    const { namePrefix, account, ...stackProps } = props;
    super(scope, id, { ...stackProps, env: { region: EdgeRegion, ...(account ? { account } : {}) }, crossRegionReferences: true });
    // The distribution serves the web app and, under /api/*, the HTTP API, which WAF cannot protect directly.
    this.firewall = new WebFirewall(this, 'CloudFrontFirewall', {
      scope: 'CLOUDFRONT',
      name: `${namePrefix}cloudfront`,
      description: 'IOP web app and API through CloudFront - per-IP rate limit and the AWS common rule set',
      rateLimit: WafRateLimits.cloudFront,
      allowLargeBodies: true,
    });
    // Weak: the product's stack reads the ARN with Fn::GetStackOutput at deploy
    // time. A strong reference would add two Lambda-backed custom resources and
    // SSM parameters, and would refuse to let the web ACL ever be replaced. WAF
    // itself refuses to delete a web ACL that a distribution still uses.
    this.firewall.webAcl.applyCrossStackReferenceStrength(ReferenceStrength.WEAK);
    new CfnOutput(this, 'CloudFrontWebAclArn', { value: this.firewall.arn });
  }
}
