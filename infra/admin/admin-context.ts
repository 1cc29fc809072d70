import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IUserPool } from 'aws-cdk-lib/aws-cognito';
import type { Function as LambdaFunction, IFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { EnvNames } from '../../shared/platform/env-names.js';
import type { FunctionId } from '../../shared/platform/function-catalog.js';
import type { RouteSpec } from '../../shared/platform/http/routes.js';
import type { Api } from '../platform/api.js';
import { catalogFunctions, type FunctionPlatform } from '../platform/catalog-function.js';

/** The registry and administration context's function: the registry, admin and way-in routes. */
export const AdminFunctionIds = ['AdminApi'] as const satisfies readonly FunctionId[];

/** What an administrator does to the user pool: invite, disable and enable, change the role, list, sign out a disabled user. */
export const UserPoolAdminActions = [
  'cognito-idp:AdminCreateUser',
  'cognito-idp:AdminDisableUser',
  'cognito-idp:AdminEnableUser',
  'cognito-idp:AdminUpdateUserAttributes',
  'cognito-idp:AdminUserGlobalSignOut',
  'cognito-idp:ListUsers',
] as const;

export interface AdminContextProps extends FunctionPlatform {
  readonly api: Api;
  /** The pool administrators invite people into (the platform's Auth). */
  readonly userPool: IUserPool;
}

/**
 * The organisation registry and its administration: its function with the
 * table (registry, audit log, intresseanmälningar) and exactly the user pool
 * actions administration needs, on that pool only; its routes of the shared list.
 */
export class AdminContext extends Construct {
  readonly functions: ReadonlyMap<FunctionId, IFunction>;
  readonly routes: readonly RouteSpec[];

  constructor(scope: Construct, id: string, props: AdminContextProps) {
    super(scope, id);
    this.functions = catalogFunctions(this, AdminFunctionIds, props);
    const fn = this.functions.get('AdminApi')!;
    (fn as LambdaFunction).addEnvironment(EnvNames.userPoolId, props.userPool.userPoolId);
    fn.addToRolePolicy(new PolicyStatement({ actions: [...UserPoolAdminActions], resources: [props.userPool.userPoolArn] }));
    this.routes = props.api.addRoutesFor(this.functions);
  }
}
