import { afterAll } from 'vitest';
import { spawnDynamoDbLocal, type SpawnedDynamoDbLocal } from '../../local/engines/dynamodb/local-dynamodb.js';

/**
 * One in-memory DynamoDB Local per test file, started when the file first
 * needs one (a file of pure rules starts none) and stopped after its last test
 * (a setup file, see vitest.config.ts). Each file runs in a process of its own;
 * its runtimes and tables share the engine.
 *
 * Not one engine for the whole run: DynamoDB Local keeps every stream record
 * of every table it has had, and each write looks at them, so after twenty
 * files a write cost its Java process eight times the CPU it did at the start
 * (deleting the tables did not give it back). Five seconds to start Java per
 * file is the cheaper price. LOCAL_DYNAMODB_ENDPOINT names an engine you run
 * yourself, used as it is.
 */
let engine: Promise<SpawnedDynamoDbLocal> | undefined;

export async function fileDynamoDbEndpoint(): Promise<string> {
  const own = process.env.LOCAL_DYNAMODB_ENDPOINT;
  if (own) return own;
  engine ??= spawnDynamoDbLocal();
  return (await engine).url;
}

afterAll(async () => {
  const started = engine;
  engine = undefined;
  if (started) await (await started).stop();
}, 30_000);
