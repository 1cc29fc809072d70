import { Template } from 'aws-cdk-lib/assertions';
import { UserPool } from 'aws-cdk-lib/aws-cognito';
import { describe, expect, it } from 'vitest';
import { AdminContext, AdminFunctionIds, UserPoolAdminActions } from '../../../infra/admin/admin-context.js';
import { EnvNames } from '../../../shared/platform/env-names.js';
import { Routes, routeKeyOf } from '../../../shared/platform/http/routes.js';
import { routesOf, statementsOfRole } from '../support/context-template.js';
import { logicalIdOf } from '../support/logical-id.js';
import { buildTestPlatform } from '../support/test-platform.js';

describe('AdminContext, on the platform it receives by props', () => {
  const { stack, contextProps } = buildTestPlatform('AdminContextTest');
  const userPool = new UserPool(stack, 'Pool');
  const admin = new AdminContext(stack, 'Admin', { ...contextProps, userPool });
  const template = Template.fromStack(stack);
  const fn = admin.functions.get('AdminApi')!;

  it('deploys one function, AdminApi, that knows the user pool', () => {
    expect([...admin.functions.keys()]).toEqual([...AdminFunctionIds]);
    const created = template.findResources('AWS::Lambda::Function', { Properties: { Runtime: 'nodejs24.x' } });
    expect(Object.keys(created)).toEqual([logicalIdOf(fn)]);
    const env = (Object.values(created)[0] as { Properties: { Environment: { Variables: Record<string, unknown> } } }).Properties.Environment.Variables;
    expect(env[EnvNames.userPoolId]).toEqual({ Ref: logicalIdOf(userPool) });
  });

  it('integrates exactly the routes of its function: the registry, administration and the way in', () => {
    const own = Routes.filter((r) => r.function === 'AdminApi');
    expect(own.map(routeKeyOf)).toEqual(expect.arrayContaining(['GET /organisations', 'GET /organisations/{id}', 'POST /admin/users', 'GET /admin/audit']));
    expect(admin.routes.map(routeKeyOf)).toEqual(own.map(routeKeyOf));
    const created = routesOf(template);
    for (const route of own) {
      const found = created.find((r) => r.RouteKey === routeKeyOf(route));
      expect(found?.AuthorizationType ?? 'NONE', routeKeyOf(route)).toBe(route.auth === 'jwt' ? 'JWT' : 'NONE');
    }
  });

  it('may do to the user pool exactly what administration needs, and only to that pool', () => {
    const statements = statementsOfRole(template, fn.role).filter((s) => JSON.stringify(s.Action).includes('cognito-idp'));
    expect(statements).toHaveLength(1);
    expect([...(statements[0]!.Action as string[])].sort()).toEqual([...UserPoolAdminActions].sort());
    expect(statements[0]!.Resource).toEqual({ 'Fn::GetAtt': [logicalIdOf(userPool), 'Arn'] });
    const all = statementsOfRole(template, fn.role).flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action]));
    expect(all).not.toContain('cognito-idp:AdminDeleteUser');
    expect(all).toEqual(expect.arrayContaining(['dynamodb:PutItem', 'dynamodb:Query']));
    expect(all.some((a) => a.startsWith('states:') || a.startsWith('scheduler:'))).toBe(false);
  });
});
