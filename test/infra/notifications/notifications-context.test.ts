import { UserPool } from 'aws-cdk-lib/aws-cognito';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { NotificationsContext } from '../../../infra/notifications/notifications-context.js';
import { buildTestPlatform } from '../support/test-platform.js';
import { logicalIdOf } from '../support/logical-id.js';

describe('NotificationsContext, on the platform it receives by props', () => {
  const { stack, functionPlatform, api } = buildTestPlatform('NotificationsContextTest');
  const userPool = new UserPool(stack, 'Pool');
  const notifications = new NotificationsContext(stack, 'Notifications', {
    ...functionPlatform,
    api,
    userPool,
    webUrl: 'https://app.example',
    mailFromDomain: 'iop.example.org',
  });
  const template = Template.fromStack(stack);
  const idOf = (fn: string) => logicalIdOf(notifications.functions.get(fn as never)!);

  it('deploys the digest, the inbox API, the notifier and the bounce handler, and the inbox routes', () => {
    expect([...notifications.functions.keys()]).toEqual(['Digest', 'NotificationsApi', 'Notifier', 'EmailEvents']);
    expect(notifications.routes.map((r) => `${r.method} ${r.path}`).sort()).toEqual([
      'GET /me/notification-preferences',
      'GET /me/notifications',
      'POST /me/notifications/{id}/read',
      'PUT /me/notification-preferences',
    ]);
    template.resourceCountIs('AWS::StepFunctions::StateMachine', 0);
  });

  it('runs the digest at 07:00 Swedish time through EventBridge Scheduler, failed runs to the DLQ', () => {
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'cron(0 7 * * ? *)',
      ScheduleExpressionTimezone: 'Europe/Stockholm',
      Target: Match.objectLike({
        Arn: { 'Fn::GetAtt': [idOf('Digest'), 'Arn'] },
        DeadLetterConfig: { Arn: Match.anyValue() },
        RetryPolicy: Match.objectLike({ MaximumRetryAttempts: 2 }),
      }),
    });
  });

  it('sends from a domain identity in a configuration set that suppresses bounces and complaints and reports them on the default bus', () => {
    template.hasResourceProperties('AWS::SES::EmailIdentity', {
      EmailIdentity: 'iop.example.org',
      ConfigurationSetAttributes: { ConfigurationSetName: Match.anyValue() },
    });
    template.hasResourceProperties('AWS::SES::ConfigurationSet', {
      Name: 'iop-t-notifications',
      SuppressionOptions: { SuppressedReasons: ['BOUNCE', 'COMPLAINT'] },
    });
    template.hasResourceProperties('AWS::SES::ConfigurationSetEventDestination', {
      EventDestination: Match.objectLike({
        MatchingEventTypes: Match.arrayWith(['bounce', 'complaint']),
        EventBridgeDestination: { EventBusArn: Match.anyValue() },
      }),
    });
    template.hasResourceProperties('AWS::Events::Rule', {
      EventPattern: { source: ['aws.ses'], 'detail-type': ['Email Bounced', 'Email Complaint Received'] },
      Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [idOf('EmailEvents'), 'Arn'] } })],
    });
  });

  it('routes material case changes from the product bus to the notifier', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      EventBusName: Match.anyValue(),
      EventPattern: {
        source: ['iop-workflows.iop', 'iop-workflows.procurement'],
        'detail-type': [{ prefix: 'iop-case.' }, { prefix: 'match-case.' }, { prefix: 'tender-school.' }],
      },
      Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [idOf('Notifier'), 'Arn'] }, DeadLetterConfig: { Arn: Match.anyValue() } })],
    });
  });

  it('grants ses:SendEmail on the identity and the configuration set only, to the two functions that send', () => {
    const policies = template.findResources('AWS::IAM::Policy');
    const sendStatements = Object.entries(policies).flatMap(([id, p]) =>
      ((p as { Properties: { PolicyDocument: { Statement: { Action: unknown; Resource: unknown }[] } } }).Properties.PolicyDocument.Statement ?? [])
        .filter((s) => s.Action === 'ses:SendEmail')
        .map((s) => ({ id, resources: JSON.stringify(s.Resource) })),
    );
    expect(sendStatements).toHaveLength(2);
    for (const s of sendStatements) {
      expect(s.resources).toContain(':identity/');
      expect(s.resources).toContain(':configuration-set/');
      expect(s.resources).not.toContain('"*"');
    }
  });

  it('gives the functions that tell people the web address, the sender, the configuration set and the user pool', () => {
    const functions = template.findResources('AWS::Lambda::Function') as Record<
      string,
      { Properties: { Environment: { Variables: Record<string, unknown> } } }
    >;
    for (const fn of ['Digest', 'Notifier', 'NotificationsApi']) {
      const variables = functions[idOf(fn)]!.Properties.Environment.Variables;
      expect(variables, fn).toMatchObject({ APP_BASE_URL: 'https://app.example', EMAIL_FROM_ADDRESS: '"IOP-samverkan" <notiser@iop.example.org>' });
      expect(variables.SES_CONFIGURATION_SET, fn).toBeDefined();
      expect(variables.USER_POOL_ID, fn).toBeDefined();
    }
    // The bounce handler sends nothing and lists nobody.
    expect(functions[idOf('EmailEvents')]!.Properties.Environment.Variables.USER_POOL_ID).toBeUndefined();
  });
});
