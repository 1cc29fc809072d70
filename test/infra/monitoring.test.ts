import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { Code, Function as LambdaFunction, Runtime } from 'aws-cdk-lib/aws-lambda';
import { Pass, StateMachine, DefinitionBody } from 'aws-cdk-lib/aws-stepfunctions';
import { describe, expect, it } from 'vitest';
import { Monitoring } from '../../infra/constructs/monitoring.js';

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
  monitoring.invokeHourly('Hourly', fn);
  monitoring.invokeDaily('Daily', fn);
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

  it('invokes the given function every hour, failed deliveries to the DLQ', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(1 hour)',
      Targets: [Match.objectLike({ DeadLetterConfig: { Arn: Match.anyValue() } })],
    });
  });

  it('invokes the given function daily at 05:00 UTC, failed deliveries to the DLQ', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'cron(0 5 * * ? *)',
      Targets: [Match.objectLike({ DeadLetterConfig: { Arn: Match.anyValue() }, RetryPolicy: { MaximumRetryAttempts: 2 } })],
    });
    template.resourceCountIs('AWS::Events::Rule', 2);
  });
});

describe('Monitoring of the reconciler', () => {
  it('alarms as soon as the reconciler repairs anything, per kind of case', () => {
    const stack = new Stack(new App(), 'RepairsTest');
    new Monitoring(stack, 'Monitoring', {}).alarmOnRepairs();
    const template = Template.fromStack(stack);
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
