import { AdminContract } from '../../admin/contract/operations.js';
import { IopContract } from '../../iop/contract/operations.js';
import { IopDocumentsContract } from '../../iop/contract/document-operations.js';
import { ProcurementContract } from '../../procurement/contract/operations.js';
import type { FunctionId } from '../function-catalog.js';
import { SystemContract } from '../system/contract.js';
import { NotificationsContract } from '../../notifications/contract/operations.js';
import { ReportingContract } from '../../reporting/contract/operations.js';
import { type AnyOperation, routeKeyOf } from './contract/operation.js';

/**
 * Every context's operations, for what serves the whole API: CDK's routes and
 * the local API server. The OpenAPI document reads them joined with their docs
 * (openapi/documented-routes.ts). A Lambda imports only its own contract.
 */
export const AllOperations: readonly AnyOperation[] = [
  ...Object.values(SystemContract),
  ...Object.values(IopContract),
  ...Object.values(IopDocumentsContract),
  ...Object.values(ProcurementContract),
  ...Object.values(NotificationsContract),
  ...Object.values(AdminContract),
  ...Object.values(ReportingContract),
];

/** Where a route lives and whether it sits behind the JWT authorizer. */
export interface RouteSpec {
  readonly method: AnyOperation['method'];
  readonly path: string;
  readonly function: FunctionId;
  readonly auth: 'jwt' | 'none';
}

export const Routes: readonly RouteSpec[] = AllOperations.map((op) => ({ method: op.method, path: op.path, function: op.function, auth: op.auth }));

export { routeKeyOf };
