import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { Code, Function as LambdaFunction, Runtime } from 'aws-cdk-lib/aws-lambda';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { describe, expect, it } from 'vitest';
import { Events, MatchIndexingDetailTypes, ScheduledWorkflows } from '../../infra/constructs/events.js';

describe('Events', () => {
  const stack = new Stack(new App(), 'EventsTest', { env: { account: '123456789012', region: 'eu-north-1' } });
  const events = new Events(stack, 'Events', { namePrefix: 'iop-t-', deadLetterQueue: new Queue(stack, 'Dlq') });
  const fn = new LambdaFunction(stack, 'Fn', {
    runtime: Runtime.NODEJS_24_X,
    handler: 'index.handler',
    code: Code.fromInline('export const handler = async () => {};'),
  });
  events.routeMatchIndexing(fn);
  const template = Template.fromStack(stack);

  it('has a named domain event bus with an archive', () => {
    template.hasResourceProperties('AWS::Events::EventBus', { Name: 'iop-t-domain-events' });
    template.hasResourceProperties('AWS::Events::Archive', { RetentionDays: 365 });
  });

  it('has a schedule group that is retained with its pending schedules', () => {
    template.hasResource('AWS::Scheduler::ScheduleGroup', {
      Properties: { Name: 'iop-t-schedules' },
      DeletionPolicy: 'Retain',
    });
  });

  it('lets Scheduler start exactly the scheduled workflows', () => {
    template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: {
        Statement: [Match.objectLike({ Principal: { Service: 'scheduler.amazonaws.com' } })],
      },
    });
    const policies = Object.values(template.findResources('AWS::IAM::Policy'));
    const statements = policies.flatMap(
      (p) => (p as { Properties: { PolicyDocument: { Statement: Array<{ Action: unknown; Resource: unknown }> } } }).Properties.PolicyDocument.Statement,
    );
    const start = statements.find((s) => s.Action === 'states:StartExecution');
    const resources = JSON.stringify(start?.Resource);
    for (const name of ScheduledWorkflows) expect(resources).toContain(`stateMachine:iop-t-${name}`);
    expect(resources).not.toContain('iop-t-iop-approval');
  });

  it('routes NoticeChanged and ProfileChanged events to the function, with a DLQ', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      EventPattern: { 'detail-type': [...MatchIndexingDetailTypes] },
      Targets: [Match.objectLike({ DeadLetterConfig: { Arn: Match.anyValue() } })],
    });
  });
});
