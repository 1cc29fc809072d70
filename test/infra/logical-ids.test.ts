import { readFileSync } from 'node:fs';
import path from 'node:path';
import { App, CfnElement, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../infra/create-app.js';
import { keepLogicalIds, logicalIdOfPath } from '../../infra/logical-ids.js';
import { RepoRoot } from '../../infra/repo-root.js';
import { buildTestPlatform } from './support/test-platform.js';
import { definitionOrStandIn, stubCode } from './support/test-stack.js';
import { logicalIdOf } from './support/logical-id.js';

interface Recorded {
  readonly type: string;
  /** Why a new logical id (create the new one, then delete the old) would hurt. */
  readonly why: string;
  /** Every resource of the type is listed: a new one must be added here on purpose. */
  readonly closed: boolean;
  readonly ids: readonly string[];
}

/**
 * Logical ids from `npx cdk synth` (cdk.json context, stage dev), recorded
 * before the infrastructure was split per bounded context. A deploy must
 * never replace these resources.
 */
const RecordedIds: readonly Recorded[] = [
  { type: 'AWS::DynamoDB::GlobalTable', why: 'the system of record', closed: true, ids: ['DatabaseTableF104A135'] },
  { type: 'AWS::Cognito::UserPool', why: 'every user and their role', closed: true, ids: ['AuthUserPool8115E87F'] },
  { type: 'AWS::Cognito::UserPoolClient', why: 'its id is in the web config and every token', closed: true, ids: ['AuthUserPoolWebClient147E4E38'] },
  { type: 'AWS::Cognito::UserPoolDomain', why: 'a fixed domain prefix', closed: true, ids: ['AuthUserPoolDomain31C6792A'] },
  { type: 'AWS::S3::Bucket', why: 'the access logs (retained) and the site', closed: true, ids: ['WebLogBucket8A1510ED', 'WebSiteBucket1E6F6F45'] },
  { type: 'AWS::CloudFront::Distribution', why: 'its domain is the app URL and a callback URL', closed: true, ids: ['WebDistributionCF3E234B'] },
  { type: 'AWS::SQS::Queue', why: 'the dead letters waiting for a look', closed: true, ids: ['MonitoringDeadLetterQueue5C1A4660'] },
  { type: 'AWS::KMS::Key', why: 'encrypts the alarm topic', closed: true, ids: ['MonitoringAlarmTopicKeyFFA45DC9'] },
  { type: 'AWS::SNS::Topic', why: 'confirmed e-mail subscriptions', closed: true, ids: ['MonitoringAlarmTopicAF62D4F1'] },
  { type: 'AWS::Events::EventBus', why: 'a fixed name', closed: true, ids: ['EventsDomainEvents4CCD4CE9'] },
  { type: 'AWS::Events::Archive', why: 'a year of domain events for replay', closed: true, ids: ['EventsDomainEventsArchiveD7B4312C'] },
  { type: 'AWS::Scheduler::ScheduleGroup', why: 'pending schedules (retained, fixed name)', closed: true, ids: ['EventsSchedules03BBD2A1'] },
  { type: 'AWS::IAM::Role', why: 'pending schedules run as this role', closed: false, ids: ['EventsSchedulerRole3B83A0D4'] },
  { type: 'AWS::ApiGatewayV2::Api', why: 'its endpoint is the API URL', closed: true, ids: ['ApiHttpApi4C294DC0'] },
  {
    type: 'AWS::Lambda::Function',
    why: 'running executions call the function ARN they started with',
    closed: false,
    ids: [
      'FunctionsSystemApiFunction84699DDE',
      'FunctionsIopApiFunction9E8E98E4',
      'FunctionsIopTasksFunction34E805E1',
      'FunctionsProcurementApiFunction25D72288',
      'FunctionsProcurementTasksFunction2A85EA10',
      'FunctionsEffectsFunction92CC2C61',
      'FunctionsReconcilerFunction1124F17C',
      'FunctionsDigestFunctionF9B5D4C5',
    ],
  },
  {
    type: 'AWS::StepFunctions::StateMachine',
    why: 'fixed names, and executions that run for weeks',
    closed: true,
    ids: [
      'Workflowsiopinitiation270D6767',
      'WorkflowsiopdialogueDAE45417',
      'Workflowsiopapproval7FF8DD31',
      'WorkflowsiopagreementD382A925',
      'WorkflowsiopreviewE648D31F',
      'WorkflowsmatchcaseE314CF8F',
      // Added with the closing of consultation rounds at their deadline.
      'Workflowsiopconsultation590B7A7B',
    ],
  },
  {
    type: 'AWS::Lambda::EventSourceMapping',
    why: 'a new mapping reads the stream again from its trim horizon',
    closed: true,
    ids: ['FunctionsEffectsFunctionDynamoDBEventSourceIopWorkflowsdevDatabaseTableF82280C2448AC359'],
  },
  {
    type: 'AWS::Logs::LogGroup',
    why: 'the logs; the state machine log groups have fixed names',
    closed: true,
    ids: [
      'FunctionsSystemApiLogs4B659036',
      'FunctionsIopApiLogsC0809679',
      'FunctionsIopTasksLogs6ABF9EDF',
      'FunctionsProcurementApiLogsEFC0F151',
      'FunctionsProcurementTasksLogs63D0B929',
      'FunctionsEffectsLogs7CEBB67D',
      'FunctionsReconcilerLogs9C3A3AE3',
      'FunctionsDigestLogsE0D1F45B',
      // The notifications context's functions, added with it.
      'FunctionsNotificationsApiLogs46ABF50C',
      'FunctionsNotifierLogsF2070843',
      'FunctionsEmailEventsLogsA672CF25',
      'WorkflowsiopinitiationlogsB474D785',
      'Workflowsiopdialoguelogs3163BB66',
      'Workflowsiopapprovallogs88FA94AC',
      'Workflowsiopagreementlogs97F690E6',
      'Workflowsiopreviewlogs5A57E33C',
      'Workflowsmatchcaselogs6A636D82',
      'WebDeploymentLogs36E62B6C',
      'ApiAccessLogs50B185DB',
      // Added with the registry and administration context.
      'FunctionsAdminApiLogsED9109ED',
      // Added with the agreement document and its PDF.
      'FunctionsIopDocumentsLogsF98BF545',
      // Added with the yearly follow-up and the register (the reporting context).
      'FunctionsReportingApiLogsF33EF336',
      // Added with the closing of consultation rounds at their deadline.
      'WorkflowsiopconsultationlogsF9E7B7AC',
    ],
  },
];

describe('logical ids a deploy must not change', () => {
  // The app `npx cdk synth` builds (cdk.json context), with stub code instead of bundles.
  const cdkJson = JSON.parse(readFileSync(path.join(RepoRoot, 'cdk.json'), 'utf8')) as { context: Record<string, unknown> };
  const { stack } = createApp({ context: cdkJson.context, codeFor: stubCode, definitionFor: definitionOrStandIn });
  const resources = Template.fromStack(stack).toJSON().Resources as Record<string, { Type: string }>;

  it.each(RecordedIds.map((r) => [r.type, r] as const))('%s keeps its recorded logical ids', (type, recorded) => {
    const missing = recorded.ids.filter((id) => resources[id]?.Type !== type);
    expect(missing, `${type}: ${recorded.why}`).toEqual([]);
  });

  it.each(RecordedIds.filter((r) => r.closed).map((r) => [r.type, r] as const))('%s has no resource beyond the recorded ones', (type, recorded) => {
    const ids = Object.entries(resources)
      .filter(([, r]) => r.Type === type)
      .map(([id]) => id);
    expect(ids.sort()).toEqual([...recorded.ids].sort());
  });
});

describe('logical ids with WAF on (a deployed stage: distribution behind a web ACL, API under /api/*)', () => {
  const cdkJson = JSON.parse(readFileSync(path.join(RepoRoot, 'cdk.json'), 'utf8')) as { context: Record<string, unknown> };
  const { stack, edge } = createApp({ context: { ...cdkJson.context, stage: 'prod' }, codeFor: stubCode, definitionFor: definitionOrStandIn });
  const resources = Template.fromStack(stack).toJSON().Resources as Record<string, { Type: string }>;

  it('has WAF on and the edge stack beside it', () => {
    expect(edge).toBeDefined();
  });

  // The stream mapping's id holds the stack name (IopWorkflows-dev), so it differs per stage by design.
  it.each(RecordedIds.map((r) => [r.type, r] as const))('%s keeps its recorded logical ids', (type, recorded) => {
    const missing = recorded.ids.filter((id) => !id.includes('IopWorkflowsdev')).filter((id) => resources[id]?.Type !== type);
    expect(missing, `${type}: ${recorded.why}`).toEqual([]);
  });
});

describe('keepLogicalIds', () => {
  it('computes the ids CDK allocates, for every resource of a stack nothing was moved in', () => {
    const { stack } = buildTestPlatform('AllocationTest');
    const elements = stack.node.findAll().filter((c): c is CfnElement => CfnElement.isCfnElement(c));
    expect(elements.length).toBeGreaterThan(10);
    for (const element of elements) {
      const below = element.node.scopes.slice(stack.node.scopes.length).map((c) => c.node.id);
      expect(logicalIdOfPath(below), element.node.path).toBe(stack.getLogicalId(element));
    }
  });

  it('gives a moved subtree the logical ids of its old path', () => {
    const before = new Stack(new App(), 'Before');
    const old = new Queue(new Construct(before, 'Old'), 'Queue');
    const after = new Stack(new App(), 'After');
    const moved = new Queue(new Construct(new Construct(after, 'Context'), 'New'), 'Queue');
    keepLogicalIds(moved.node.scope!, ['Old']);
    expect(logicalIdOf(moved)).toBe(before.getLogicalId(old.node.defaultChild as CfnElement));
    expect(Object.keys(Template.fromStack(after).toJSON().Resources)).toEqual(Object.keys(Template.fromStack(before).toJSON().Resources));
  });
});
