import type { Template } from 'aws-cdk-lib/assertions';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { logicalIdOf } from './logical-id.js';

type Statement = { Action: string | string[]; Resource: unknown };
type PolicyResource = { Properties: { PolicyDocument: { Statement: Statement[] }; Roles: Array<{ Ref: string }> } };

/** Route keys and authorization types of every route in the template. */
export function routesOf(template: Template): Array<{ RouteKey: string; AuthorizationType?: string }> {
  return Object.values(template.findResources('AWS::ApiGatewayV2::Route')).map(
    (r) => (r as { Properties: { RouteKey: string; AuthorizationType?: string } }).Properties,
  );
}

/** Every statement granted to the role of a function (or of any construct with a role). */
export function statementsOfRole(template: Template, role: IFunction['role']): Statement[] {
  const roleId = logicalIdOf(role!);
  return Object.values(template.findResources('AWS::IAM::Policy'))
    .map((p) => p as PolicyResource)
    .filter((p) => p.Properties.Roles.some((r) => r.Ref === roleId))
    .flatMap((p) => p.Properties.PolicyDocument.Statement);
}
