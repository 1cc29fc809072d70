import { spawnDynamoDbLocal } from '../../local/engines/dynamodb/local-dynamodb.js';

/**
 * One in-memory DynamoDB Local for the whole run (Java takes seconds to start, too
 * slow for once per file); test files and runtimes each make their own table in it.
 * Its URL reaches the workers as LOCAL_DYNAMODB_ENDPOINT: forked workers inherit
 * this process's environment, set here before any of them starts. An endpoint
 * that is already set is used as it is (an engine you run yourself).
 */
export default async function setup(): Promise<(() => Promise<void>) | undefined> {
  if (process.env.LOCAL_DYNAMODB_ENDPOINT) return undefined;
  const engine = await spawnDynamoDbLocal();
  process.env.LOCAL_DYNAMODB_ENDPOINT = engine.url;
  return async () => {
    delete process.env.LOCAL_DYNAMODB_ENDPOINT;
    await engine.stop();
  };
}
