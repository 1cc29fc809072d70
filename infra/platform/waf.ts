import { CfnWebACL, CfnWebACLAssociation } from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';
import { WafRateLimits } from './request-limits.js';

/** The AWS managed rule group every web ACL of the product starts from (OWASP-style checks, no extra fee). */
export const CommonRuleSet = 'AWSManagedRulesCommonRuleSet';

export interface WebFirewallProps {
  /** CLOUDFRONT (must be created in us-east-1) or REGIONAL (Cognito, in the stack's region). */
  readonly scope: 'CLOUDFRONT' | 'REGIONAL';
  /** Web ACL name, also the prefix of its CloudWatch metrics. */
  readonly name: string;
  /** Letters, digits, spaces and - , . : only (WAF refuses parentheses). */
  readonly description: string;
  /** Requests per client IP per evaluation window (request-limits.ts). */
  readonly rateLimit: number;
  /**
   * Count instead of block bodies over 8 KB (the rule SizeRestrictions_BODY):
   * a notice may carry a 20,000-character description, and API Gateway and
   * the handlers' schemas bound body sizes already.
   */
  readonly allowLargeBodies?: boolean;
}

/**
 * One AWS WAF web ACL: a per-IP rate-based rule first (cheap, and it stops a
 * flood before anything else runs), then the AWS managed common rule set.
 * Requests that match neither are allowed.
 */
export class WebFirewall extends Construct {
  readonly webAcl: CfnWebACL;
  /** The web ACL's ARN: a distribution's webAclId, or the association's webAclArn. */
  readonly arn: string;

  constructor(scope: Construct, id: string, props: WebFirewallProps) {
    super(scope, id);
    const visibility = (metric: string): CfnWebACL.VisibilityConfigProperty => ({
      cloudWatchMetricsEnabled: true,
      metricName: `${props.name}-${metric}`,
      sampledRequestsEnabled: true,
    });
    this.webAcl = new CfnWebACL(this, 'WebAcl', {
      name: props.name,
      description: props.description,
      scope: props.scope,
      defaultAction: { allow: {} },
      visibilityConfig: visibility('all'),
      rules: [
        {
          name: 'RatePerIp',
          priority: 0,
          action: { block: {} },
          statement: {
            rateBasedStatement: {
              limit: props.rateLimit,
              aggregateKeyType: 'IP',
              evaluationWindowSec: WafRateLimits.evaluationWindowSeconds,
            },
          },
          visibilityConfig: visibility('rate-per-ip'),
        },
        {
          name: CommonRuleSet,
          priority: 1,
          overrideAction: { none: {} },
          statement: {
            managedRuleGroupStatement: {
              vendorName: 'AWS',
              name: CommonRuleSet,
              ...(props.allowLargeBodies ? { ruleActionOverrides: [{ name: 'SizeRestrictions_BODY', actionToUse: { count: {} } }] } : {}),
            },
          },
          visibilityConfig: visibility('common'),
        },
      ],
    });
    this.arn = this.webAcl.attrArn;
  }

  /** Protects a regional resource (here the Cognito user pool); CloudFront takes the ARN in its own config instead. */
  associate(id: string, resourceArn: string): CfnWebACLAssociation {
    return new CfnWebACLAssociation(this, id, { resourceArn, webAclArn: this.arn });
  }
}
