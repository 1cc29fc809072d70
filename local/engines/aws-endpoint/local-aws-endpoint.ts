import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LocalEventBridge } from '../eventbridge/local-event-bridge.js';
import type { LocalScheduler } from '../scheduler/local-scheduler.js';
import type { LocalStepFunctions } from '../stepfunctions/local-step-functions.js';
import type { LocalSes } from '../ses/local-ses.js';
import { handleSesRequest, isSesPath } from '../ses/ses-routes.js';
import { AwsServiceError, isAwsServiceError } from './aws-service-error.js';
import { handleSchedulerRequest, isSchedulerPath } from './scheduler-routes.js';
import { StepFunctionsOperations } from './step-functions-operations.js';
import { parseBody, toWire } from './wire-json.js';

/**
 * One small HTTP server that speaks the wire protocols of Step Functions
 * (AWS JSON 1.0), EventBridge (AWS JSON 1.1), EventBridge Scheduler and
 * SES v2 (REST-JSON), so the real SDK clients work against the local engines
 * through AWS_ENDPOINT_URL_SFN / _EVENTBRIDGE / _SCHEDULER / _SESV2. Requests
 * are not signed-checked.
 */
export interface LocalAwsEndpointOptions {
  readonly stepFunctions?: LocalStepFunctions;
  readonly scheduler?: LocalScheduler;
  readonly eventBridge?: LocalEventBridge;
  readonly ses?: LocalSes;
  readonly host?: string;
  /** 0 (the default) picks a free port. */
  readonly port?: number;
}

export interface LocalAwsEndpoint {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

const SFN_PREFIX = 'AWSStepFunctions.';
const EVENTS_PREFIX = 'AWSEvents.';

interface Reply {
  readonly status: number;
  readonly body: unknown;
  readonly contentType: string;
  readonly errorType?: string;
}

export async function startLocalAwsEndpoint(options: LocalAwsEndpointOptions): Promise<LocalAwsEndpoint> {
  const host = options.host ?? '127.0.0.1';
  const server = createServer((req, res) => {
    void handle(options, req).then((reply) => send(res, reply));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function readText(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function handle(options: LocalAwsEndpointOptions, req: IncomingMessage): Promise<Reply> {
  const target = String(req.headers['x-amz-target'] ?? '');
  const url = new URL(req.url ?? '/', 'http://local');
  const jsonVersion = target.startsWith(EVENTS_PREFIX) ? '1.1' : '1.0';
  const contentType = target ? `application/x-amz-json-${jsonVersion}` : 'application/json';
  try {
    const body = parseBody(await readText(req));
    if (target.startsWith(SFN_PREFIX)) {
      const engine = required(options.stepFunctions, 'Step Functions');
      const operation = StepFunctionsOperations[target.slice(SFN_PREFIX.length)];
      if (!operation) throw new AwsServiceError('UnknownOperationException', `Unknown operation ${target}`);
      return { status: 200, body: operation(engine, body), contentType };
    }
    if (target.startsWith(EVENTS_PREFIX)) {
      const engine = required(options.eventBridge, 'EventBridge');
      if (target !== `${EVENTS_PREFIX}PutEvents`) {
        throw new AwsServiceError('UnknownOperationException', `Unknown operation ${target}`);
      }
      return { status: 200, body: engine.putEvents({ Entries: (body['Entries'] ?? []) as never }), contentType };
    }
    if (isSesPath(url)) {
      const engine = required(options.ses, 'SES');
      return { status: 200, body: handleSesRequest(engine, { method: req.method ?? 'GET', url, body }), contentType };
    }
    if (isSchedulerPath(url)) {
      const engine = required(options.scheduler, 'Scheduler');
      return { status: 200, body: handleSchedulerRequest(engine, { method: req.method ?? 'GET', url, body }), contentType };
    }
    throw new AwsServiceError('UnknownOperationException', `Nothing local answers ${req.method} ${url.pathname}`, 404);
  } catch (error) {
    if (isAwsServiceError(error)) {
      return {
        status: error.httpStatus,
        body: { __type: error.errorType, message: error.message, Message: error.message },
        contentType,
        errorType: error.errorType,
      };
    }
    const message = error instanceof Error ? error.message : String(error);
    const invalidJson = error instanceof SyntaxError;
    if (!invalidJson) console.error('[local-aws-endpoint] request failed', error);
    const errorType = invalidJson ? 'SerializationException' : 'InternalServerException';
    return { status: invalidJson ? 400 : 500, body: { __type: errorType, message }, contentType, errorType };
  }
}

function required<T>(engine: T | undefined, name: string): T {
  if (!engine) throw new AwsServiceError('UnknownOperationException', `${name} is not running locally`, 404);
  return engine;
}

function send(res: ServerResponse, reply: Reply): void {
  const text = JSON.stringify(toWire(reply.body) ?? {});
  res.writeHead(reply.status, {
    'content-type': reply.contentType,
    'content-length': Buffer.byteLength(text),
    'x-amzn-requestid': crypto.randomUUID(),
    ...(reply.errorType ? { 'x-amzn-errortype': reply.errorType } : {}),
  });
  res.end(text);
}
