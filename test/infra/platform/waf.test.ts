import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { EdgeRegion } from '../../../infra/edge-stack.js';
import { WafRateLimits } from '../../../infra/platform/request-limits.js';
import { CommonRuleSet, WebFirewall } from '../../../infra/platform/waf.js';
import { IopWorkflowsStack } from '../../../infra/stack.js';
import { unacknowledgedNagFindings } from '../support/nag-findings.js';
import { buildTestStack, DevConfig, definitionOrStandIn, stubCode, TestConfig } from '../support/test-stack.js';

type Rule = {
  Name: string;
  Priority: number;
  Action?: unknown;
  OverrideAction?: unknown;
  Statement: {
    RateBasedStatement?: { Limit: number; AggregateKeyType: string; EvaluationWindowSec: number };
    ManagedRuleGroupStatement?: { VendorName: string; Name: string; RuleActionOverrides?: Array<{ Name: string; ActionToUse: unknown }> };
  };
};
type WebAcl = { Properties: { Name: string; Scope: string; DefaultAction: unknown; Rules: Rule[]; VisibilityConfig: Record<string, unknown> } };

const webAclsOf = (template: Template): WebAcl[] => Object.values(template.findResources('AWS::WAFv2::WebACL')) as WebAcl[];

describe('WebFirewall', () => {
  const stack = new Stack(new App(), 'FirewallTest', { env: { account: '123456789012', region: 'eu-north-1' } });
  new WebFirewall(stack, 'Strict', { scope: 'REGIONAL', name: 'strict', description: 'strict', rateLimit: 300 });
  new WebFirewall(stack, 'Lenient', { scope: 'REGIONAL', name: 'lenient', description: 'lenient', rateLimit: 300, allowLargeBodies: true });
  const acls = webAclsOf(Template.fromStack(stack));
  const acl = (name: string): WebAcl['Properties'] => {
    const found = acls.find((a) => a.Properties.Name === name);
    expect(found, name).toBeDefined();
    return (found as WebAcl).Properties;
  };

  it('allows by default, then blocks an IP over its rate before the AWS common rule set runs', () => {
    const { DefaultAction, Rules } = acl('strict');
    expect(DefaultAction).toEqual({ Allow: {} });
    expect(Rules.map((r) => [r.Priority, r.Name])).toEqual([
      [0, 'RatePerIp'],
      [1, CommonRuleSet],
    ]);
    expect(Rules[0]).toMatchObject({
      Action: { Block: {} },
      Statement: { RateBasedStatement: { Limit: 300, AggregateKeyType: 'IP', EvaluationWindowSec: WafRateLimits.evaluationWindowSeconds } },
    });
    expect(Rules[1]).toMatchObject({
      OverrideAction: { None: {} },
      Statement: { ManagedRuleGroupStatement: { VendorName: 'AWS', Name: 'AWSManagedRulesCommonRuleSet' } },
    });
  });

  it('blocks large bodies unless told to count them (notices are long)', () => {
    expect(acl('strict').Rules[1]?.Statement.ManagedRuleGroupStatement).not.toHaveProperty('RuleActionOverrides');
    expect(acl('lenient').Rules[1]?.Statement.ManagedRuleGroupStatement?.RuleActionOverrides).toEqual([
      { Name: 'SizeRestrictions_BODY', ActionToUse: { Count: {} } },
    ]);
  });

  it('publishes CloudWatch metrics and sampled requests for the web ACL and each rule', () => {
    const { VisibilityConfig, Rules } = acl('strict');
    expect(VisibilityConfig).toEqual({ CloudWatchMetricsEnabled: true, MetricName: 'strict-all', SampledRequestsEnabled: true });
    for (const rule of Rules) expect(rule).toHaveProperty('VisibilityConfig.CloudWatchMetricsEnabled', true);
  });
});

describe('WAF in a deployed stage (on by default)', () => {
  const { app, stack, edge } = buildTestStack(TestConfig);
  const template = Template.fromStack(stack);

  it('puts the CLOUDFRONT-scoped web ACL in its own stack in us-east-1, which the product stack waits for', () => {
    expect(edge).toBeDefined();
    if (!edge) return;
    expect(edge.region).toBe(EdgeRegion);
    expect(EdgeRegion).toBe('us-east-1');
    expect(stack.region).toBe('eu-north-1');
    expect(stack.dependencies).toContain(edge);
    const acls = webAclsOf(Template.fromStack(edge));
    expect(acls).toHaveLength(1);
    expect(acls[0]?.Properties).toMatchObject({ Name: 'iop-test-cloudfront', Scope: 'CLOUDFRONT' });
    expect(acls[0]?.Properties.Rules[0]?.Statement.RateBasedStatement?.Limit).toBe(WafRateLimits.cloudFront);
    expect(acls[0]?.Properties.Rules[1]?.Statement.ManagedRuleGroupStatement?.RuleActionOverrides).toHaveLength(1);
  });

  it("gives the distribution the edge stack's web ACL by a weak cross-region reference (no custom resources)", () => {
    if (!edge) throw new Error('no edge stack');
    const distribution = Object.values(template.findResources('AWS::CloudFront::Distribution'))[0] as {
      Properties: { DistributionConfig: { WebACLId: { 'Fn::GetStackOutput': { StackName: string; Region: string; OutputName: string } } } };
    };
    const reference = distribution.Properties.DistributionConfig.WebACLId['Fn::GetStackOutput'];
    expect(reference).toMatchObject({ StackName: edge.stackName, Region: EdgeRegion });
    const edgeTemplate = Template.fromStack(edge).toJSON() as { Outputs: Record<string, { Value: unknown }> };
    const aclId = Object.keys(Template.fromStack(edge).findResources('AWS::WAFv2::WebACL'))[0];
    expect(edgeTemplate.Outputs[reference.OutputName]?.Value).toEqual({ 'Fn::GetAtt': [aclId, 'Arn'] });
    expect(Object.keys(template.findResources('Custom::CrossRegionExportReader'))).toEqual([]);
  });

  it('puts a REGIONAL web ACL with a tighter rate on the Cognito user pool', () => {
    const acls = webAclsOf(template);
    expect(acls).toHaveLength(1);
    expect(acls[0]?.Properties).toMatchObject({ Name: 'iop-test-user-pool', Scope: 'REGIONAL' });
    expect(acls[0]?.Properties.Rules[0]?.Statement.RateBasedStatement?.Limit).toBe(WafRateLimits.userPool);
    expect(WafRateLimits.userPool).toBeLessThan(WafRateLimits.cloudFront);
    const aclId = Object.keys(template.findResources('AWS::WAFv2::WebACL'))[0];
    const poolId = Object.keys(template.findResources('AWS::Cognito::UserPool'))[0];
    template.resourceCountIs('AWS::WAFv2::WebACLAssociation', 1);
    template.hasResourceProperties('AWS::WAFv2::WebACLAssociation', {
      ResourceArn: { 'Fn::GetAtt': [poolId, 'Arn'] },
      WebACLArn: { 'Fn::GetAtt': [aclId, 'Arn'] },
    });
  });

  it('has no unacknowledged cdk-nag finding in either stack', () => {
    expect(unacknowledgedNagFindings(app).map((f) => `${f.rule} at ${f.path}`)).toEqual([]);
  });
});

describe('WAF turned off', () => {
  it.each([
    ['the dev stage', DevConfig],
    ['-c waf=false', { ...TestConfig, waf: false }],
  ])('has no web ACL, no edge stack and an acknowledged CFR2 in %s', (_name, config) => {
    const { app, stack, edge } = buildTestStack(config);
    expect(edge).toBeUndefined();
    expect(app.node.children.filter((c) => c instanceof Stack)).toEqual([stack]);
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::WAFv2::WebACL', 0);
    template.resourceCountIs('AWS::WAFv2::WebACLAssociation', 0);
    template.hasResourceProperties('AWS::CloudFront::Distribution', { DistributionConfig: Match.not(Match.objectLike({ WebACLId: Match.anyValue() })) });
    expect(unacknowledgedNagFindings(app).map((f) => `${f.rule} at ${f.path}`)).toEqual([]);
  });

  it('is refused when the config and the given web ACL disagree', () => {
    const build = (waf: boolean, cloudFrontWebAclArn?: string) =>
      new IopWorkflowsStack(new App(), 'Mismatch', {
        config: { ...TestConfig, waf },
        env: { account: '123456789012', region: 'eu-north-1' },
        codeFor: stubCode,
        definitionFor: definitionOrStandIn,
        ...(cloudFrontWebAclArn ? { cloudFrontWebAclArn } : {}),
      });
    expect(() => build(true)).toThrow(/WAF is on but a CloudFront web ACL was not given/);
    expect(() => build(false, 'arn:aws:wafv2:us-east-1:123456789012:global/webacl/x/y')).toThrow(/WAF is off/);
  });
});
