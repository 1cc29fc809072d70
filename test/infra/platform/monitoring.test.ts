import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { Code, Function as LambdaFunction, Runtime } from 'aws-cdk-lib/aws-lambda';
import { Metric } from 'aws-cdk-lib/aws-cloudwatch';
import { Pass, StateMachine, DefinitionBody } from 'aws-cdk-lib/aws-stepfunctions';
import { describe, expect, it } from 'vitest';
import { Monitoring } from '../../../infra/platform/monitoring.js';

function build(alarmEmail?: string) {
  const stack = new Stack(new App(), 'MonitoringTest');
  const monitoring = new Monitoring(stack, 'Monitoring', alarmEmail === undefined ? {} : { alarmEmail });
  const fn = new LambdaFunction(stack, 'Fn', {
    runtime: Runtime.NODEJS_24_X,
    handler: 'index.handler',
    code: Code.fromInline('export const handler = async () => {};'),
  });
  const sm = new StateMachine(stack, 'Sm', { definitionBody: DefinitionBody.fromChainable(new Pass(stack, 'P')) });
  monitoring.alarmOnFunction('Fn', fn);
  monitoring.alarmOnStateMachine('Sm', sm);
  return Template.fromStack(stack);
}

describe('Monitoring', () => {
  const template = build('alarms@example.org');

  it('has an encrypted dead-letter queue that refuses plain HTTP', () => {
    template.hasResourceProperties('AWS::SQS::Queue', { SqsManagedSseEnabled: true });
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]),
      },
    });
  });

  it('publishes alarms to a KMS-encrypted topic with an e-mail subscription that has a DLQ', () => {
    template.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: Match.anyValue() });
    template.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'alarms@example.org',
      RedrivePolicy: { deadLetterTargetArn: Match.anyValue() },
    });
  });

  it('has no e-mail subscription when no address is configured', () => {
    build('').resourceCountIs('AWS::SNS::Subscription', 0);
    build().resourceCountIs('AWS::SNS::Subscription', 0);
  });

  it('alarms on function errors, failed and timed-out executions and a non-empty DLQ', () => {
    const metrics = Object.values(template.findResources('AWS::CloudWatch::Alarm')).map(
      (a) => (a as { Properties: { MetricName: string } }).Properties.MetricName,
    );
    expect(metrics.sort()).toEqual(['ApproximateNumberOfMessagesVisible', 'Errors', 'ExecutionsFailed', 'ExecutionsTimedOut'].sort());
    template.allResourcesProperties('AWS::CloudWatch::Alarm', { AlarmActions: [Match.anyValue()] });
  });
});

describe('Monitoring of any metric', () => {
  it('alarms on the topic as soon as the metric reaches 1, missing data not breaching', () => {
    const stack = new Stack(new App(), 'MetricTest');
    new Monitoring(stack, 'Monitoring', {}).alarmOn('Custom', new Metric({ namespace: 'Test', metricName: 'Things', statistic: 'Sum' }));
    Template.fromStack(stack).hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'Test',
      MetricName: 'Things',
      Threshold: 1,
      EvaluationPeriods: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      TreatMissingData: 'notBreaching',
      AlarmActions: [Match.anyValue()],
    });
  });
});
