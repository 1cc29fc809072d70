import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { NotificationsContext } from '../../../infra/notifications/notifications-context.js';
import { buildTestPlatform } from '../support/test-platform.js';
import { logicalIdOf } from '../support/logical-id.js';

describe('NotificationsContext, on the platform it receives by props', () => {
  const { stack, functionPlatform } = buildTestPlatform('NotificationsContextTest');
  const notifications = new NotificationsContext(stack, 'Notifications', functionPlatform);
  const template = Template.fromStack(stack);
  const fnId = logicalIdOf(notifications.digest);

  it('deploys the Digest function, no routes and no state machines', () => {
    expect([...notifications.functions.keys()]).toEqual(['Digest']);
    template.resourcePropertiesCountIs('AWS::Lambda::Function', { Runtime: 'nodejs24.x' }, 1);
    template.resourceCountIs('AWS::ApiGatewayV2::Route', 0);
    template.resourceCountIs('AWS::StepFunctions::StateMachine', 0);
  });

  it('invokes the digest daily at 05:00 UTC, failed deliveries to the DLQ', () => {
    template.resourceCountIs('AWS::Events::Rule', 1);
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'cron(0 5 * * ? *)',
      Targets: [
        Match.objectLike({ Arn: { 'Fn::GetAtt': [fnId, 'Arn'] }, DeadLetterConfig: { Arn: Match.anyValue() }, RetryPolicy: { MaximumRetryAttempts: 2 } }),
      ],
    });
  });
});
