import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import type { FunctionId } from '../../shared/platform/function-catalog.js';
import type { Api } from './api.js';
import { catalogFunctions, type FunctionPlatform } from './catalog-function.js';

export interface SystemApiProps extends FunctionPlatform {
  readonly api: Api;
}

/**
 * The API's own public routes, which belong to no context: liveness
 * (GET /health) and the description of every context's routes
 * (GET /openapi.json), served by the SystemApi function.
 */
export class SystemApi extends Construct {
  readonly functions: ReadonlyMap<FunctionId, IFunction>;

  constructor(scope: Construct, id: string, props: SystemApiProps) {
    super(scope, id);
    this.functions = catalogFunctions(this, ['SystemApi'], props);
    props.api.addRoutesFor(this.functions);
  }
}
