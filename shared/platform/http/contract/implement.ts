import type { RouteAnswer, RouteArgs, RouteDefinition } from '../http-types.js';
import { type BodyOf, type Contract, type QueryOf, routeKeyOf, type ViewOf } from './operation.js';

/** The handler of one operation: its args are typed by the request schemas, its answer by the view. */
export type OperationHandler<O> = (args: RouteArgs<BodyOf<O>, QueryOf<O>>) => Promise<RouteAnswer<ViewOf<O>>>;

export type ContractHandlers<C extends Contract> = { readonly [Name in keyof C]: OperationHandler<C[Name]> };

/**
 * Binds a contract to its handlers, one per operation (the compiler insists on
 * every one), as the route table the HTTP chain dispatches on by route key.
 */
export function implement<C extends Contract>(contract: C, handlers: ContractHandlers<C>): Record<string, RouteDefinition> {
  const table: Record<string, RouteDefinition> = {};
  for (const [name, op] of Object.entries(contract)) {
    table[routeKeyOf(op)] = {
      auth: op.auth,
      roles: op.roles,
      body: op.body,
      query: op.query,
      idempotent: op.idempotent,
      handler: handlers[name as keyof C] as RouteDefinition['handler'],
    };
  }
  return table;
}
