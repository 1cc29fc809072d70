import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { IopContext, IopFunctionIds, IopScheduledWorkflows, IopWorkflowNames } from '../../../infra/iop/iop-context.js';
import { Routes, routeKeyOf } from '../../../shared/platform/http/routes.js';
import { WorkflowCatalog } from '../../../shared/platform/workflows/catalog.js';
import { routesOf, statementsOfRole } from '../support/context-template.js';
import { buildTestPlatform, TestNamePrefix } from '../support/test-platform.js';
import { logicalIdOf } from '../support/logical-id.js';

describe('IopContext, on the platform it receives by props', () => {
  const { stack, contextProps, events } = buildTestPlatform('IopContextTest');
  const iop = new IopContext(stack, 'Iop', contextProps);
  const template = Template.fromStack(stack);

  it('deploys the IOP functions: its API, its documents and the steps of its state machines', () => {
    expect([...iop.functions.keys()]).toEqual(['IopApi', 'IopDocuments', 'IopTasks']);
    expect(IopFunctionIds).toEqual(['IopApi', 'IopDocuments', 'IopTasks']);
    template.resourcePropertiesCountIs('AWS::Lambda::Function', { Runtime: 'nodejs24.x' }, 3);
  });

  it('deploys every iop-* workflow of the catalog, each invoking IopTasks', () => {
    const iopWorkflows = WorkflowCatalog.filter((w) => w.name.startsWith('iop-'));
    expect([...IopWorkflowNames].sort()).toEqual(iopWorkflows.map((w) => w.name).sort());
    expect([...iop.workflows.stateMachines.keys()]).toEqual([...IopWorkflowNames]);
    expect(iop.workflows.skipped).toEqual([]);
    for (const name of IopWorkflowNames) {
      template.hasResourceProperties('AWS::StepFunctions::StateMachine', { StateMachineName: `${TestNamePrefix}${name}` });
    }
    template.resourceCountIs('AWS::StepFunctions::StateMachine', IopWorkflowNames.length);
  });

  it('integrates exactly the routes whose function is one of its own', () => {
    const own = Routes.filter((r) => (IopFunctionIds as readonly string[]).includes(r.function));
    expect(iop.routes.map(routeKeyOf)).toEqual(own.map(routeKeyOf));
    expect(
      routesOf(template)
        .map((r) => r.RouteKey)
        .sort(),
    ).toEqual(own.map(routeKeyOf).sort());
    for (const route of own) {
      const created = routesOf(template).find((r) => r.RouteKey === routeKeyOf(route));
      expect(created?.AuthorizationType ?? 'NONE', routeKeyOf(route)).toBe(route.auth === 'jwt' ? 'JWT' : 'NONE');
    }
  });

  it('lets Scheduler start its reviews, and nothing else of its own', () => {
    expect(IopScheduledWorkflows).toEqual(['iop-review']);
    const starts = statementsOfRole(template, events.schedulerRole).filter((s) => s.Action === 'states:StartExecution');
    const resources = JSON.stringify(starts.map((s) => s.Resource));
    expect(resources).toContain(`stateMachine:${TestNamePrefix}iop-review`);
    expect(resources).not.toContain(`${TestNamePrefix}iop-approval`);
  });

  const actionsOf = (fid: 'IopApi' | 'IopTasks') =>
    statementsOfRole(template, iop.functions.get(fid)!.role).flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action]));

  it('grants its workflow tasks the table, the bus, its executions and schedules', () => {
    expect(actionsOf('IopTasks')).toEqual(
      expect.arrayContaining(['dynamodb:PutItem', 'events:PutEvents', 'states:StartExecution', 'scheduler:CreateSchedule', 'iam:PassRole']),
    );
  });

  it('grants its API the table only: the effects of its changes run from the stream', () => {
    const actions = actionsOf('IopApi');
    expect(actions).toContain('dynamodb:PutItem');
    expect(actions.filter((a) => /^(events|states|scheduler|iam):/.test(a))).toEqual([]);
  });

  it('alarms on errors of its functions and failed or timed-out executions of its state machines', () => {
    for (const fid of IopFunctionIds) {
      template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        MetricName: 'Errors',
        Dimensions: [{ Name: 'FunctionName', Value: { Ref: logicalIdOf(iop.functions.get(fid)!) } }],
      });
    }
    const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm', { Properties: { MetricName: Match.stringLikeRegexp('^Executions') } }));
    expect(alarms).toHaveLength(IopWorkflowNames.length * 2);
  });
});
