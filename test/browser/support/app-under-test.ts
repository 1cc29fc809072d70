import type { Actor } from '../../../shared/platform/auth/actor.js';
import { startLocalRuntime, type LocalRuntime } from '../../../local/runtime/local-runtime.js';
import { fileDynamoDbEndpoint } from '../../support/file-dynamodb.js';

/**
 * The whole product in-process on a fresh in-memory store, serving the built
 * web app at / — what `npm start` runs, minus the disk, with the same demo
 * seed (procurement notices and bidder profiles). IOP journeys make their own
 * cases through the API, so their assertions do not hang on the seed.
 */
export interface AppUnderTest {
  readonly url: string;
  /** Calls the API as a person, as the web app would; throws on a non-2xx answer. */
  call<T>(actor: Actor, method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown): Promise<T>;
  stop(): Promise<void>;
}

export async function startAppUnderTest(): Promise<AppUnderTest> {
  process.env.LOG_LEVEL ??= 'warn';
  const runtime: LocalRuntime = await startLocalRuntime({ port: 0, dataPath: undefined, dynamoEndpoint: await fileDynamoDbEndpoint() });
  return {
    url: runtime.url,
    async call<T>(actor: Actor, method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown): Promise<T> {
      const token = await runtime.token(actor);
      const response = await fetch(`${runtime.url}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
      return JSON.parse(text) as T;
    },
    stop: () => runtime.stop(),
  };
}
