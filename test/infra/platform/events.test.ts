import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { Events } from '../../../infra/platform/events.js';

type Statement = { Action: unknown; Resource: unknown };
type PolicyResource = { Properties: { PolicyDocument: { Statement: Statement[] } } };

describe('Events', () => {
  const stack = new Stack(new App(), 'EventsTest', { env: { account: '123456789012', region: 'eu-north-1' } });
  const events = new Events(stack, 'Events', { namePrefix: 'iop-t-' });
  // As the IOP and procurement contexts do for the workflows they schedule.
  events.allowScheduledStart('iop-review');
  events.allowScheduledStart('match-case');
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

  it('lets Scheduler start exactly the workflows the contexts schedule, in one statement', () => {
    template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: {
        Statement: [Match.objectLike({ Principal: { Service: 'scheduler.amazonaws.com' } })],
      },
    });
    const statements = Object.values(template.findResources('AWS::IAM::Policy')).flatMap((p) => (p as PolicyResource).Properties.PolicyDocument.Statement);
    const starts = statements.filter((s) => s.Action === 'states:StartExecution');
    expect(starts).toHaveLength(1);
    const resources = JSON.stringify(starts[0]?.Resource);
    for (const name of ['iop-review', 'match-case']) expect(resources).toContain(`stateMachine:iop-t-${name}`);
    expect(resources).not.toContain('iop-t-iop-approval');
  });

  it('gives Scheduler no permission until a context schedules a workflow', () => {
    const bare = new Stack(new App(), 'Bare');
    new Events(bare, 'Events', { namePrefix: 'iop-t-' });
    Template.fromStack(bare).resourceCountIs('AWS::IAM::Policy', 0);
  });
});
