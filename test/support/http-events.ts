import type { HttpEvent } from '../../shared/platform/http/http-types.js';
import type { Actor } from '../../shared/platform/auth/actor.js';

/** A minimal API Gateway HTTP API v2 event, as the authorizer leaves it. */
export function httpEvent(options: {
  routeKey: string;
  path?: string;
  body?: string;
  headers?: Record<string, string>;
  actor?: Actor;
  pathParameters?: Record<string, string>;
  query?: Record<string, string>;
}): HttpEvent {
  const [method, template] = options.routeKey.split(' ') as [string, string];
  return {
    version: '2.0',
    routeKey: options.routeKey,
    rawPath: options.path ?? template,
    rawQueryString: '',
    headers: { 'content-type': 'application/json', ...options.headers },
    body: options.body,
    isBase64Encoded: false,
    pathParameters: options.pathParameters,
    queryStringParameters: options.query,
    requestContext: {
      requestId: `req-${Math.random().toString(36).slice(2)}`,
      routeKey: options.routeKey,
      http: { method, path: options.path ?? template, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'test' },
      authorizer: {
        jwt: {
          claims: options.actor ? { sub: options.actor.sub, name: options.actor.name, 'custom:role': options.actor.role, 'custom:org': options.actor.org } : {},
          scopes: [],
        },
      },
    },
  } as unknown as HttpEvent;
}
