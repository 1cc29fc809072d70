import type { IncomingMessage } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { JWTPayload } from 'jose';
import type { HttpEvent } from '../../../shared/platform/http/http-types.js';
import type { RouteMatch } from './route-matcher.js';

/**
 * Builds the API Gateway HTTP API payload v2 event for a request, with the JWT
 * claims where the authorizer puts them (requestContext.authorizer.jwt.claims).
 */
export function toHttpApiEvent(request: IncomingMessage, url: URL, body: string, match: RouteMatch, claims: JWTPayload | undefined): HttpEvent {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(',') : value;
  }
  const query: Record<string, string> = {};
  for (const [name, value] of url.searchParams) query[name] = name in query ? `${query[name]},${value}` : value;
  const now = Date.now();
  const stringClaims = claims
    ? Object.fromEntries(Object.entries(claims).map(([k, v]) => [k, typeof v === 'string' || typeof v === 'number' ? v : JSON.stringify(v)]))
    : undefined;
  return {
    version: '2.0',
    routeKey: match.routeKey,
    rawPath: url.pathname,
    rawQueryString: url.search.replace(/^\?/, ''),
    headers,
    queryStringParameters: Object.keys(query).length ? query : undefined,
    pathParameters: Object.keys(match.pathParameters).length ? match.pathParameters : undefined,
    body: body === '' ? undefined : body,
    isBase64Encoded: false,
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      domainName: headers.host ?? 'localhost',
      domainPrefix: 'localhost',
      http: {
        method: request.method ?? 'GET',
        path: url.pathname,
        protocol: 'HTTP/1.1',
        sourceIp: request.socket.remoteAddress ?? '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey: match.routeKey,
      stage: '$default',
      time: new Date(now).toUTCString(),
      timeEpoch: now,
      authorizer: { principalId: '', integrationLatency: 0, jwt: { claims: stringClaims ?? {}, scopes: [] } },
    },
  } as unknown as HttpEvent;
}
