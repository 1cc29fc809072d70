import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import type { FunctionId } from '../../shared/platform/function-catalog.js';
import type { RouteSpec } from '../../shared/platform/http/routes.js';
import type { Api } from '../platform/api.js';
import { catalogFunctions, type FunctionPlatform } from '../platform/catalog-function.js';

/** The reporting context's function: the yearly follow-up and the public register's search, CSV and JSON. */
export const ReportingFunctionIds = ['ReportingApi'] as const satisfies readonly FunctionId[];

export interface ReportingContextProps extends FunctionPlatform {
  readonly api: Api;
}

/**
 * The yearly follow-up and the public register: one read-only function over
 * the table (IOP cases, a body's notices, their matches and tender schools),
 * its own so neither context's API carries the other's figures.
 */
export class ReportingContext extends Construct {
  readonly functions: ReadonlyMap<FunctionId, IFunction>;
  readonly routes: readonly RouteSpec[];

  constructor(scope: Construct, id: string, props: ReportingContextProps) {
    super(scope, id);
    this.functions = catalogFunctions(this, ReportingFunctionIds, props);
    this.routes = props.api.addRoutesFor(this.functions);
  }
}
