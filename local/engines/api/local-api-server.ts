import { createServer, type IncomingMessage, type ServerResponse, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { JWTPayload } from 'jose';
import { NotFoundError } from '../../../shared/platform/errors/domain-errors.js';
import { HttpError, PayloadTooLargeError, UnauthorizedError } from '../../../shared/platform/http/http-errors.js';
import { problemOf, problemResult } from '../../../shared/platform/http/problem-document.js';
import type { HttpResult } from '../../../shared/platform/http/http-types.js';
import { createLogger } from '../../../shared/platform/logger.js';
import type { LocalTokenAuthority } from '../auth/local-token-authority.js';
import { createRouteMatcher } from './route-matcher.js';
import { toHttpApiEvent } from './http-api-event.js';
import type { FunctionId } from '../../../shared/platform/function-catalog.js';

/** API Gateway's own payload limit; larger bodies never reach a function. */
const MAX_REQUEST_BYTES = 10 * 1024 * 1024;
/** Addresses that mean "every interface": not a name a request is addressed to. */
const WILDCARD_HOSTS = ['0.0.0.0', '::'];

/** A request addressed to a name that is not this server's, as a DNS-rebinding page's requests are. */
class MisdirectedRequestError extends HttpError {
  readonly status = 421;
  readonly title = 'Misdirected request';
}

/**
 * The Host values this server answers: its loopback names and the host it was
 * given, each with its port (and without it on port 80, as browsers send it).
 */
export function ownHosts(port: number, configuredHost?: string): ReadonlySet<string> {
  const names = ['localhost', '127.0.0.1', '[::1]'];
  if (configuredHost && !WILDCARD_HOSTS.includes(configuredHost)) names.push(configuredHost.includes(':') ? `[${configuredHost}]` : configuredHost);
  const hosts = new Set(names.map((name) => `${name.toLowerCase()}:${port}`));
  if (port === 80) for (const name of names) hosts.add(name.toLowerCase());
  return hosts;
}

export interface LocalRequest {
  readonly method: string;
  readonly url: URL;
  readonly body: string;
  readonly headers: IncomingMessage['headers'];
}

export interface LocalApiOptions {
  readonly port: number;
  /** The address to listen on (default 127.0.0.1); unless a wildcard, also a Host the server answers. */
  readonly host?: string;
  readonly tokens: LocalTokenAuthority;
  /** Runs a Lambda handler of the catalog with an event, as Lambda would. */
  readonly invoke: (functionId: FunctionId, event: unknown) => Promise<unknown>;
  /** Local-only routes (/dev/*); returns undefined when the path is not one of them. */
  readonly devRoutes?: (request: LocalRequest) => Promise<HttpResult | undefined>;
  /** Static files (the web app); returns undefined when it has no such file. */
  readonly staticFiles?: (request: LocalRequest) => Promise<HttpResult | undefined>;
}

export interface LocalApi {
  readonly url: string;
  readonly server: Server;
  close(): Promise<void>;
}

/**
 * The local stand-in for API Gateway: refuses requests addressed to a foreign
 * Host (421), matches the route, verifies the bearer token like the JWT
 * authorizer (401 before any function runs), builds the v2 event and calls the
 * same middy handler Lambda runs.
 */
export async function startLocalApi(options: LocalApiOptions): Promise<LocalApi> {
  const match = createRouteMatcher();
  const logger = createLogger({ component: 'local-api' });
  // Filled in once the port is known; until then every request is refused.
  let hosts: ReadonlySet<string> = new Set();

  async function handle(req: IncomingMessage): Promise<HttpResult> {
    // First, before the body is read: a page on another site that rebinds its name
    // to 127.0.0.1 reaches this server with its own name as Host, so it gets nothing.
    const host = req.headers.host?.toLowerCase();
    if (!host || !hosts.has(host)) throw new MisdirectedRequestError(`This server answers only requests addressed to ${[...hosts].join(', ')}.`);
    const url = new URL(req.url ?? '/', `http://${host}`);
    const body = await readBody(req);
    const request: LocalRequest = { method: req.method ?? 'GET', url, body, headers: req.headers };

    if (url.pathname.startsWith('/dev/') && options.devRoutes) {
      const answer = await options.devRoutes(request);
      if (answer) return answer;
    }
    const found = match(request.method, url.pathname);
    if (!found) {
      if (request.method === 'GET' && options.staticFiles) {
        const file = await options.staticFiles(request);
        if (file) return file;
      }
      throw new NotFoundError(`No route matches ${request.method} ${url.pathname}.`);
    }
    let claims: JWTPayload | undefined;
    if (found.route.auth === 'jwt') claims = await authorise(req.headers.authorization);
    const event = toHttpApiEvent(req, url, body, found, claims);
    const result = (await options.invoke(found.route.function, event)) as HttpResult;
    return result;
  }

  async function authorise(header: string | undefined): Promise<JWTPayload> {
    const token = /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1];
    if (!token) throw new UnauthorizedError('Sign in: send Authorization: Bearer <token> (locally from POST /dev/token).');
    // On the wall clock (see wallClockSeconds): tokens outlive POST /dev/clock jumps.
    return options.tokens.verify(token);
  }

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const started = performance.now();
    handle(req)
      .catch((error: unknown) => {
        if (!problemOf(error)) logger.error('local api fault', { error });
        return problemResult(error, req.url ?? '', 'local');
      })
      .then((result) => {
        const headers = { ...(result.headers ?? {}) };
        const payload = result.body === undefined ? '' : result.isBase64Encoded ? Buffer.from(result.body, 'base64') : result.body;
        res.writeHead(result.statusCode ?? 200, headers);
        res.end(payload);
        logger.debug('request', { method: req.method, url: req.url, status: result.statusCode, ms: Math.round(performance.now() - started) });
      })
      .catch((error: unknown) => {
        logger.error('could not answer', { error });
        res.destroy();
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  hosts = ownHosts(port, options.host);
  return {
    // Loopback and all-interfaces are printed as localhost, the name a browser is given.
    url: `http://${[undefined, '127.0.0.1', '0.0.0.0'].includes(options.host) ? 'localhost' : options.host}:${port}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_REQUEST_BYTES) throw new PayloadTooLargeError('The request is larger than the API accepts.');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
