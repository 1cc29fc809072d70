import type { FunctionId } from '../function-catalog.js';

/**
 * The HTTP API's routes: one list for API Gateway (CDK) and the local API server.
 * `auth: 'jwt'` routes sit behind the JWT authorizer; `none` routes are public.
 * Route keys use API Gateway's syntax ("GET /iop/cases/{id}") and reach the
 * handler as event.routeKey, which each Lambda's router dispatches on.
 */
export interface RouteSpec {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly path: string;
  readonly function: FunctionId;
  readonly auth: 'jwt' | 'none';
}

export const Routes = [
  { method: 'GET', path: '/health', function: 'SystemApi', auth: 'none' },
  { method: 'GET', path: '/openapi.json', function: 'SystemApi', auth: 'none' },

  { method: 'POST', path: '/iop/cases', function: 'IopApi', auth: 'jwt' },
  { method: 'GET', path: '/iop/cases', function: 'IopApi', auth: 'jwt' },
  { method: 'GET', path: '/iop/cases/{id}', function: 'IopApi', auth: 'jwt' },
  { method: 'GET', path: '/iop/cases/{id}/timeline', function: 'IopApi', auth: 'jwt' },
  { method: 'GET', path: '/iop/cases/{id}/meetings', function: 'IopApi', auth: 'jwt' },
  { method: 'GET', path: '/iop/cases/{id}/drafts', function: 'IopApi', auth: 'jwt' },
  { method: 'POST', path: '/iop/cases/{id}/actions', function: 'IopApi', auth: 'jwt' },
  { method: 'GET', path: '/public/iop', function: 'IopApi', auth: 'none' },

  { method: 'POST', path: '/procurement/notices', function: 'ProcurementApi', auth: 'jwt' },
  { method: 'GET', path: '/procurement/notices', function: 'ProcurementApi', auth: 'jwt' },
  { method: 'GET', path: '/procurement/notices/{id}', function: 'ProcurementApi', auth: 'jwt' },
  { method: 'GET', path: '/procurement/notices/{id}/matches', function: 'ProcurementApi', auth: 'jwt' },
  { method: 'POST', path: '/procurement/notices/{id}/what-if', function: 'ProcurementApi', auth: 'jwt' },
  { method: 'PUT', path: '/bidders/{orgId}', function: 'ProcurementApi', auth: 'jwt' },
  { method: 'GET', path: '/bidders/{orgId}', function: 'ProcurementApi', auth: 'jwt' },
  { method: 'GET', path: '/bidders/{orgId}/matches', function: 'ProcurementApi', auth: 'jwt' },
  { method: 'POST', path: '/procurement/matches', function: 'ProcurementApi', auth: 'jwt' },
  { method: 'GET', path: '/procurement/matches', function: 'ProcurementApi', auth: 'jwt' },
  { method: 'GET', path: '/procurement/matches/{id}', function: 'ProcurementApi', auth: 'jwt' },
  { method: 'GET', path: '/procurement/matches/{id}/timeline', function: 'ProcurementApi', auth: 'jwt' },
  { method: 'POST', path: '/procurement/matches/{id}/actions', function: 'ProcurementApi', auth: 'jwt' },
  { method: 'GET', path: '/procurement/ocds/{noticeId}', function: 'ProcurementApi', auth: 'none' },
] as const satisfies readonly RouteSpec[];

export type RouteKey = `${(typeof Routes)[number]['method']} ${(typeof Routes)[number]['path']}`;

export function routeKeyOf(route: RouteSpec): string {
  return `${route.method} ${route.path}`;
}
