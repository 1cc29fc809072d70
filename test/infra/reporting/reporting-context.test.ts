import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { ReportingContext, ReportingFunctionIds } from '../../../infra/reporting/reporting-context.js';
import { Routes, routeKeyOf } from '../../../shared/platform/http/routes.js';
import { statementsOfRole } from '../support/context-template.js';
import { logicalIdOf } from '../support/logical-id.js';
import { buildTestPlatform } from '../support/test-platform.js';

describe('ReportingContext, on the platform it receives by props', () => {
  const { stack, contextProps } = buildTestPlatform('ReportingContextTest');
  const reporting = new ReportingContext(stack, 'Reporting', contextProps);
  const template = Template.fromStack(stack);
  const fn = reporting.functions.get('ReportingApi')!;

  it('deploys one function, ReportingApi', () => {
    expect([...reporting.functions.keys()]).toEqual([...ReportingFunctionIds]);
    const created = template.findResources('AWS::Lambda::Function', { Properties: { Runtime: 'nodejs24.x' } });
    expect(Object.keys(created)).toEqual([logicalIdOf(fn)]);
  });

  it('integrates exactly the routes of its function: the follow-up and the register', () => {
    const own = Routes.filter((r) => r.function === 'ReportingApi');
    expect(own.map(routeKeyOf)).toEqual(expect.arrayContaining(['GET /overview/{publicBody}', 'GET /public/register.json']));
    expect(reporting.routes.map(routeKeyOf)).toEqual(own.map(routeKeyOf));
  });

  it('may only use the table', () => {
    const actions = JSON.stringify(statementsOfRole(template, fn.role));
    expect(actions).toContain('dynamodb:');
    for (const other of ['states:', 'events:', 'scheduler:', 'ses:', 'cognito-idp:']) expect(actions, other).not.toContain(other);
  });
});
