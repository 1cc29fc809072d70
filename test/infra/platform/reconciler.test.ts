import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { Reconciler } from '../../../infra/platform/reconciler.js';
import { buildTestPlatform } from '../support/test-platform.js';
import { logicalIdOf } from '../support/logical-id.js';

describe('Reconciler (the outbox safety net)', () => {
  const { stack, functionPlatform } = buildTestPlatform('ReconcilerTest');
  const reconciler = new Reconciler(stack, 'Reconciler', functionPlatform);
  const template = Template.fromStack(stack);
  const fnId = logicalIdOf(reconciler.function);

  it('is the Reconciler function of the catalog, and only that', () => {
    expect([...reconciler.functions.keys()]).toEqual(['Reconciler']);
    template.resourcePropertiesCountIs('AWS::Lambda::Function', { Runtime: 'nodejs24.x' }, 1);
  });

  it('invokes it every hour, failed deliveries to the DLQ', () => {
    template.resourceCountIs('AWS::Events::Rule', 1);
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(1 hour)',
      Targets: [
        Match.objectLike({ Arn: { 'Fn::GetAtt': [fnId, 'Arn'] }, DeadLetterConfig: { Arn: Match.anyValue() }, RetryPolicy: { MaximumRetryAttempts: 2 } }),
      ],
    });
  });

  it('alarms as soon as it repairs anything, per kind of case', () => {
    for (const kind of ['iop', 'match']) {
      template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Namespace: 'IopWorkflows',
        MetricName: 'ReconcilerRepairs',
        Dimensions: [{ Name: 'Kind', Value: kind }],
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      });
    }
  });
});
