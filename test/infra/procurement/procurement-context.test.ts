import { ClosePastDeadline } from '../../../shared/procurement/effects/close-past-deadline-schedule.js';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import {
  MatchIndexingDetailTypes,
  ProcurementContext,
  ProcurementFunctionIds,
  ProcurementScheduledWorkflows,
  ProcurementWorkflowNames,
} from '../../../infra/procurement/procurement-context.js';
import { Routes, routeKeyOf } from '../../../shared/platform/http/routes.js';
import { routesOf, statementsOfRole } from '../support/context-template.js';
import { buildTestPlatform, TestNamePrefix } from '../support/test-platform.js';
import { logicalIdOf } from '../support/logical-id.js';

describe('ProcurementContext, on the platform it receives by props', () => {
  const { stack, contextProps, events, monitoring } = buildTestPlatform('ProcurementContextTest');
  const procurement = new ProcurementContext(stack, 'Procurement', contextProps);
  const template = Template.fromStack(stack);
  const ref = logicalIdOf;

  it('deploys the procurement functions: its API and the match case and indexing steps', () => {
    expect([...procurement.functions.keys()]).toEqual([...ProcurementFunctionIds]);
    expect(ProcurementFunctionIds).toEqual(['ProcurementApi', 'ProcurementTasks']);
    template.resourcePropertiesCountIs('AWS::Lambda::Function', { Runtime: 'nodejs24.x' }, 2);
  });

  it('deploys the match case state machine, invoking ProcurementTasks', () => {
    expect(ProcurementWorkflowNames).toEqual(['match-case']);
    template.resourceCountIs('AWS::StepFunctions::StateMachine', 1);
    template.hasResourceProperties('AWS::StepFunctions::StateMachine', {
      StateMachineName: `${TestNamePrefix}match-case`,
      DefinitionSubstitutions: { ProcurementTasksFunctionArn: { 'Fn::GetAtt': [ref(procurement.functions.get('ProcurementTasks')!), 'Arn'] } },
    });
  });

  it('integrates exactly the routes whose function is one of its own', () => {
    const own = Routes.filter((r) => r.function === 'ProcurementApi');
    expect(procurement.routes.map(routeKeyOf)).toEqual(own.map(routeKeyOf));
    expect(
      routesOf(template)
        .map((r) => r.RouteKey)
        .sort(),
    ).toEqual(own.map(routeKeyOf).sort());
  });

  it('lets Scheduler start match case follow-ups', () => {
    expect(ProcurementScheduledWorkflows).toEqual(['match-case']);
    const starts = statementsOfRole(template, events.schedulerRole).filter((s) => s.Action === 'states:StartExecution');
    expect(JSON.stringify(starts.map((s) => s.Resource))).toContain(`stateMachine:${TestNamePrefix}match-case`);
  });

  it('routes NoticeChanged and ProfileChanged events on the bus to ProcurementTasks, with the DLQ', () => {
    template.resourceCountIs('AWS::Events::Rule', 2); // this one and the daily closing below
    template.hasResourceProperties('AWS::Events::Rule', {
      EventBusName: { Ref: ref(events.eventBus) },
      EventPattern: { 'detail-type': [...MatchIndexingDetailTypes] },
      Targets: [
        Match.objectLike({
          Arn: { 'Fn::GetAtt': [ref(procurement.functions.get('ProcurementTasks')!), 'Arn'] },
          DeadLetterConfig: { Arn: { 'Fn::GetAtt': [ref(monitoring.deadLetterQueue), 'Arn'] } },
          RetryPolicy: { MaximumRetryAttempts: 4 },
        }),
      ],
    });
  });

  it('closes the notices past their deadline once a day, with the DLQ', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: `cron(5 ${ClosePastDeadline.hourUtc} * * ? *)`,
      Targets: [
        Match.objectLike({
          Arn: { 'Fn::GetAtt': [ref(procurement.functions.get('ProcurementTasks')!), 'Arn'] },
          Input: JSON.stringify(ClosePastDeadline.event),
          DeadLetterConfig: { Arn: { 'Fn::GetAtt': [ref(monitoring.deadLetterQueue), 'Arn'] } },
        }),
      ],
    });
  });
});
